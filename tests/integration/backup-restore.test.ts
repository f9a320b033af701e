/**
 * The backup drill: `npm run db:backup` copies a live database (the site keeps writing during
 * it) and `npm run db:restore` loads the copy into a fresh, empty instance of the same kind
 * (a libSQL file, or a new sqld): same tables, same row counts, same content hashes. The source
 * has an FTS5 index kept by triggers, as search has, to prove those survive too.
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/lib/db";
import { databaseFingerprint } from "@/lib/db/fingerprint";
import { importPackFile } from "@/lib/mutations/import-files";
import { createTempDatabase, testDatabaseKind, type TempDatabase } from "../support/temp-database";

const run = promisify(execFile);
const PACKS = ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"];
/** The table the "site" writes to while the backup runs. */
const LIVE_TABLE = "sign_in_attempts";

function cli(script: string, args: string[], url: string) {
  return run(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, DATABASE_URL: url } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" }),
  );
}

describe(`backup of a live database and restore into a fresh one (${testDatabaseKind()})`, () => {
  let source: TempDatabase;
  let target: TempDatabase;
  beforeAll(async () => {
    source = await createTempDatabase();
    target = await createTempDatabase({ migrate: false });
    for (const file of PACKS) await importPackFile(source.db, file, { actor: "test" });
    // A search index of the kind the site uses: external-content FTS5 kept in step by triggers.
    await source.db.run(sql`CREATE VIRTUAL TABLE reports_check_fts USING fts5(title, content='reports', content_rowid='id')`);
    await source.db.run(sql.raw(`CREATE TRIGGER reports_check_fts_ai AFTER INSERT ON reports BEGIN
  INSERT INTO reports_check_fts (rowid, title) VALUES (new.id, new.title);
END`));
    await source.db.run(sql`INSERT INTO reports_check_fts (reports_check_fts) VALUES ('rebuild')`);
    // More rows than one page of the dump (200), so paging is crossed twice.
    await source.db.$client.batch(Array.from({ length: 450 }, (_, i) => ({ sql: `INSERT INTO ${LIVE_TABLE} (key, succeeded) VALUES (?, 1)`, args: [`email:before${i}@example.org`] })), "write");
  });
  afterAll(() => {
    source?.cleanup();
    target?.cleanup();
  });

  it("backs up while the site writes, and the restored copy has the same records", async () => {
    const out = join(source.dir, "backup.sql");
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await source.db.$client.execute({ sql: `INSERT INTO ${LIVE_TABLE} (key, succeeded) VALUES (?, 0)`, args: [`email:live${written}@example.org`] });
        written++;
        // A macrotask between writes: a file database answers without one, which would starve
        // the event loop (and never see the backup process end).
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const backup = await cli("scripts/db-backup.ts", [out], source.url);
    writing = false;
    await writer;
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(written).toBeGreaterThan(0);

    const restore = await cli("scripts/db-restore.ts", [out], target.url);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);

    const before = await databaseFingerprint(source.db.$client);
    const after = await databaseFingerprint(target.db.$client);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after.meetings.rows).toBeGreaterThanOrEqual(2);
    expect(after.reports.rows).toBeGreaterThan(0);
    for (const table of Object.keys(before).filter((t) => t !== LIVE_TABLE)) {
      expect({ table, ...after[table] }).toEqual({ table, ...before[table] });
    }
    // The live table is copied as it stood at one moment of the writes: a consistent prefix.
    expect(after[LIVE_TABLE].rows).toBeLessThanOrEqual(before[LIVE_TABLE].rows);
    expect(after[LIVE_TABLE].rows).toBeGreaterThan(450);
    const copied = await target.db.$client.execute(`SELECT max(id) AS last, count(*) AS n FROM ${LIVE_TABLE}`);
    expect(Number(copied.rows[0].last ?? 0)).toBe(Number(copied.rows[0].n));

    // Search works on the restored copy, and its trigger still keeps it in step.
    const hits = await target.db.$client.execute("SELECT count(*) AS n FROM reports_check_fts WHERE reports_check_fts MATCH 'committee'");
    const expected = await source.db.$client.execute("SELECT count(*) AS n FROM reports_check_fts WHERE reports_check_fts MATCH 'committee'");
    expect(Number(hits.rows[0].n)).toBe(Number(expected.rows[0].n));
    const triggers = await target.db.$client.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'");
    expect(triggers.rows.map((r) => r.name)).toContain("reports_check_fts_ai");
    expect((await target.db.$client.execute("PRAGMA foreign_key_check")).rows).toEqual([]);
    // The migrations table came along: the restored database counts as migrated.
    expect(readFileSync(out, "utf8")).toContain('INSERT INTO "__drizzle_migrations"');
  });

  it("refuses to restore over a database that has tables, and changes nothing", async () => {
    const out = join(source.dir, "backup.sql");
    const before = await databaseFingerprint(target.db.$client);
    const again = await cli("scripts/db-restore.ts", [out], target.url);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not empty/);
    expect(await databaseFingerprint(target.db.$client)).toEqual(before);
  });

  it("refuses a file that is not a complete backup", async () => {
    const partial = join(source.dir, "cut.sql");
    const text = readFileSync(join(source.dir, "backup.sql"), "utf8");
    writeFileSync(partial, text.slice(0, Math.floor(text.length / 2)));
    const empty = await createTempDatabase({ migrate: false });
    try {
      const res = await cli("scripts/db-restore.ts", [partial], empty.url);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/not a complete backup/);
      const client = createDatabaseClient(empty.url);
      expect((await client.execute("SELECT count(*) AS n FROM sqlite_schema")).rows[0].n).toBe(0);
      client.close();
    } finally {
      empty.cleanup();
    }
  });
});
