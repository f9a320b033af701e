/**
 * Row count and content hash of every table: two databases with equal fingerprints hold the same
 * records (how a restored backup is checked against its source).
 */
import { createHash } from "node:crypto";
import type { Client } from "@libsql/client";
import { readSchema, userTables } from "./dump";

export type Fingerprint = Record<string, { rows: number; sha256: string }>;

export async function databaseFingerprint(client: Client): Promise<Fingerprint> {
  const out: Fingerprint = {};
  const tx = await client.transaction("read");
  try {
    for (const table of userTables(await readSchema(tx))) {
      const withRowid = !/WITHOUT\s+ROWID/i.test(table.sql ?? "");
      const res = await tx.execute(`SELECT ${withRowid ? "rowid AS __rowid, " : ""}* FROM "${table.name.replace(/"/g, '""')}"${withRowid ? " ORDER BY rowid" : ""}`);
      const lines = res.rows.map((row) => JSON.stringify(Array.from(row as unknown as ArrayLike<unknown>, (v) => (v instanceof ArrayBuffer ? Buffer.from(v).toString("hex") : typeof v === "bigint" ? v.toString() : v))));
      // A table without rowid has no insertion order to compare by: compare its rows as a set.
      if (!withRowid) lines.sort();
      const hash = createHash("sha256");
      for (const line of lines) hash.update(`${line}\n`);
      out[table.name] = { rows: res.rows.length, sha256: hash.digest("hex") };
    }
  } finally {
    tx.close();
  }
  return out;
}
