/**
 * The audit trail: one row per write, with who, when, what and the record's fields before and
 * after. Written inside the same transaction as the change it describes, so a change without
 * its audit row (or the reverse) cannot exist.
 */
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { auditLog, users } from "@/lib/db/schema";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export type AuditAction = "create" | "update" | "delete" | "publish" | "unpublish" | "restore" | "reorder" | "merge";

export interface AuditEntry {
  user: { id: number; email: string };
  action: AuditAction;
  entityType: string;
  entityId: number | null;
  detail?: Record<string, unknown>;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export async function recordAudit(tx: Tx | Database, e: AuditEntry): Promise<number> {
  const [row] = await tx
    .insert(auditLog)
    .values({
      userId: e.user.id, actor: e.user.email, action: e.action, entityType: e.entityType, entityId: e.entityId,
      detail: e.detail ?? null, before: e.before ?? null, after: e.after ?? null,
    })
    .returning({ id: auditLog.id });
  return row.id;
}

export interface HistoryEntry {
  id: number;
  action: string;
  at: string;
  who: string;
  changes: { field: string; from: unknown; to: unknown }[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  detail: Record<string, unknown> | null;
  /** The record's version after this change, when the record keeps one. */
  version: number | null;
}

/** Every change to one record, newest first, with the fields that changed (old → new). */
export async function listHistory(database: Database | Tx, entityType: string, entityId: number): Promise<HistoryEntry[]> {
  const rows = await database
    .select({ a: auditLog, name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id));
  return rows.map(({ a, name }) => ({
    id: a.id, action: a.action, at: a.at, who: name ?? a.actor, before: a.before ?? null, after: a.after ?? null, detail: a.detail ?? null,
    changes: diffSnapshots(a.before ?? null, a.after ?? null),
    version: typeof a.after?.version === "number" ? a.after.version : null,
  }));
}

export async function lastChange(database: Database | Tx, entityType: string, entityId: number): Promise<{ who: string; at: string } | null> {
  const [h] = await database
    .select({ at: auditLog.at, actor: auditLog.actor, name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return h ? { who: h.name ?? h.actor, at: h.at } : null;
}

const IGNORED = new Set(["version"]);

export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): { field: string; from: unknown; to: unknown }[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: { field: string; from: unknown; to: unknown }[] = [];
  for (const k of keys) {
    if (IGNORED.has(k)) continue;
    const from = before?.[k] ?? null;
    const to = after?.[k] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) out.push({ field: k, from, to });
  }
  return out;
}
