import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { createDatabase, type Database } from "@/lib/db";
import * as schema from "@/lib/db/schema";
import { migrateDatabase } from "@/lib/db/migrate";

export interface TempDatabase {
  db: Database;
  url: string;
  dir: string;
  cleanup: () => void;
}

/** A migrated libSQL file in a fresh temporary folder. */
export async function createTempDatabase(): Promise<TempDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "open-committee-"));
  const url = `file:${join(dir, "test.db")}`;
  const db = createDatabase(url);
  await migrateDatabase(db);
  return { db, url, dir, cleanup: () => { db.$client.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Row count of every table in the schema, by table name. */
export async function countAllRows(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const value of Object.values(schema)) {
    if (!is(value, SQLiteTable)) continue;
    const name = getTableName(value);
    const res = await db.$client.execute(`SELECT count(*) AS n FROM "${name}"`);
    out[name] = Number(res.rows[0].n);
  }
  return out;
}
