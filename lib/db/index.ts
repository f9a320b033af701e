/**
 * The one way in to the database. Only this module reads DATABASE_URL / DATABASE_AUTH_TOKEN
 * (and, through ./replica, DATABASE_REPLICA_PATH / DATABASE_SYNC_INTERVAL).
 * Default: an embedded libSQL file at data/council.db (its folder is created if missing);
 * set DATABASE_URL to a libsql://, https:// or http:// URL for a remote libSQL server / Turso,
 * and DATABASE_REPLICA_PATH too for an embedded replica of it (see ./replica.ts).
 */
import { createClient, type Client, type Config } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { claimReplicaFile, type ReplicaSettings, replicaSettings } from "./replica";
import * as schema from "./schema";

export type Database = LibSQLDatabase<typeof schema> & { $client: Client };

export const DEFAULT_DATABASE_URL = "file:data/council.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function databaseAuthToken(): string | undefined {
  return process.env.DATABASE_AUTH_TOKEN?.trim() || undefined;
}

export interface ClientOptions extends Pick<Config, "intMode"> {
  /** Serve reads from this local replica of the server at `url` (see ./replica.ts). */
  replica?: ReplicaSettings | null;
}

/**
 * The raw libSQL client for `url` (for file URLs the folder is created first; libSQL will not).
 * `intMode: "bigint"` is for tools that must copy every integer exactly (the backup).
 */
export function createDatabaseClient(url: string, authToken?: string, options: ClientOptions = {}): Client {
  const { replica, ...config } = options;
  if (replica) {
    if (claimReplicaFile(replica.path)) {
      return createClient({
        url: `file:${replica.path}`, syncUrl: url, authToken: authToken || undefined,
        syncInterval: replica.syncIntervalSeconds || undefined, ...config,
      });
    }
    console.warn(`${replica.path} is the replica of another running process: this one reads from ${url} directly`);
  }
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length);
    if (path && path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  const client = createClient({ url, authToken: authToken || undefined, ...config });
  if (url.startsWith("file:")) {
    // Several processes share the file (next start, the import CLI, tests): wait for a writer
    // instead of failing a reader's page with "database is locked".
    void client.execute("PRAGMA busy_timeout = 5000").catch(() => undefined);
  }
  return client;
}

/** Open a database at `url` through Drizzle. */
export function createDatabase(url: string, authToken?: string, options: ClientOptions = {}): Database {
  return drizzle(createDatabaseClient(url, authToken, options), { schema }) as Database;
}

const globalForDb = globalThis as unknown as { openCommitteeDb?: Database };

/** The application's database, shared across hot reloads in development. */
export const db: Database =
  globalForDb.openCommitteeDb ?? (globalForDb.openCommitteeDb = createDatabase(databaseUrl(), databaseAuthToken(), { replica: replicaSettings(databaseUrl()) }));

/**
 * Bring the application's embedded replica up to date (a no-op without one). The server calls it
 * before serving (instrumentation.ts): a new replica file is empty until its first sync.
 */
export async function syncReplica(): Promise<void> {
  if (replicaSettings(databaseUrl())) await db.$client.sync();
}

export { schema };
