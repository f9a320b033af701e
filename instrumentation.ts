/** Runs once when the Next.js server starts (not during `next build`). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseUnsupportedMethods } = await import("./lib/security/unsupported-methods");
  refuseUnsupportedMethods();
  const { syncReplica } = await import("./lib/db");
  await syncReplica();
  // Not while `next build` prerenders (it loads this too, with no server to follow for).
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { startFollowingJournal } = await import("./lib/publishing/follow-journal");
    startFollowingJournal();
  }
}
