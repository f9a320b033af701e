import { createHash } from "node:crypto";
import { createClient, type Client } from "@libsql/client";

/** The e2e server's database file (as in playwright.config.ts), opened directly. */
export function openE2EDatabase(): Client {
  const client = createClient({ url: `file:.e2e/${Number(process.env.E2E_PORT ?? 3100)}/council.db` });
  // The server writes to the same file: wait for its write to finish instead of failing.
  void client.execute("PRAGMA busy_timeout = 10000").catch(() => undefined);
  return client;
}

/** Tables that sign-in writes to (sessions, attempts, last sign-in), and the revalidation journal that every publish (of any spec) appends to: left out of the checksum. */
const SIGN_IN_TABLES = new Set(["sessions", "sign_in_attempts", "users", "revalidation_journal"]);

/** One digest of the rows the given queries return (the records an action could touch). */
export async function rowsChecksum(client: Client, queries: { sql: string; args?: (string | number)[] }[]): Promise<string> {
  const hash = createHash("sha256");
  for (const q of queries) {
    const rows = await client.execute({ sql: q.sql, args: q.args ?? [] });
    hash.update(q.sql);
    for (const row of rows.rows) hash.update(JSON.stringify(Array.from(row as unknown as ArrayLike<unknown>, (v) => (v instanceof ArrayBuffer ? v.byteLength : typeof v === "bigint" ? String(v) : v))));
  }
  return hash.digest("hex");
}

/** One digest of every row of every table a dashboard action could touch. */
export async function databaseChecksum(client: Client): Promise<string> {
  const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '__drizzle%' ORDER BY name"))
    .rows.map((r) => String(r.name)).filter((n) => !SIGN_IN_TABLES.has(n));
  const hash = createHash("sha256");
  for (const name of tables) {
    const rows = await client.execute(`SELECT * FROM "${name}" ORDER BY rowid`);
    hash.update(name);
    for (const row of rows.rows) hash.update(JSON.stringify(Array.from(row as unknown as ArrayLike<unknown>, (v) => (v instanceof ArrayBuffer ? v.byteLength : typeof v === "bigint" ? String(v) : v))));
  }
  return hash.digest("hex");
}
