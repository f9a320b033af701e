import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { createDatabase, type Database } from "@/lib/db";
import * as schema from "@/lib/db/schema";
import { migrateDatabase } from "@/lib/db/migrate";
import { startSqld, type SqldServer } from "./sqld-server";

export interface TempDatabase {
  db: Database;
  url: string;
  dir: string;
  cleanup: () => void;
}

/** Which kind of database the integration tests run on (the vitest project sets it). */
export function testDatabaseKind(): "file" | "sqld" {
  return process.env.TEST_DATABASE === "sqld" ? "sqld" : "file";
}

/**
 * A migrated, empty database of its own: a libSQL file in a fresh temporary folder, or (with
 * TEST_DATABASE=sqld) a libSQL server of its own, reached over HTTP as a remote site would be.
 * `migrate: false` leaves it without any table (a target for a restore).
 */
export async function createTempDatabase(options: { migrate?: boolean } = {}): Promise<TempDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "open-committee-"));
  let server: SqldServer | undefined;
  let url = `file:${join(dir, "test.db")}`;
  if (testDatabaseKind() === "sqld") {
    server = await startSqld({ dir });
    url = server.url;
  }
  const db = createDatabase(url);
  if (options.migrate !== false) await migrateDatabase(db);
  return {
    db,
    url,
    dir,
    cleanup: () => {
      db.$client.close();
      server?.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
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
