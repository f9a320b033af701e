import { databaseUrl, db } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { importPackFile } from "../lib/mutations/import-files";
import { recordInJournal } from "../lib/publishing/journal";
import { revalidateRunningSite } from "./revalidate-site";

/**
 * Import each file in its own transaction; report one line per file. Exit 1 if any failed. When
 * something was stored, tell the running site (SITE_URL) to revalidate, unless `revalidate` is false.
 */
export async function importPackFiles(files: string[], { revalidate = true } = {}): Promise<number> {
  await migrateDatabase(db);
  let failed = 0;
  const changed: string[] = [];
  for (const file of files) {
    try {
      const outcome = await importPackFile(db, file, { actor: "cli-import" });
      const issues = outcome.issues.length ? `, ${outcome.issues.length} issue(s) for review` : "";
      const conflicts = outcome.conflicts ? `, ${outcome.conflicts} clerk-edit conflict(s) kept` : "";
      console.log(`${file}: ${outcome.status} (meeting ${outcome.meetingSlug}${issues}${conflicts})`);
      if (outcome.status !== "unchanged") changed.push(outcome.meetingSlug);
    } catch (err) {
      failed++;
      console.error(err instanceof Error ? err.message : String(err));
    }
  }
  if (failed === 0) console.log(`Database: ${databaseUrl()}`);
  if (!revalidate) console.log("Site not revalidated (--no-revalidate).");
  else if (changed.length) {
    const changes = changed.map((meetingSlug) => ({ kind: "import" as const, meetingSlug }));
    const told = await revalidateRunningSite(changes);
    console.log(told.message);
    // No site answered: the journal carries the change to every instance (running or started later).
    if (!told.ok) {
      await recordInJournal(db, changes, "import-cli");
      console.log("Recorded in the revalidation journal instead: running instances expire those pages within a second or two, and an instance started later does so before serving them.");
    }
  }
  return failed ? 1 : 0;
}
