/**
 * The generic writes behind every dashboard form. Each one, in a single transaction: checks the
 * acting user's role and committee against the record as stored (never the form's word for it),
 * checks the version the form was opened at, validates with the record type's zod schema, writes,
 * bumps the version, notes the fields a clerk changed (a re-import leaves them alone) and writes
 * an audit row with the fields before and after. The public pages are revalidated after commit.
 */
import { createHash } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { db as defaultDb, type Database } from "@/lib/db";
import { assertCommitteeAccess, NotAuthorisedError, type ActingUser } from "@/lib/auth/guards";
import { lastChange, listHistory, recordAudit, type AuditAction } from "@/lib/audit/log";
import { revalidateRecordChange as revalidateAfterChange } from "@/lib/publishing/record-change";
import { INDEXED_RECORD_KINDS, SEARCH_KINDS_OF_RECORD } from "@/lib/search/documents";
import { reindexSearch } from "@/lib/search/indexer";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { columnOf, FieldError, recordType, type RecordType, type Row, type Tx } from "./record-types";

/** What a write changed, for revalidateAfterChange (its signature: kind, id, the slugs of the record and its meeting). */
export interface PublicChange {
  kind: string;
  id: number;
  slugs?: string[];
}

export interface MutationOptions {
  database?: Database;
  /** Defaults to revalidateAfterChange; tests pass a recorder. */
  revalidate?: (change: PublicChange) => Promise<void>;
}

export interface MutationResult {
  id: number;
  kind: string;
  version: string;
  changed: string[];
  change: PublicChange;
}

export class RecordNotFoundError extends Error {
  constructor(readonly kind: string, readonly id: number) {
    super(`That ${recordType(kind).label} no longer exists: it may have been removed.`);
    this.name = "RecordNotFoundError";
  }
}

export class ValidationError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("There is a problem with what was entered.");
    this.name = "ValidationError";
  }
}

/** Someone saved the record after the clerk opened it: nothing was written, both versions are kept. */
export class VersionConflictError extends Error {
  constructor(
    readonly kind: string,
    readonly id: number,
    readonly current: Record<string, unknown>,
    readonly currentVersion: string,
    readonly changedBy: string | null,
    readonly changedAt: string | null,
  ) {
    const label = recordType(kind).label;
    const when = changedAt ? ` at ${formatTime(changedAt)}` : "";
    super(`This ${label} was changed by ${changedBy ?? "someone else"}${when} since you opened it. Your changes have not been saved: here they are, beside the current ${label}.`);
    this.name = "VersionConflictError";
  }
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" }).format(d);
}

// ───────────── reading a record as its form sees it ─────────────

async function loadRow(tx: Tx | Database, type: RecordType, id: number): Promise<Row | null> {
  const [row] = await tx.select().from(type.table).where(eq(columnOf(type, "id")!, id));
  return (row as Row | undefined) ?? null;
}

/** The record's editable fields (stored and virtual), its publication and version: what the audit keeps. */
export async function snapshotOf(tx: Tx | Database, type: RecordType, row: Row): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const f of type.fields) out[f.name] = type.virtual?.[f.name] ? await type.virtual[f.name].load(tx, row) : row[f.name] ?? null;
  if ("publication" in row) out.publication = row.publication;
  if ("version" in row) out.version = row.version;
  return out;
}

/** What a form carries to detect a concurrent edit: the version, or a digest for tables without one. */
export function versionToken(row: Row, snapshot: Record<string, unknown>): string {
  if (typeof row.version === "number") return String(row.version);
  return `h${createHash("sha1").update(JSON.stringify(snapshot)).digest("hex").slice(0, 12)}`;
}

/** The committee a record belongs to, through its parents; null for records shared by all committees. */
export async function committeeOf(tx: Tx | Database, type: RecordType, row: Row): Promise<number | null> {
  if (type.kind === "committee") return row.id;
  if (type.committeeColumn) return row[type.committeeColumn] == null ? null : Number(row[type.committeeColumn]);
  if (type.parent) {
    const parentType = recordType(type.parent.kind);
    const parent = await loadRow(tx, parentType, Number(row[type.parent.column]));
    return parent ? committeeOf(tx, parentType, parent) : null;
  }
  return null;
}

export interface LoadedRecord {
  type: RecordType;
  row: Row;
  values: Record<string, unknown>;
  version: string;
  committeeId: number | null;
}

export async function loadRecord(kind: string, id: number, database: Database = defaultDb): Promise<LoadedRecord | null> {
  const type = recordType(kind);
  const row = await loadRow(database, type, id);
  if (!row) return null;
  const values = await snapshotOf(database, type, row);
  return { type, row, values, version: versionToken(row, values), committeeId: await committeeOf(database, type, row) };
}

// ───────────── who may ─────────────

function assertActingUser(user: ActingUser | null | undefined): asserts user is ActingUser {
  if (!user || !Number.isInteger(user.id) || (user.role !== "clerk" && user.role !== "admin")) throw new NotAuthorisedError();
}

/** Committee check; a record shared by every committee (a person, an unassigned body) needs a clerk for all. */
export function assertRecordAccess(user: ActingUser, committeeId: number | null): void {
  if (committeeId === null) {
    if (user.role !== "admin" && user.committeeIds !== null) throw new NotAuthorisedError("Only a clerk for every committee can change records shared between committees.");
    return;
  }
  assertCommitteeAccess(user, committeeId);
}

function assertAllowed(user: ActingUser, type: RecordType, op: "create" | "delete"): void {
  if (type.adminOnly?.includes(op) && user.role !== "admin") throw new NotAuthorisedError(`Only an administrator can ${op} a ${type.label}.`);
  if (op === "create" && !type.creatable) throw new NotAuthorisedError(`A ${type.label} cannot be added here.`);
  if (op === "delete" && !type.deletable) throw new NotAuthorisedError(`A ${type.label} cannot be removed: unpublish it instead.`);
}

// ───────────── validation ─────────────

async function validate(tx: Tx, type: RecordType, input: Record<string, unknown>, at: { committeeId: number | null; parentId: number | null; row: Row | null }): Promise<Record<string, unknown>> {
  const parsed = type.schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const values = parsed.data;
  // A choice must be one the form offered: a report's agenda item from its own meeting, never another committee's.
  const errors: Record<string, string> = {};
  for (const f of type.fields) {
    if (!f.optionsFrom || values[f.name] == null) continue;
    const allowed = await f.optionsFrom(tx, at);
    if (!allowed.some((o) => o.value === String(values[f.name]))) errors[f.name] = `Choose one of the listed options for ${f.label.toLowerCase()}`;
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return values;
}

function splitStored(type: RecordType, values: Record<string, unknown>): { stored: Record<string, unknown>; virtual: Record<string, unknown> } {
  const stored: Record<string, unknown> = {};
  const virtual: Record<string, unknown> = {};
  for (const f of type.fields) {
    if (!(f.name in values)) continue;
    if (type.virtual?.[f.name]) virtual[f.name] = values[f.name];
    else stored[f.name] = values[f.name];
  }
  return { stored, virtual };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

async function deriveColumns(tx: Tx, type: RecordType, values: Record<string, unknown>, parent: Row | null, existing: Row | null): Promise<Record<string, unknown>> {
  if (!type.derive) return {};
  try {
    return await type.derive(tx, values, parent, existing);
  } catch (err) {
    if (err instanceof FieldError) throw new ValidationError({ [err.field]: err.message });
    throw err;
  }
}

async function publicChange(tx: Tx, type: RecordType, row: Row): Promise<PublicChange> {
  const slugs: string[] = [];
  if (typeof row.slug === "string") slugs.push(row.slug);
  // The meeting a record appears on, for its per-meeting cache tag.
  let cur: { type: RecordType; row: Row } | null = { type, row };
  while (cur) {
    if (cur.type.kind === "meeting" && typeof cur.row.slug === "string" && !slugs.includes(cur.row.slug)) slugs.push(cur.row.slug);
    const p: RecordType["parent"] = cur.type.parent;
    if (!p) break;
    const parentType = recordType(p.kind);
    const parentRow = await loadRow(tx, parentType, Number(cur.row[p.column]));
    cur = parentRow ? { type: parentType, row: parentRow } : null;
  }
  return { kind: type.kind, id: row.id, slugs };
}

/** The meeting a record is or sits in (a report, a minute, a decision and their parts), or null. */
async function meetingIdOf(tx: Tx, type: RecordType, row: Row): Promise<number | null> {
  if (type.kind === "meeting") return row.id;
  let cur: { type: RecordType; row: Row } | null = { type, row };
  while (cur?.type.parent) {
    const parentType = recordType(cur.type.parent.kind);
    if (parentType.kind === "meeting") return Number(cur.row[cur.type.parent.column]);
    const parentRow = await loadRow(tx, parentType, Number(cur.row[cur.type.parent.column]));
    cur = parentRow ? { type: parentType, row: parentRow } : null;
  }
  return null;
}

/**
 * Search sees the change in the same transaction. A change to a meeting or anything in it re-reads
 * what hangs off that meeting (lib/search/documents.ts, SearchScope); anything else re-reads the
 * documents of its kind (SEARCH_KINDS_OF_RECORD) in the committee(s) the record was and is in, or
 * the shared records (people), or the whole committee for a committee.
 */
async function reindexFor(tx: Tx, type: RecordType, row: Row, committeeIds: (number | null)[]): Promise<void> {
  if (!INDEXED_RECORD_KINDS.has(type.kind)) return;
  const meetingId = await meetingIdOf(tx, type, row);
  const kinds = meetingId === null ? SEARCH_KINDS_OF_RECORD[type.kind] : undefined;
  await reindexSearch(tx, committeeIds.map((committeeId) => ({ committeeId, meetingId, ...(kinds ? { kinds } : {}) })));
}

async function afterCommit(result: MutationResult, options: MutationOptions): Promise<MutationResult> {
  await (options.revalidate ?? revalidateAfterChange)(result.change);
  return result;
}

async function conflict(tx: Tx, type: RecordType, row: Row): Promise<VersionConflictError> {
  const current = await snapshotOf(tx, type, row);
  const last = await lastChange(tx, type.kind, row.id);
  return new VersionConflictError(type.kind, row.id, current, versionToken(row, current), last?.who ?? null, last?.at ?? null);
}

function bumpAndStamp(type: RecordType, row: Row, changedFields: string[]): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  if (typeof row.version === "number") extra.version = row.version + 1;
  if (columnOf(type, "clerkEditedFields") && changedFields.length) {
    const had = Array.isArray(row.clerkEditedFields) ? (row.clerkEditedFields as string[]) : [];
    extra.clerkEditedFields = [...new Set([...had, ...changedFields])].sort();
  }
  if (columnOf(type, "updatedAt")) extra.updatedAt = new Date().toISOString();
  return extra;
}

// ───────────── the mutations ─────────────

async function writeUpdate(
  tx: Tx, user: ActingUser, type: RecordType, row: Row, expectedVersion: string, input: Record<string, unknown>, action: AuditAction, detail: Record<string, unknown> = {},
): Promise<MutationResult> {
  const committeeId = await committeeOf(tx, type, row);
  assertRecordAccess(user, committeeId);
  const before = await snapshotOf(tx, type, row);
  if (versionToken(row, before) !== expectedVersion) throw await conflict(tx, type, row);
  const values = await validate(tx, type, input, { committeeId, parentId: type.parent ? Number(row[type.parent.column]) : null, row });
  // Moving a record between committees needs access to both.
  if (type.committeeColumn && type.committeeColumn in values) assertRecordAccess(user, values[type.committeeColumn] == null ? null : Number(values[type.committeeColumn]));
  const { stored, virtual } = splitStored(type, values);
  const changed = type.fields.map((f) => f.name).filter((n) => n in values && !same(values[n], before[n]));
  if (!changed.length) return { id: row.id, kind: type.kind, version: expectedVersion, changed, change: await publicChange(tx, type, row) };
  const derived = await deriveColumns(tx, type, values, null, row);
  const storedChanges = Object.fromEntries(Object.entries(stored).filter(([k]) => changed.includes(k)));
  await tx.update(type.table).set({ ...storedChanges, ...derived, ...bumpAndStamp(type, row, changed) }).where(eq(columnOf(type, "id")!, row.id));
  for (const [name, value] of Object.entries(virtual)) if (changed.includes(name)) await type.virtual![name].save(tx, row, value);
  const fresh = (await loadRow(tx, type, row.id))!;
  const after = await snapshotOf(tx, type, fresh);
  await recordAudit(tx, { user, action, entityType: type.kind, entityId: row.id, detail: { ...detail, fields: changed, title: type.title(fresh) }, before, after });
  await reindexFor(tx, type, fresh, [committeeId, await committeeOf(tx, type, fresh)]);
  return { id: row.id, kind: type.kind, version: versionToken(fresh, after), changed, change: await publicChange(tx, type, fresh) };
}

export async function updateRecord(
  user: ActingUser, kind: string, id: number, expectedVersion: string, input: Record<string, unknown>, options: MutationOptions = {},
): Promise<MutationResult> {
  assertActingUser(user);
  const type = recordType(kind);
  const database = options.database ?? defaultDb;
  const result = await database.transaction(async (tx) => {
    const row = await loadRow(tx, type, id);
    if (!row) throw new RecordNotFoundError(kind, id);
    return writeUpdate(tx, user, type, row, expectedVersion, input, "update");
  });
  return result.changed.length ? afterCommit(result, options) : result;
}

export async function createRecord(
  user: ActingUser, kind: string, parentId: number | null, input: Record<string, unknown>, options: MutationOptions = {},
): Promise<MutationResult> {
  assertActingUser(user);
  const type = recordType(kind);
  assertAllowed(user, type, "create");
  const database = options.database ?? defaultDb;
  const result = await database.transaction(async (tx) => {
    let parent: Row | null = null;
    let committeeId: number | null = null;
    if (type.parent) {
      if (parentId == null) throw new RecordNotFoundError(type.parent.kind, 0);
      const parentType = recordType(type.parent.kind);
      parent = await loadRow(tx, parentType, parentId);
      if (!parent) throw new RecordNotFoundError(type.parent.kind, parentId);
      committeeId = await committeeOf(tx, parentType, parent);
    }
    // A committee is checked by its admin-only rule; a top-level record naming its committee, by that value below.
    if (type.kind !== "committee" && !(type.committeeColumn && !type.parent)) assertRecordAccess(user, committeeId);
    const values = await validate(tx, type, input, { committeeId, parentId, row: null });
    if (type.committeeColumn && type.committeeColumn in values) assertRecordAccess(user, values[type.committeeColumn] == null ? null : Number(values[type.committeeColumn]));
    const { stored, virtual } = splitStored(type, values);
    const derived = await deriveColumns(tx, type, values, parent, null);
    const link: Record<string, unknown> = {};
    if (type.parent && parent) link[type.parent.column] = parent.id;
    if (type.ordered) {
      const sortCol = columnOf(type, "sortOrder")!;
      const siblings = type.parent ? eq(columnOf(type, type.parent.column)!, parent!.id) : sql`1 = 1`;
      const [{ max }] = await tx.select({ max: sql<number | null>`max(${sortCol})` }).from(type.table).where(siblings);
      link.sortOrder = (max ?? -1) + 1;
    }
    const clerkEdited = columnOf(type, "clerkEditedFields") ? { clerkEditedFields: Object.keys(values).sort() } : {};
    const publication = columnOf(type, "publication") ? { publication: "draft" } : {};
    const [inserted] = (await tx.insert(type.table).values({ ...publication, ...stored, ...derived, ...link, ...clerkEdited } as never).returning()) as Row[];
    for (const [name, value] of Object.entries(virtual)) await type.virtual![name].save(tx, inserted, value);
    const after = await snapshotOf(tx, type, inserted);
    await reindexFor(tx, type, inserted, [await committeeOf(tx, type, inserted)]);
    await recordAudit(tx, { user, action: "create", entityType: type.kind, entityId: inserted.id, detail: { title: type.title(inserted), parentId }, before: null, after });
    return { id: inserted.id, kind, version: versionToken(inserted, after), changed: Object.keys(values), change: await publicChange(tx, type, inserted) };
  });
  return afterCommit(result, options);
}

export async function deleteRecord(user: ActingUser, kind: string, id: number, expectedVersion: string, options: MutationOptions = {}): Promise<MutationResult & { parentId: number | null }> {
  assertActingUser(user);
  const type = recordType(kind);
  assertAllowed(user, type, "delete");
  const database = options.database ?? defaultDb;
  const result = await database.transaction(async (tx) => {
    const row = await loadRow(tx, type, id);
    if (!row) throw new RecordNotFoundError(kind, id);
    const committeeId = await committeeOf(tx, type, row);
    assertRecordAccess(user, committeeId);
    const before = await snapshotOf(tx, type, row);
    if (versionToken(row, before) !== expectedVersion) throw await conflict(tx, type, row);
    const change = await publicChange(tx, type, row);
    await tx.delete(type.table).where(eq(columnOf(type, "id")!, id));
    await reindexFor(tx, type, row, [committeeId]);
    await recordAudit(tx, { user, action: "delete", entityType: type.kind, entityId: id, detail: { title: type.title(row) }, before, after: null });
    return { id, kind, version: expectedVersion, changed: [], change, parentId: type.parent ? Number(row[type.parent.column]) : null };
  });
  await (options.revalidate ?? revalidateAfterChange)(result.change);
  return result;
}

/** Publish or unpublish: the one switch that makes a record (and what it contains) public. */
export async function setPublication(
  user: ActingUser, kind: string, id: number, publication: "draft" | "published", expectedVersion: string, options: MutationOptions = {},
): Promise<MutationResult> {
  assertActingUser(user);
  const type = recordType(kind);
  if (!type.publishable) throw new NotAuthorisedError(`A ${type.label} is published with the record it belongs to.`);
  if (publication !== "draft" && publication !== "published") throw new ValidationError({ publication: "Choose published or draft" });
  const database = options.database ?? defaultDb;
  const result = await database.transaction(async (tx) => {
    const row = await loadRow(tx, type, id);
    if (!row) throw new RecordNotFoundError(kind, id);
    const committeeId = await committeeOf(tx, type, row);
    assertRecordAccess(user, committeeId);
    const before = await snapshotOf(tx, type, row);
    if (versionToken(row, before) !== expectedVersion) throw await conflict(tx, type, row);
    if (row.publication === publication) return { id, kind, version: expectedVersion, changed: [], change: await publicChange(tx, type, row) };
    const extra: Record<string, unknown> = { publication };
    if (typeof row.version === "number") extra.version = row.version + 1;
    if (columnOf(type, "updatedAt")) extra.updatedAt = new Date().toISOString();
    await tx.update(type.table).set(extra).where(eq(columnOf(type, "id")!, id));
    await reindexFor(tx, type, row, [committeeId]);
    const fresh = (await loadRow(tx, type, id))!;
    const after = await snapshotOf(tx, type, fresh);
    await recordAudit(tx, { user, action: publication === "published" ? "publish" : "unpublish", entityType: kind, entityId: id, detail: { title: type.title(fresh), fields: ["publication"] }, before, after });
    return { id, kind, version: versionToken(fresh, after), changed: ["publication"], change: await publicChange(tx, type, fresh) };
  });
  return result.changed.length ? afterCommit(result, options) : result;
}

/** Move an item up or down among its siblings (agenda order, recommendation order...). */
export async function moveRecord(user: ActingUser, kind: string, id: number, direction: "up" | "down", options: MutationOptions = {}): Promise<MutationResult> {
  assertActingUser(user);
  const type = recordType(kind);
  if (!type.ordered || !type.parent) throw new NotAuthorisedError(`A ${type.label} has no order to change.`);
  if (direction !== "up" && direction !== "down") throw new ValidationError({ direction: "Choose up or down" });
  const database = options.database ?? defaultDb;
  const result = await database.transaction(async (tx) => {
    const row = await loadRow(tx, type, id);
    if (!row) throw new RecordNotFoundError(kind, id);
    const committeeId = await committeeOf(tx, type, row);
    assertRecordAccess(user, committeeId);
    const sortCol = columnOf(type, "sortOrder")!;
    const idCol = columnOf(type, "id")!;
    const siblings = (await tx.select({ id: idCol }).from(type.table).where(eq(columnOf(type, type.parent!.column)!, Number(row[type.parent!.column]))).orderBy(asc(sortCol), asc(idCol))).map((r) => Number(r.id));
    const at = siblings.indexOf(id);
    const to = direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= siblings.length) return { id, kind, version: "", changed: [], change: await publicChange(tx, type, row) };
    const beforeOrder = [...siblings];
    [siblings[at], siblings[to]] = [siblings[to], siblings[at]];
    // Renumber the whole list: imported rows can share a sort order, which makes a swap of two values a no-op.
    for (const [i, sid] of siblings.entries()) await tx.update(type.table).set({ sortOrder: i } as never).where(eq(idCol, sid));
    // Order matters to search only where it names an address (a strategy action's #action-1-4-2).
    await reindexFor(tx, type, row, [committeeId]);
    await recordAudit(tx, { user, action: "reorder", entityType: kind, entityId: id, detail: { title: type.title(row), direction, fields: ["sortOrder"] }, before: { order: beforeOrder }, after: { order: siblings } });
    return { id, kind, version: "", changed: ["sortOrder"], change: await publicChange(tx, type, row) };
  });
  return result.changed.length ? afterCommit(result, options) : result;
}

/** Put a report, minute or resolution back as it was after an earlier change in its history. */
export async function restoreRecord(
  user: ActingUser, kind: string, id: number, auditId: number, expectedVersion: string, options: MutationOptions = {},
): Promise<MutationResult> {
  assertActingUser(user);
  const type = recordType(kind);
  if (!type.restorable) throw new NotAuthorisedError(`A ${type.label} cannot be restored from its history.`);
  const database = options.database ?? defaultDb;
  const result = await database.transaction(async (tx) => {
    const row = await loadRow(tx, type, id);
    if (!row) throw new RecordNotFoundError(kind, id);
    assertRecordAccess(user, await committeeOf(tx, type, row));
    const entry = (await listHistory(tx, kind, id)).find((h) => h.id === auditId);
    const target = entry?.after;
    if (!entry || !target) throw new ValidationError({ _form: "That version is not in this record's history." });
    const input: Record<string, unknown> = {};
    for (const f of type.fields) if (f.name in target) input[f.name] = formValue(target[f.name]);
    return writeUpdate(tx, user, type, row, expectedVersion, input, "restore", { restoredFromAuditId: auditId, restoredVersion: entry.version });
  });
  return result.changed.length ? afterCommit(result, options) : result;
}

/** A stored value as a form would send it (so restore goes through the same schema as an edit). */
export function formValue(v: unknown): string | undefined {
  if (v === null || v === undefined) return "";
  if (v === true) return "yes";
  if (v === false) return "no";
  return String(v);
}

export { FieldError };

/** Siblings for ordered lists (used by pages to show move buttons). */
export async function childrenOf(kind: string, parentId: number, database: Database = defaultDb): Promise<Row[]> {
  const type = recordType(kind);
  if (!type.parent) return [];
  const q = database.select().from(type.table).where(eq(columnOf(type, type.parent.column)!, parentId));
  const rows = type.ordered ? await q.orderBy(asc(columnOf(type, "sortOrder")!), asc(columnOf(type, "id")!)) : await q.orderBy(asc(columnOf(type, "id")!));
  return rows as Row[];
}
