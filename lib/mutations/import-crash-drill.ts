/**
 * For the crash drill only (tests/integration/import-crash.test.ts): with
 * IMPORT_CRASH_DRILL_PAUSE_MS set, an import stops for that long inside its transaction, after
 * writing the meeting's records and before committing, and says so on stderr, so that a test can
 * kill the process at a known point mid-transaction. Unset (always, outside that test), it does nothing.
 */
export async function pauseForCrashDrill(): Promise<void> {
  const ms = Number(process.env.IMPORT_CRASH_DRILL_PAUSE_MS);
  if (!Number.isFinite(ms) || ms <= 0) return;
  process.stderr.write("crash drill: import paused inside its transaction\n");
  await new Promise((resolve) => setTimeout(resolve, ms));
}
