/**
 * Load a dump written by lib/db/dump.ts into an empty database (a new file, a fresh libSQL
 * server or Turso database), all or nothing: one write transaction, foreign keys checked at
 * commit (rows come table by table, so a child may arrive before its parent).
 */
import type { Client } from "@libsql/client";
import { readSchema } from "./dump";

const BATCH = 500;

/**
 * Split dump text into statements: a statement ends at a line ending in ";", except a CREATE
 * TRIGGER, whose body holds ";" and which ends at "END;". Lines starting "--" between statements
 * are comments.
 */
export function* dumpStatements(lines: Iterable<string>): Generator<string> {
  let current: string[] = [];
  for (const line of lines) {
    if (current.length === 0 && (line.startsWith("--") || line.trim() === "")) continue;
    current.push(line);
    const text = current.join("\n");
    const trimmed = line.trimEnd();
    if (!trimmed.endsWith(";")) continue;
    if (/^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER/i.test(text) && !/END\s*;$/i.test(trimmed)) continue;
    yield text;
    current = [];
  }
  if (current.length > 0) throw new Error(`the dump ends inside a statement: ${current.join("\n").slice(0, 200)}`);
}

export class RestoreTargetNotEmptyError extends Error {}

/** Restore into `client`, which must hold no tables; returns how many statements ran. */
export async function restoreDump(client: Client, lines: Iterable<string>): Promise<number> {
  const existing = (await readSchema(client)).filter((r) => r.type === "table" && !r.name.startsWith("sqlite_"));
  if (existing.length > 0) {
    throw new RestoreTargetNotEmptyError(`the target database is not empty (it has ${existing.length} tables, e.g. ${existing[0].name}); restore into a new one`);
  }
  const tx = await client.transaction("write");
  let count = 0;
  try {
    await tx.execute("PRAGMA defer_foreign_keys = ON");
    let pending: string[] = [];
    for (const statement of dumpStatements(lines)) {
      pending.push(statement);
      if (pending.length >= BATCH) {
        await tx.batch(pending);
        count += pending.length;
        pending = [];
      }
    }
    if (pending.length > 0) await tx.batch(pending);
    count += pending.length;
    await tx.commit();
    return count;
  } finally {
    tx.close();
  }
}
