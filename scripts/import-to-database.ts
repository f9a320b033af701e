import { databaseUrl, db } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { importPackFile } from "../lib/mutations/import-files";

/** Import each file in its own transaction; report one line per file. Exit 1 if any failed. */
export async function importPackFiles(files: string[]): Promise<number> {
  await migrateDatabase(db);
  let failed = 0;
  for (const file of files) {
    try {
      const outcome = await importPackFile(db, file, { actor: "cli-import" });
      const issues = outcome.issues.length ? `, ${outcome.issues.length} issue(s) for review` : "";
      const conflicts = outcome.conflicts ? `, ${outcome.conflicts} clerk-edit conflict(s) kept` : "";
      console.log(`${file}: ${outcome.status} (meeting ${outcome.meetingSlug}${issues}${conflicts})`);
    } catch (err) {
      failed++;
      console.error(err instanceof Error ? err.message : String(err));
    }
  }
  if (failed === 0) console.log(`Database: ${databaseUrl()}`);
  return failed ? 1 : 0;
}
