/**
 * Runs before dev, build and start: apply migrations, and on an empty database import the
 * demo agenda packs in data/packs/ so a fresh checkout shows real meetings. Also drops the
 * previous build's cached query results, so the pages built next match the database.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { count } from "drizzle-orm";
import { databaseUrl, db } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { meetings } from "../lib/db/schema";
import { importPackFile } from "../lib/mutations/import-files";
import { clearDataCache } from "./clear-data-cache";
import { ensureLocalEnv } from "./ensure-env";

const DEMO_PACKS = join(process.cwd(), "data", "packs");

async function main(): Promise<void> {
  ensureLocalEnv();
  clearDataCache();
  await migrateDatabase(db);
  const [{ n }] = await db.select({ n: count() }).from(meetings);
  if (n > 0 || process.env.SKIP_DEMO_DATA === "1") {
    console.log(`Database ready: ${databaseUrl()} (${n} meetings)`);
    return;
  }
  const files = (await readdir(DEMO_PACKS)).filter((f) => f.endsWith(".txt")).sort();
  for (const f of files) {
    const outcome = await importPackFile(db, join(DEMO_PACKS, f), { actor: "demo-seed" });
    console.log(`Demo data: ${f} -> ${outcome.meetingSlug} (${outcome.issues.length} issues for review)`);
  }
  console.log(`Database ready: ${databaseUrl()}`);
}

main().catch((err: unknown) => {
  console.error(`Database preparation failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
