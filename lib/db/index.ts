/**
 * The one way in to the database. Only this module reads DATABASE_URL / DATABASE_AUTH_TOKEN.
 * Default: an embedded libSQL file at data/council.db (its folder is created if missing);
 * set DATABASE_URL to a libsql://, https:// or http:// URL for a remote libSQL server / Turso.
 */
import { createClient, type Client, type Config } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as schema from "./schema";

export type Database = LibSQLDatabase<typeof schema> & { $client: Client };

export const DEFAULT_DATABASE_URL = "file:data/council.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function databaseAuthToken(): string | undefined {
  return process.env.DATABASE_AUTH_TOKEN?.trim() || undefined;
}

/**
 * The raw libSQL client for `url` (for file URLs the folder is created first; libSQL will not).
 * `intMode: "bigint"` is for tools that must copy every integer exactly (the backup).
 */
export function createDatabaseClient(url: string, authToken?: string, options: Pick<Config, "intMode"> = {}): Client {
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length);
    if (path && path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  const client = createClient({ url, authToken: authToken || undefined, ...options });
  if (url.startsWith("file:")) {
    // Several processes share the file (next start, the import CLI, tests): wait for a writer
    // instead of failing a reader's page with "database is locked".
    void client.execute("PRAGMA busy_timeout = 5000").catch(() => undefined);
  }
  return client;
}

/** Open a database at `url` through Drizzle. */
export function createDatabase(url: string, authToken?: string): Database {
  return drizzle(createDatabaseClient(url, authToken), { schema }) as Database;
}

const globalForDb = globalThis as unknown as { openCommitteeDb?: Database };

/** The application's database, shared across hot reloads in development. */
export const db: Database =
  globalForDb.openCommitteeDb ?? (globalForDb.openCommitteeDb = createDatabase(databaseUrl(), databaseAuthToken()));

export { schema };
