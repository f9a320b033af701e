/**
 * A clerk's review of an uploaded agenda pack or minutes: created from the upload, corrected,
 * then stored as draft records or discarded. Every function takes the acting user and checks
 * their role and committee itself; every change is versioned and audited in one transaction.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/lib/db";
import * as t from "@/lib/db/schema";
import { assertCommitteeAccess, NotAuthorisedError, type ActingUser } from "@/lib/auth/guards";
import { NotAnAgendaPackError, parsePack } from "@/lib/import/parse-pack";
import type { ParsedPack } from "@/lib/import/parsed";
import { applyCorrections, type CorrectionInput } from "@/lib/import-review/corrections";
import { choiceFor, diffPackAgainstStored, type ConflictChoice, type PackDiff } from "@/lib/import-review/diff";
import { editableField, getAtPath, setAtPath } from "@/lib/import-review/editable-fields";
import { readUpload, UploadProblem } from "@/lib/import-review/read-upload";
import { reindexSearch } from "@/lib/search/indexer";
import { asReviewedPack, emptyReviewState, packOf, type ReviewedPack } from "@/lib/import-review/review-state";
import { findStoredMeeting, loadStoredSnapshot, resolveCommitteeReadOnly, type CommitteeResolution } from "@/lib/import-review/stored-snapshot";
import { storeAgendaPack, type ImportOutcome } from "./import-pack";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Reader = Database | Tx;

export { UploadProblem };

export class ReviewNotFoundError extends Error {
  constructor() {
    super("There is no such import review.");
    this.name = "ReviewNotFoundError";
  }
}

/** Someone else changed the review since this clerk opened it (optimistic concurrency). */
export class ReviewConflictError extends Error {
  constructor() {
    super("Another clerk changed this review since you opened it. Nothing was saved: reload the page to see their changes, then make yours again.");
    this.name = "ReviewConflictError";
  }
}

export class ReviewClosedError extends Error {
  constructor(status: string) {
    super(`This review has already been ${status}; it cannot be changed.`);
    this.name = "ReviewClosedError";
  }
}

/** A value the clerk gave cannot be used; `fieldErrors` are keyed by pack path. */
export class ReviewInputError extends Error {
  constructor(readonly fieldErrors: Record<string, string>, message = "Some values could not be saved; see the fields marked below.") {
    super(message);
    this.name = "ReviewInputError";
  }
}

function assertClerk(user: ActingUser | null | undefined): asserts user is ActingUser {
  if (!user || (user.role !== "clerk" && user.role !== "admin")) throw new NotAuthorisedError();
}

/** A limited clerk may only handle documents of their own committees, and may not create a committee. */
export function assertReviewAccess(user: ActingUser, committee: CommitteeResolution): void {
  if (user.role === "admin" || user.committeeIds === null) return;
  if (committee.kind !== "match") {
    throw new NotAuthorisedError(`"${committee.name}" is not a committee you clerk; only a clerk for every committee can add a new one.`);
  }
  assertCommitteeAccess(user, committee.id);
}

async function loadPending(database: Reader, id: number) {
  const row = await database.query.importReviews.findFirst({ where: eq(t.importReviews.id, id) });
  if (!row) throw new ReviewNotFoundError();
  if (row.status !== "pending") throw new ReviewClosedError(row.status);
  return { row, pack: asReviewedPack(row.parsed) };
}

/** Bump the version if it is still the one the clerk saw; otherwise nothing is written. */
async function claimVersion(tx: Tx, id: number, version: number, set: Partial<typeof t.importReviews.$inferInsert>): Promise<void> {
  const done = await tx
    .update(t.importReviews)
    .set({ ...set, version: version + 1 })
    .where(and(eq(t.importReviews.id, id), eq(t.importReviews.version, version), eq(t.importReviews.status, "pending")))
    .returning({ id: t.importReviews.id });
  if (!done.length) throw new ReviewConflictError();
}

async function audit(tx: Tx, user: ActingUser, action: string, id: number, detail: Record<string, unknown>, before?: Record<string, unknown>, after?: Record<string, unknown>) {
  await tx.insert(t.auditLog).values({ userId: user.id, actor: user.email, action, entityType: "import_review", entityId: id, detail, before, after });
}

// ───────────────────────────── create ─────────────────────────────

/**
 * Read and parse an upload, then hold it for review. Anything unreadable throws UploadProblem
 * before a row is written; a limited clerk is refused for another committee's document.
 */
export async function createImportReview(database: Database, user: ActingUser, upload: { fileName: string; bytes: Uint8Array }): Promise<{ id: number }> {
  assertClerk(user);
  const file = await readUpload(upload.bytes, upload.fileName);
  let pack: ParsedPack;
  try {
    pack = parsePack(file.text, file.fileName);
  } catch (err) {
    if (err instanceof NotAnAgendaPackError) throw new UploadProblem(`The importer could not read this as an agenda pack or minutes: ${err.message}.`);
    throw new UploadProblem("The importer could not read this document. Check it is an agenda pack or minutes, and report the file if it is.");
  }
  assertReviewAccess(user, await resolveCommitteeReadOnly(database, pack.meeting.committee));
  const parsed: ReviewedPack = { ...pack, review: emptyReviewState() };
  return database.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.importReviews)
      .values({
        fileName: file.fileName, mediaType: file.mediaType, sha256: pack.source.sha256, original: file.original, text: file.text,
        parsed: parsed as unknown as Record<string, unknown>, createdBy: user.id,
      })
      .returning({ id: t.importReviews.id });
    await audit(tx, user, "import_review.create", row.id, {
      file: file.fileName, mediaType: file.mediaType, sha256: pack.source.sha256, committee: pack.meeting.committee, date: pack.meeting.date, issues: pack.issues.length,
    });
    return { id: row.id };
  });
}

// ───────────────────────────── correct ─────────────────────────────

export async function saveReviewCorrections(
  database: Database, user: ActingUser, input: CorrectionInput & { id: number; version: number },
): Promise<{ version: number; changed: number; decided: number }> {
  assertClerk(user);
  const { row, pack } = await loadPending(database, input.id);
  assertReviewAccess(user, await resolveCommitteeReadOnly(database, pack.meeting.committee));
  if (row.version !== input.version) throw new ReviewConflictError();
  const result = applyCorrections(pack, input, user.id, new Date().toISOString());
  if (Object.keys(result.errors).length) throw new ReviewInputError(result.errors);
  if (!result.changed.length && !result.decided.length) return { version: row.version, changed: 0, decided: 0 };
  // Moving a document to another committee needs access to that one too.
  if (result.pack.meeting.committee !== pack.meeting.committee) {
    assertReviewAccess(user, await resolveCommitteeReadOnly(database, result.pack.meeting.committee));
  }
  await database.transaction(async (tx) => {
    await claimVersion(tx, row.id, input.version, { parsed: result.pack as unknown as Record<string, unknown> });
    await audit(
      tx, user, "import_review.correct", row.id,
      { fields: result.changed.map((c) => c.path), issues: result.decided.map((i) => ({ index: Number(i), ...result.pack.review.issueDecisions[i] })) },
      Object.fromEntries(result.changed.map((c) => [c.path, c.from])),
      Object.fromEntries(result.changed.map((c) => [c.path, c.to])),
    );
  });
  return { version: input.version + 1, changed: result.changed.length, decided: result.decided.length };
}

// ───────────────────────────── re-import preview ─────────────────────────────

export interface ReviewPlan {
  committee: CommitteeResolution;
  /** The stored meeting this document would update; null when it would create a new one. */
  existing: { id: number; slug: string; publication: "draft" | "published" } | null;
  diff: PackDiff | null;
}

/** What accepting the review would do: a new meeting, or these changes to a stored one. */
export async function planReview(database: Reader, pack: ParsedPack): Promise<ReviewPlan> {
  const committee = await resolveCommitteeReadOnly(database, pack.meeting.committee);
  const meeting = await findStoredMeeting(database, pack);
  if (!meeting) return { committee, existing: null, diff: null };
  const snapshot = await loadStoredSnapshot(database, meeting);
  return { committee, existing: { id: meeting.id, slug: meeting.slug, publication: meeting.publication }, diff: diffPackAgainstStored(snapshot, pack) };
}

// ───────────────────────────── accept ─────────────────────────────

export interface AcceptOutcome extends Pick<ImportOutcome, "status" | "meetingId" | "meetingSlug" | "committeeId"> {
  kept: number;
  taken: number;
}

/**
 * Store the reviewed document as draft records in one transaction: conflicts resolved as the
 * clerk chose (keep their value by default), corrected fields marked clerk-edited, the
 * importer's issues recorded with the clerk's decisions, the review marked accepted.
 */
export async function acceptImportReview(
  database: Database, user: ActingUser, input: { id: number; version: number; choices: Record<string, ConflictChoice | undefined> },
): Promise<AcceptOutcome> {
  assertClerk(user);
  const { row, pack: reviewed } = await loadPending(database, input.id);
  if (row.version !== input.version) throw new ReviewConflictError();
  if (!reviewed.meeting.date) throw new ReviewInputError({ "meeting.date": "Enter the meeting date before creating the records." }, "The meeting date is missing.");
  return database.transaction(async (tx) => {
    const now = new Date().toISOString();
    await claimVersion(tx, row.id, input.version, { status: "accepted", decidedBy: user.id, decidedAt: now });
    const plan = await planReview(tx, reviewed);
    assertReviewAccess(user, plan.committee);

    const pack = structuredClone(packOf(reviewed));
    let kept = 0;
    let taken = 0;
    const keptPaths: { path: string; columns: string[] }[] = [];
    for (const c of plan.diff?.conflicts ?? []) {
      if (choiceFor(input.choices, c.id) === "keep") {
        const value = c.column === "numberLabel" && c.entity === "minuteEntry" ? (c.clerkValue !== null && /^\d+$/.test(String(c.clerkValue)) ? Number(c.clerkValue) : null) : c.clerkValue;
        if (value !== null || c.entity !== "minuteEntry") setAtPath(pack, c.packPath, value);
        keptPaths.push({ path: c.packPath, columns: c.entity === "minuteEntry" && c.column === "numberLabel" ? ["minuteNumber", "numberLabel"] : [c.column] });
        kept++;
      } else {
        await dropClerkEdit(tx, c.entity, c.rowId, c.column);
        taken++;
      }
    }

    const outcome = await storeAgendaPack(tx as unknown as Database, pack, row.text, { actor: user.email, userId: user.id }, { publication: "draft" });
    if (plan.committee.kind !== "match") {
      await tx.update(t.committees).set({ publication: "draft" }).where(and(eq(t.committees.id, outcome.committeeId), eq(t.committees.publication, "published")));
      await reindexSearch(tx, { committeeId: outcome.committeeId });
    }
    if (row.mediaType !== "text/plain") {
      // The PDF reader puts a form feed between pages.
      const pageCount = (row.text.match(/\f/g)?.length ?? 0) + 1;
      await tx.update(t.sourceDocuments).set({ mediaType: row.mediaType, original: row.original, pageCount })
        .where(and(eq(t.sourceDocuments.sha256, pack.source.sha256), isNull(t.sourceDocuments.original)));
    }

    // The clerk's corrections, and the edits they chose to keep, count as clerk edits from now on.
    const corrected = new Map<string, { path: string; columns: string[] }>();
    for (const c of reviewed.review.corrections) {
      const field = editableField(c.path);
      if (!field || !field.columns.length) continue;
      corrected.set(c.path, { path: c.path, columns: field.columns });
    }
    for (const k of keptPaths) corrected.set(k.path, { path: k.path, columns: [...new Set([...(corrected.get(k.path)?.columns ?? []), ...k.columns])] });
    for (const { path, columns } of corrected.values()) {
      await markClerkEdited(tx, outcome, pack, path, columns);
    }

    if (outcome.importRunId !== null) {
      for (const [index, d] of Object.entries(reviewed.review.issueDecisions)) {
        const issue = pack.issues[Number(index)];
        if (!issue) continue;
        await tx.update(t.importIssues)
          .set({ resolution: d.note ? `${d.status}: ${d.note}` : d.status, resolvedBy: d.by })
          .where(and(
            eq(t.importIssues.importRunId, outcome.importRunId), eq(t.importIssues.code, issue.code), eq(t.importIssues.message, issue.message),
            issue.line === null ? isNull(t.importIssues.line) : eq(t.importIssues.line, issue.line),
          ));
      }
    }
    await tx.update(t.importReviews).set({ meetingId: outcome.meetingId }).where(eq(t.importReviews.id, row.id));
    await audit(tx, user, "import_review.accept", row.id, {
      meetingId: outcome.meetingId, status: outcome.status, corrections: reviewed.review.corrections.length,
      conflictsKept: kept, conflictsTaken: taken, issueDecisions: Object.keys(reviewed.review.issueDecisions).length,
    }, { status: "pending" }, { status: "accepted", meetingId: outcome.meetingId });
    return { status: outcome.status, meetingId: outcome.meetingId, meetingSlug: outcome.meetingSlug, committeeId: outcome.committeeId, kept, taken };
  });
}

const CLERK_EDIT_TABLES = {
  meeting: t.meetings, agendaItem: t.agendaItems, report: t.reports, minuteEntry: t.minuteEntries, resolution: t.resolutions,
} as const;

async function dropClerkEdit(tx: Tx, entity: keyof typeof CLERK_EDIT_TABLES, id: number, column: string): Promise<void> {
  const table = CLERK_EDIT_TABLES[entity];
  const [row] = await tx.select({ fields: table.clerkEditedFields }).from(table).where(eq(table.id, id));
  if (!row) return;
  await tx.update(table).set({ clerkEditedFields: row.fields.filter((f) => f !== column) }).where(eq(table.id, id));
}

/** The stored row a pack path was written to, after the store ran. */
async function locateRow(tx: Tx, outcome: ImportOutcome, pack: ParsedPack, path: string): Promise<{ entity: keyof typeof CLERK_EDIT_TABLES; id: number } | null> {
  const segs = path.split(".");
  if (segs[0] === "meeting") return { entity: "meeting", id: outcome.meetingId };
  if (segs[0] === "agendaItems") {
    const item = pack.agendaItems[Number(segs[1])];
    const [row] = await tx.select({ id: t.agendaItems.id }).from(t.agendaItems)
      .where(and(eq(t.agendaItems.meetingId, outcome.meetingId), eq(t.agendaItems.numberLabel, item.number)));
    return row ? { entity: "agendaItem", id: row.id } : null;
  }
  if (segs[0] === "reports") {
    const report = pack.reports[Number(segs[1])];
    const rows = await tx.select({ id: t.reports.id, title: t.reports.title, sortOrder: t.reports.sortOrder }).from(t.reports).where(eq(t.reports.meetingId, outcome.meetingId));
    const row = rows.find((r) => r.sortOrder === Number(segs[1]) && r.title === report.title) ?? rows.find((r) => r.title === report.title);
    return row ? { entity: "report", id: row.id } : null;
  }
  if (segs[0] === "minutes" && segs[2] === "entries") {
    const m = pack.minutes[Number(segs[1])];
    if (!m?.meetingDate) return null;
    const [meeting] = await tx.select({ id: t.meetings.id }).from(t.meetings)
      .where(and(eq(t.meetings.committeeId, outcome.committeeId), eq(t.meetings.meetingDate, m.meetingDate)));
    if (!meeting) return null;
    const [minutesRow] = await tx.select({ id: t.minutes.id }).from(t.minutes).where(eq(t.minutes.meetingId, meeting.id));
    if (!minutesRow) return null;
    const [entry] = await tx.select({ id: t.minuteEntries.id }).from(t.minuteEntries)
      .where(and(eq(t.minuteEntries.minutesId, minutesRow.id), eq(t.minuteEntries.sortOrder, Number(segs[3]))));
    if (!entry) return null;
    if (segs[4] !== "resolutions") return { entity: "minuteEntry", id: entry.id };
    const [res] = await tx.select({ id: t.resolutions.id }).from(t.resolutions)
      .where(and(eq(t.resolutions.minuteEntryId, entry.id), eq(t.resolutions.sortOrder, Number(segs[5]))));
    return res ? { entity: "resolution", id: res.id } : null;
  }
  return null;
}

/** Write the corrected value (the store may have skipped an unchanged pack) and list the columns as clerk-edited. */
async function markClerkEdited(tx: Tx, outcome: ImportOutcome, pack: ParsedPack, path: string, columns: string[]): Promise<void> {
  const target = await locateRow(tx, outcome, pack, path);
  if (!target) return;
  const table = CLERK_EDIT_TABLES[target.entity];
  const [row] = await tx.select({ fields: table.clerkEditedFields }).from(table).where(eq(table.id, target.id));
  if (!row) return;
  const value = getAtPath(pack, path);
  const set: Record<string, unknown> = { clerkEditedFields: [...new Set([...row.fields, ...columns])] };
  for (const column of columns) {
    if (column === "committeeId") continue;
    if (column === "agendaItemId") {
      const [item] = value === null || value === undefined ? [] : await tx.select({ id: t.agendaItems.id }).from(t.agendaItems)
        .where(and(eq(t.agendaItems.meetingId, outcome.meetingId), eq(t.agendaItems.numberLabel, String(value))));
      set.agendaItemId = item?.id ?? null;
    } else if (column === "numberLabel" && target.entity === "minuteEntry") {
      set.numberLabel = value === null || value === undefined ? null : String(value);
    } else if (value !== undefined) {
      set[column] = value;
    }
  }
  await tx.update(table).set(set).where(eq(table.id, target.id));
}

// ───────────────────────────── discard ─────────────────────────────

export async function discardImportReview(database: Database, user: ActingUser, input: { id: number; version: number }): Promise<void> {
  assertClerk(user);
  const { row, pack } = await loadPending(database, input.id);
  assertReviewAccess(user, await resolveCommitteeReadOnly(database, pack.meeting.committee));
  await database.transaction(async (tx) => {
    await claimVersion(tx, row.id, input.version, { status: "discarded", decidedBy: user.id, decidedAt: new Date().toISOString() });
    await audit(tx, user, "import_review.discard", row.id, { file: row.fileName }, { status: "pending" }, { status: "discarded" });
  });
}
