/**
 * A database as SQL text, read through the libSQL client, so the same backup works for a local
 * file, a libSQL server and Turso, and restores into any of them (or `sqlite3 new.db < dump`).
 *
 * Every row is one line ending in ";" (text holding control characters is written as hex);
 * schema statements are written as SQLite keeps them, so a restore (lib/db/restore.ts) streams
 * the file statement by statement. Order: every table, then the rows, then indexes, triggers
 * and views (as sqlite3's .dump), so a trigger does not fire on restored rows.
 * The whole read is one read transaction: a consistent snapshot while the site keeps writing.
 */
import type { Client, InValue, ResultSet, Transaction } from "@libsql/client";

/** FTS5 keeps its index in these tables; they are rebuilt from the virtual table, not copied. */
const FTS_SHADOW_SUFFIXES = ["_data", "_idx", "_content", "_docsize", "_config"];

const PAGE_ROWS = 200;

export const DUMP_HEADER = "-- Open Committee database dump";

interface SchemaRow {
  type: string;
  name: string;
  sql: string | null;
}

/** The user tables of a schema, without SQLite's own and without FTS shadow tables. */
export function userTables(schema: SchemaRow[]): SchemaRow[] {
  const virtual = schema.filter((r) => r.type === "table" && /^CREATE VIRTUAL TABLE/i.test(r.sql ?? "")).map((r) => r.name);
  const isShadow = (name: string) => virtual.some((v) => FTS_SHADOW_SUFFIXES.some((s) => name === `${v}${s}`));
  return schema.filter((r) => r.type === "table" && !r.name.startsWith("sqlite_") && !isShadow(r.name));
}

export async function readSchema(reader: Pick<Client, "execute"> | Transaction): Promise<SchemaRow[]> {
  const res = await reader.execute("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid");
  return res.rows.map((r) => ({ type: String(r.type), name: String(r.name), sql: r.sql === null ? null : String(r.sql) }));
}

/** A value as an SQL literal on one line, exact (integers as bigint, floats round-trip). */
export function sqlLiteral(value: InValue | ArrayBuffer | null): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    if (Number.isFinite(value)) return Object.is(value, -0) ? "0.0" : Number.isInteger(value) ? `${value}.0` : String(value);
    return value > 0 ? "9e999" : value < 0 ? "-9e999" : "NULL";
  }
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return `X'${Buffer.from(bytes).toString("hex")}'`;
  }
  if (value instanceof Date) return sqlLiteral(value.toISOString());
  const text = String(value);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) return `CAST(X'${Buffer.from(text, "utf8").toString("hex")}' AS TEXT)`;
  return `'${text.replace(/'/g, "''")}'`;
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Write the dump line by line to `write`. The client should use intMode "bigint" so that no
 * integer is rounded (with "number" a large one throws rather than being written wrong).
 */
export async function dumpDatabase(client: Client, write: (line: string) => void | Promise<void>): Promise<{ tables: number; rows: number }> {
  const tx = await client.transaction("read");
  try {
    const schema = await readSchema(tx);
    const tables = userTables(schema);
    let rowCount = 0;
    await write(`${DUMP_HEADER}, ${new Date().toISOString()}`);
    // Every table before any row: a row's foreign key needs its parent table to exist, even
    // while the restore defers the check itself to the commit.
    for (const table of tables) await write(`${table.sql!};`);
    for (const table of tables) {
      const isVirtual = /^CREATE VIRTUAL TABLE/i.test(table.sql!);
      const externalContent = isVirtual && /content\s*=\s*'[^']+'/i.test(table.sql!);
      if (externalContent) continue; // rebuilt from its content table below
      // rowid keeps the ids that other rows and FTS refer to; WITHOUT ROWID tables have none.
      const withRowid = !/WITHOUT\s+ROWID/i.test(table.sql!);
      // Pages of rows, not one SELECT *: a server caps one response's size (stored PDFs are large).
      let after: InValue = -1n << 62n;
      for (;;) {
        const res: ResultSet = withRowid
          ? await tx.execute({ sql: `SELECT rowid AS __rowid, * FROM ${quoteName(table.name)} WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE_ROWS}`, args: [after] })
          : await tx.execute(`SELECT * FROM ${quoteName(table.name)}`);
        const columns = res.columns.filter((_c, i) => !(withRowid && i === 0));
        const names = (withRowid ? ["rowid", ...columns] : columns).map(quoteName).join(", ");
        for (const row of res.rows) {
          const values = Array.from(row as unknown as ArrayLike<InValue>).slice(0, (withRowid ? 1 : 0) + columns.length);
          await write(`INSERT INTO ${quoteName(table.name)} (${names}) VALUES (${values.map(sqlLiteral).join(", ")});`);
          rowCount++;
        }
        if (!withRowid || res.rows.length < PAGE_ROWS) break;
        after = (res.rows[res.rows.length - 1] as unknown as ArrayLike<InValue>)[0];
      }
    }
    const hasSequence = schema.some((r) => r.name === "sqlite_sequence");
    if (hasSequence) {
      const seq = await tx.execute("SELECT name, seq FROM sqlite_sequence ORDER BY name");
      for (const row of seq.rows) {
        await write(`DELETE FROM sqlite_sequence WHERE name = ${sqlLiteral(row.name)};`);
        await write(`INSERT INTO sqlite_sequence (name, seq) VALUES (${sqlLiteral(row.name)}, ${sqlLiteral(row.seq)});`);
      }
    }
    for (const table of tables) {
      if (/^CREATE VIRTUAL TABLE/i.test(table.sql!) && /content\s*=\s*'[^']+'/i.test(table.sql!)) {
        await write(`INSERT INTO ${quoteName(table.name)} (${quoteName(table.name)}) VALUES ('rebuild');`);
      }
    }
    for (const entry of schema) {
      if (entry.type === "index" || entry.type === "trigger" || entry.type === "view") {
        await write(`${entry.sql!};`);
      }
    }
    await write("-- end of dump");
    return { tables: tables.length, rows: rowCount };
  } finally {
    tx.close();
  }
}
