import { migrate } from "drizzle-orm/libsql/migrator";
import { resolve } from "node:path";
import { rebuildSearchIndex } from "@/lib/search/indexer";
import type { Database } from "./index";

export const MIGRATIONS_FOLDER = resolve(process.cwd(), "drizzle");

/**
 * Apply every pending migration in drizzle/ (idempotent).
 *
 * Foreign keys are off while migrating, as SQLite's own procedure for rebuilding a table
 * asks: drizzle-kit rebuilds a table to change a column (copy, drop, rename), and with
 * foreign keys on, dropping the old table would cascade-delete every row that refers to it
 * (a migration runs inside one transaction, where `PRAGMA foreign_keys` in the SQL is
 * ignored). The check afterwards refuses a migration that left a dangling reference.
 * Over HTTP (a libSQL server) each statement is its own stream, so the PRAGMA below changes
 * nothing there: libSQL's client.migrate, which drizzle calls, turns foreign keys off inside
 * the migration's own batch on both kinds of database.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  const client = database.$client;
  // Write-ahead logging: readers (the site, the tests) are never blocked by a writer (an
  // import, a clerk's save). Persistent in the file; a libSQL server (sqld) is already in WAL.
  await client.execute("PRAGMA journal_mode = WAL").catch(() => undefined);
  await client.execute("PRAGMA foreign_keys = OFF");
  const hadSearchIndex = (await client.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'")).rows.length > 0;
  try {
    await migrate(database, { migrationsFolder: MIGRATIONS_FOLDER });
    const dangling = await client.execute("PRAGMA foreign_key_check");
    if (dangling.rows.length > 0) {
      throw new Error(`a migration left ${dangling.rows.length} rows referring to missing rows (first: ${JSON.stringify(dangling.rows[0])})`);
    }
  } finally {
    await client.execute("PRAGMA foreign_keys = ON");
  }
  // Migration 0004 creates the search index empty; the records already stored are indexed by the
  // same code that keeps it in sync afterwards (lib/search/indexer.ts), not by a copy of it in SQL.
  if (!hadSearchIndex) await rebuildSearchIndex(database);
}
