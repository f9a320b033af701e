/**
 * Runs before dev, build and start: apply migrations, and on an empty database import the
 * demo agenda packs in data/packs/ so a fresh checkout shows real meetings; a database with no
 * users gets a demo clerk whose random password is printed once. Also drops the
 * previous build's cached query results, so the pages built next match the database.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { count } from "drizzle-orm";
import { databaseUrl, db } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { meetings } from "../lib/db/schema";
import { sha256Hex } from "../lib/import/parse-pack";
import { readPackFile } from "../lib/import/read-pack-file";
import { importPackFile } from "../lib/mutations/import-files";
import { lastStoringParserVersion, PARSER_VERSION } from "../lib/mutations/import-pack";
import { clearDataCache } from "./clear-data-cache";
import { ensureDemoClerk } from "./demo-clerk";
import { ensureLocalEnv } from "./ensure-env";

const DEMO_PACKS = join(process.cwd(), "data", "packs");

async function main(): Promise<void> {
  ensureLocalEnv();
  clearDataCache();
  await migrateDatabase(db);
  const [{ n }] = await db.select({ n: count() }).from(meetings);
  const files = (await readdir(DEMO_PACKS)).filter((f) => f.endsWith(".txt")).sort();
  if (n > 0 || process.env.SKIP_DEMO_DATA === "1") {
    await refreshStoredDemoPacks(files);
    console.log(`Database ready: ${databaseUrl()} (${n} meetings)`);
    await demoClerk();
    return;
  }
  for (const f of files) {
    const outcome = await importPackFile(db, join(DEMO_PACKS, f), { actor: "demo-seed" });
    console.log(`Demo data: ${f} -> ${outcome.meetingSlug} (${outcome.issues.length} issues for review)`);
  }
  console.log(`Database ready: ${databaseUrl()}`);
  await demoClerk();
}

/** Last, so the one-time password is the last thing printed before the build starts. */
async function demoClerk(): Promise<void> {
  if (process.env.SKIP_DEMO_CLERK === "1") return;
  await ensureDemoClerk(db, process.env.SITE_URL?.replace(/\/$/, "") || "http://localhost:3000");
}

/**
 * Demo packs this database already holds are stored again when the importer has changed since,
 * so an upgraded checkout shows what the current importer reads. Packs stored by the current
 * importer are not even parsed (this runs before every build and dev start), and packs the
 * database does not hold are left out: a council's own database gets no demo data.
 */
async function refreshStoredDemoPacks(files: string[]): Promise<void> {
  for (const f of files) {
    const path = join(DEMO_PACKS, f);
    const version = await lastStoringParserVersion(db, sha256Hex(await readPackFile(path)));
    if (version === null || version === PARSER_VERSION) continue;
    const outcome = await importPackFile(db, path, { actor: "demo-seed" });
    console.log(`Demo data: ${f} stored again by the current importer (${outcome.status})`);
  }
}

main().catch((err: unknown) => {
  console.error(`Database preparation failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
