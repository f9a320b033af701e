/**
 * What the search index holds: one document per public record a reader can open, built from the
 * database rows with the visibility rule of lib/queries/visibility.ts (drafts, and records hanging
 * off drafts, are never read here, so they can never be indexed).
 *
 * Documents are partitioned by committee: a record of a committee (its meetings' reports, minutes
 * and decisions, its actions, plans, strategies, budget lines, the outside bodies it appoints to,
 * the committee itself) belongs to that committee's scope; people and outside bodies appointed by
 * no committee belong to the shared scope (committeeId null). Visibility never crosses scopes (a
 * record's page hangs off its own committee only), so re-reading one scope is always enough.
 */
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db";
import * as t from "@/lib/db/schema";
import { formatDate } from "@/lib/format";
import { minuteName, minuteRef } from "@/lib/minute-label";
import { isPublic } from "@/lib/queries/visibility";
import { budgetLineSlug } from "@/lib/slug";
import { readableCase } from "@/lib/text/readable-case";
import { filterToken } from "./fts-query";
import { SEARCH_KINDS, type SearchKind } from "./kinds";

export type Reader = Pick<Database, "select">;

/**
 * committeeId null: the shared scope (people, outside bodies no committee appoints to). With a
 * meetingId, what a change to that meeting or anything in it can touch: its reports, minutes and
 * decisions, the agenda plan its pack printed, the strategies it considered, and the committee's
 * budget lines (a line's figures come from many meetings and their reports). With `kinds`, only the
 * scope's documents of those kinds (an import re-reads its committee's actions and outside bodies,
 * not the thousands of reports and minutes of the committee's other meetings).
 */
export type SearchScope = { committeeId: number | null; meetingId?: number | null; kinds?: readonly SearchKind[] };

export interface SearchDocument {
  kind: SearchKind;
  recordId: number;
  title: string;
  body: string;
  url: string;
  /** A short line under the title: "Minute 52", "Councillor, Liberal Democrat". */
  context: string | null;
  committee: { id: number; slug: string; name: string } | null;
  /** ISO date the record belongs to (its meeting's), when it has one. */
  date: string | null;
  /** The meeting it hangs off, for records re-read by meeting (see BY_MEETING). */
  meetingId?: number;
}

// The index's text must not carry the snippet markers (U+0001, U+0002) or other control characters.
const CONTROL = /[\p{Cc}]+/gu;
export function indexText(parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p && !!p.trim()).join("\n").replace(CONTROL, " ");
}

/** The filter tokens a document carries in its tags column. */
export function tagsOf(doc: SearchDocument): string {
  const year = yearOf(doc.date);
  return [
    filterToken.kind(doc.kind), doc.committee ? filterToken.committee(doc.committee.id) : "", year ? filterToken.year(year) : "",
    doc.meetingId ? filterToken.meeting(doc.meetingId) : "",
  ].filter(Boolean).join(" ");
}

export function yearOf(date: string | null): number | null {
  const m = date?.match(/^(\d{4})-/);
  return m ? Number(m[1]) : null;
}

function inMeeting(column: Parameters<typeof eq>[0], scope: SearchScope): SQL | undefined {
  return scope.meetingId != null ? eq(column, scope.meetingId) : undefined;
}

function inCommittee(column: Parameters<typeof eq>[0], scope: SearchScope): SQL {
  return scope.committeeId === null ? isNull(column) : eq(column, scope.committeeId);
}

const CHUNK = 400;
async function byIds<T>(ids: number[], load: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await load(ids.slice(i, i + CHUNK))));
  return out;
}
function groupBy<T>(rows: T[], key: (r: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

const committeeCols = { committeeId: t.committees.id, committeeSlug: t.committees.slug, committeeName: t.committees.name };
type CommitteeCols = { committeeId: number; committeeSlug: string; committeeName: string };
const committeeOf = (r: CommitteeCols) => ({ id: r.committeeId, slug: r.committeeSlug, name: r.committeeName });
const title = (text: string, committee: string) => readableCase(text, { properNames: [committee] });

/** A table section or list as searchable text. */
function sectionText(s: { text: string | null; data: unknown }): string {
  const data = s.data as string[] | { header?: string[]; rows?: string[][] } | null;
  if (Array.isArray(data)) return [s.text ?? "", ...data].join("\n");
  if (data && typeof data === "object") return [s.text ?? "", ...(data.header ?? []), ...(data.rows ?? []).flat()].join(" ");
  return s.text ?? "";
}

async function committeeDocs(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  if (scope.committeeId === null) return [];
  const rows = await db.select().from(t.committees).where(and(isPublic.committee, eq(t.committees.id, scope.committeeId)));
  return rows.map((c) => ({
    kind: "committee", recordId: c.id, title: c.name, body: indexText([c.shortName, c.description]), url: `/committees/${c.slug}`,
    context: null, committee: { id: c.id, slug: c.slug, name: c.name }, date: null,
  }));
}

async function reportDocs(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  if (scope.committeeId === null) return [];
  const rows = await db
    .select({ id: t.reports.id, slug: t.reports.slug, title: t.reports.title, purpose: t.reports.purpose, fromText: t.reports.fromText,
      lead: t.reports.recommendationLeadIn, date: t.meetings.meetingDate, meetingId: t.meetings.id, ...committeeCols })
    .from(t.reports).innerJoin(t.meetings, eq(t.meetings.id, t.reports.meetingId)).innerJoin(t.committees, eq(t.committees.id, t.meetings.committeeId))
    .where(and(isPublic.report, eq(t.committees.id, scope.committeeId), inMeeting(t.meetings.id, scope)));
  const ids = rows.map((r) => r.id);
  const recs = groupBy(await byIds(ids, (c) => db.select({ reportId: t.recommendations.reportId, label: t.recommendations.label, text: t.recommendations.text })
    .from(t.recommendations).where(inArray(t.recommendations.reportId, c)).orderBy(asc(t.recommendations.sortOrder), asc(t.recommendations.id))), (r) => r.reportId);
  const sections = groupBy(await byIds(ids, (c) => db.select({ reportId: t.reportSections.reportId, text: t.reportSections.text, data: t.reportSections.data })
    .from(t.reportSections).where(inArray(t.reportSections.reportId, c)).orderBy(asc(t.reportSections.sortOrder), asc(t.reportSections.id))), (r) => r.reportId);
  return rows.map((r) => ({
    kind: "report", recordId: r.id, title: title(r.title, r.committeeName), url: `/reports/${r.slug}`,
    body: indexText([r.purpose, r.lead, ...(recs.get(r.id) ?? []).map((x) => x.text), ...(sections.get(r.id) ?? []).map(sectionText), r.fromText]),
    context: `Report to the meeting on ${formatDate(r.date)}`, committee: committeeOf(r), date: r.date, meetingId: r.meetingId,
  }));
}

async function minuteDocs(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  if (scope.committeeId === null) return [];
  const rows = await db
    .select({ id: t.minuteEntries.id, minuteNumber: t.minuteEntries.minuteNumber, numberLabel: t.minuteEntries.numberLabel, sortOrder: t.minuteEntries.sortOrder,
      title: t.minuteEntries.title, body: t.minuteEntries.body, meetingSlug: t.meetings.slug, date: t.meetings.meetingDate, meetingId: t.meetings.id, ...committeeCols })
    .from(t.minuteEntries).innerJoin(t.minutes, eq(t.minutes.id, t.minuteEntries.minutesId)).innerJoin(t.meetings, eq(t.meetings.id, t.minutes.meetingId))
    .innerJoin(t.committees, eq(t.committees.id, t.meetings.committeeId))
    .where(and(isPublic.minuteEntry, eq(t.committees.id, scope.committeeId), inMeeting(t.meetings.id, scope)));
  return rows.map((r) => {
    const ref = minuteRef(r);
    return {
      kind: "minute", recordId: r.id, title: title(r.title, r.committeeName), body: indexText([r.body]), url: `/meetings/${r.meetingSlug}#${ref.anchor}`,
      context: `${minuteName(ref)} of the meeting on ${formatDate(r.date)}`, committee: committeeOf(r), date: r.date, meetingId: r.meetingId,
    };
  });
}

async function decisionDocs(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  if (scope.committeeId === null) return [];
  const rows = await db
    .select({ id: t.resolutions.id, slug: t.resolutions.slug, preamble: t.resolutions.preamble, text: t.resolutions.text, minuteTitle: t.minuteEntries.title,
      date: t.meetings.meetingDate, meetingId: t.meetings.id, ...committeeCols })
    .from(t.resolutions).innerJoin(t.minuteEntries, eq(t.minuteEntries.id, t.resolutions.minuteEntryId))
    .innerJoin(t.minutes, eq(t.minutes.id, t.minuteEntries.minutesId)).innerJoin(t.meetings, eq(t.meetings.id, t.minutes.meetingId))
    .innerJoin(t.committees, eq(t.committees.id, t.meetings.committeeId))
    .where(and(isPublic.resolution, eq(t.committees.id, scope.committeeId), inMeeting(t.meetings.id, scope)));
  const parts = groupBy(await byIds(rows.map((r) => r.id), (c) => db.select({ resolutionId: t.resolutionParts.resolutionId, text: t.resolutionParts.text })
    .from(t.resolutionParts).where(inArray(t.resolutionParts.resolutionId, c)).orderBy(asc(t.resolutionParts.sortOrder), asc(t.resolutionParts.id))), (r) => r.resolutionId);
  return rows.map((r) => ({
    kind: "decision", recordId: r.id, title: title(r.minuteTitle, r.committeeName), url: `/decisions/${r.slug}`,
    body: indexText([r.preamble, r.text, ...(parts.get(r.id) ?? []).map((p) => p.text)]),
    context: `Decision of the meeting on ${formatDate(r.date)}`, committee: committeeOf(r), date: r.date, meetingId: r.meetingId,
  }));
}

async function actionDocs(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  if (scope.committeeId === null) return [];
  const rows = await db
    .select({ id: t.actions.id, slug: t.actions.slug, description: t.actions.description, itemTitle: t.actions.itemTitle, responsible: t.actions.responsible,
      status: t.actions.status, minuteNumber: t.actions.minuteNumber, date: t.actions.originMeetingDate, ...committeeCols })
    .from(t.actions).innerJoin(t.committees, eq(t.committees.id, t.actions.committeeId))
    .where(and(isPublic.action, eq(t.committees.id, scope.committeeId)));
  const updates = groupBy(await byIds(rows.map((r) => r.id), (c) => db.select({ actionId: t.actionUpdates.actionId, comment: t.actionUpdates.comment, status: t.actionUpdates.status })
    .from(t.actionUpdates).where(inArray(t.actionUpdates.actionId, c)).orderBy(asc(t.actionUpdates.id))), (r) => r.actionId);
  return rows.map((r) => ({
    kind: "action", recordId: r.id, title: r.description, url: `/actions/${r.slug}`,
    body: indexText([r.itemTitle, r.responsible, r.status, ...(updates.get(r.id) ?? []).flatMap((u) => [u.status, u.comment])]),
    context: r.itemTitle ? `Action on ${title(r.itemTitle, r.committeeName)}` : "Action", committee: committeeOf(r), date: r.date,
  }));
}

/** Anchors as the strategy page numbers them: "action-1-4", a second "1.4" becomes "action-1-4-2". */
function strategyAnchors(refs: string[]): string[] {
  const seen = new Set<string>();
  return refs.map((ref) => {
    const base = `action-${ref.replace(/[^A-Za-z0-9]+/g, "-")}`;
    let anchor = base;
    for (let n = 2; seen.has(anchor); n++) anchor = `${base}-${n}`;
    seen.add(anchor);
    return anchor;
  });
}

async function strategyActionDocs(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  if (scope.committeeId === null) return [];
  const rows = await db
    .select({ id: t.strategyActions.id, strategyId: t.strategies.id, ref: t.strategyActions.ref, description: t.strategyActions.description,
      lead: t.strategyActions.leadOfficer, resources: t.strategyActions.resources, risks: t.strategyActions.risks, outputs: t.strategyActions.outputs,
      route: t.strategyActions.decisionRoute, strategySlug: t.strategies.slug, strategyTitle: t.strategies.title, date: t.meetings.meetingDate,
      meetingId: t.meetings.id, ...committeeCols })
    .from(t.strategyActions).innerJoin(t.strategies, eq(t.strategies.id, t.strategyActions.strategyId))
    .innerJoin(t.meetings, eq(t.meetings.id, t.strategies.meetingId)).innerJoin(t.committees, eq(t.committees.id, t.strategies.committeeId))
    .where(and(isPublic.strategy, eq(t.committees.id, scope.committeeId), inMeeting(t.meetings.id, scope)))
    .orderBy(asc(t.strategyActions.strategyId), asc(t.strategyActions.sortOrder), asc(t.strategyActions.id));
  const docs: SearchDocument[] = [];
  for (const group of groupBy(rows, (r) => r.strategyId).values()) {
    const anchors = strategyAnchors(group.map((r) => r.ref));
    group.forEach((r, i) => docs.push({
      kind: "strategy-action", recordId: r.id, title: `${r.ref} ${r.description}`, url: `/strategies/${r.strategySlug}#${anchors[i]}`,
      body: indexText([r.lead, r.resources, r.risks, r.outputs, r.route]),
      context: `Action ${r.ref} of ${title(r.strategyTitle, r.committeeName)}`, committee: committeeOf(r), date: r.date, meetingId: r.meetingId,
    }));
  }
  return docs;
}

async function planDocs(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  if (scope.committeeId === null) return [];
  const rows = await db
    .select({ id: t.agendaPlanEntries.id, item: t.agendaPlanEntries.item, lead: t.agendaPlanEntries.leadOfficer, ref: t.agendaPlanEntries.keyDecisionRef,
      planned: t.agendaPlanEntries.meetingDate, plannedAsPrinted: t.agendaPlanEntries.meetingDateAsPrinted, packDate: t.meetings.meetingDate,
      meetingId: t.meetings.id, meetingSlug: t.meetings.slug, ...committeeCols })
    .from(t.agendaPlanEntries).innerJoin(t.meetings, eq(t.meetings.id, t.agendaPlanEntries.publishedWithMeetingId))
    .innerJoin(t.committees, eq(t.committees.id, t.agendaPlanEntries.committeeId))
    .where(and(isPublic.agendaPlanEntry, eq(t.committees.id, scope.committeeId), inMeeting(t.meetings.id, scope)));
  return rows.map((r) => ({
    kind: "plan", recordId: r.id, title: title(r.item, r.committeeName),
    // The plan as printed with that meeting's papers (lib/queries/plans.ts planPath; not imported: server-only).
    url: `/forward-plan/${r.meetingSlug}`,
    body: indexText([r.lead, r.ref ? `Key decision ${r.ref}` : null, r.plannedAsPrinted]),
    context: `Planned for ${r.planned ? formatDate(r.planned) : r.plannedAsPrinted ?? "a later meeting"} (agenda plan of ${formatDate(r.packDate, { weekday: false })})`,
    committee: committeeOf(r), date: r.planned ?? r.packDate, meetingId: r.meetingId,
  }));
}

async function budgetLineDocs(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  if (scope.committeeId === null) return [];
  const values = await db
    .select({ lineId: t.budgetLines.id, name: t.budgetLines.name, table: t.budgetLineValues.tableName, printed: t.budgetLineValues.lineAsPrinted,
      date: t.meetings.meetingDate, ...committeeCols })
    .from(t.budgetLineValues).innerJoin(t.budgetLines, eq(t.budgetLines.id, t.budgetLineValues.budgetLineId))
    .innerJoin(t.meetings, eq(t.meetings.id, t.budgetLineValues.meetingId)).innerJoin(t.committees, eq(t.committees.id, t.budgetLines.committeeId))
    .where(and(isPublic.budgetLineValue, isPublic.committee, eq(t.committees.id, scope.committeeId)));
  return [...groupBy(values, (v) => v.lineId).values()].map((vs) => {
    const v = vs[0];
    const latest = vs.reduce((a, b) => (b.date > a ? b.date : a), v.date);
    return {
      kind: "budget-line", recordId: v.lineId, title: v.name, url: `/funding/lines/${budgetLineSlug(v.lineId, v.name)}`,
      body: indexText([...new Set(vs.flatMap((x) => [x.table, x.printed]))]),
      context: `Budget line in ${vs.length} finance table${vs.length === 1 ? "" : "s"}`, committee: committeeOf(v), date: latest,
    };
  });
}

async function outsideBodyDocs(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  const rows = await db
    .select({ id: t.outsideBodies.id, slug: t.outsideBodies.slug, name: t.outsideBodies.name, description: t.outsideBodies.description,
      reps: t.outsideBodies.repsAppointed, committeeId: t.committees.id, committeeSlug: t.committees.slug, committeeName: t.committees.name })
    // A draft committee is not named (nor offered as a filter) beside a public body it appoints to.
    .from(t.outsideBodies).leftJoin(t.committees, and(eq(t.committees.id, t.outsideBodies.appointingCommitteeId), isPublic.committee))
    .where(and(isPublic.outsideBody, inCommittee(t.outsideBodies.appointingCommitteeId, scope)));
  const appointees = groupBy(await byIds(rows.map((r) => r.id), (c) => db.select({ bodyId: t.appointments.outsideBodyId, name: t.appointments.nameAsPrinted })
    .from(t.appointments).where(inArray(t.appointments.outsideBodyId, c))), (r) => r.bodyId);
  return rows.map((r) => ({
    kind: "outside-body", recordId: r.id, title: r.name, url: `/outside-bodies/${r.slug}`,
    body: indexText([r.description, r.reps, ...new Set((appointees.get(r.id) ?? []).map((a) => a.name))]),
    context: "Outside body", committee: r.committeeId !== null ? { id: r.committeeId, slug: r.committeeSlug!, name: r.committeeName! } : null, date: null,
  }));
}

async function personDocs(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  if (scope.committeeId !== null) return [];
  const rows = await db.select().from(t.people).where(isPublic.person);
  const ids = rows.map((r) => r.id);
  const posts = groupBy(await byIds(ids, (c) => db.select({ personId: t.posts.personId, title: t.posts.title, organisation: t.posts.organisation })
    .from(t.posts).where(inArray(t.posts.personId, c))), (r) => r.personId);
  const aliases = groupBy(await byIds(ids, (c) => db.select({ personId: t.personAliases.personId, alias: t.personAliases.alias })
    .from(t.personAliases).where(inArray(t.personAliases.personId, c))), (r) => r.personId);
  return rows.map((p) => ({
    kind: "person", recordId: p.id, title: p.fullName, url: `/people/${p.slug}`,
    body: indexText([p.honorific, p.party, ...(posts.get(p.id) ?? []).flatMap((x) => [x.title, x.organisation]), ...(aliases.get(p.id) ?? []).map((a) => a.alias)]),
    context: [p.isCouncillor ? "Councillor" : "Officer", p.party].filter(Boolean).join(", "), committee: null, date: null,
  }));
}

const LOADERS: Record<SearchKind, (db: Reader, scope: SearchScope) => Promise<SearchDocument[]>> = {
  committee: committeeDocs, report: reportDocs, minute: minuteDocs, decision: decisionDocs, action: actionDocs,
  "strategy-action": strategyActionDocs, plan: planDocs, "budget-line": budgetLineDocs, "outside-body": outsideBodyDocs, person: personDocs,
};

/** The kinds re-read with a meeting (budget lines whole: see SearchScope); every other kind with its committee (or `kinds`). */
export const BY_MEETING: ReadonlySet<SearchKind> = new Set(["report", "minute", "decision", "plan", "strategy-action", "budget-line"]);

/** Every public record of one scope, as search documents. */
export async function loadSearchDocuments(db: Reader, scope: SearchScope): Promise<SearchDocument[]> {
  const out: SearchDocument[] = [];
  for (const kind of SEARCH_KINDS) {
    if (scope.meetingId != null && !BY_MEETING.has(kind)) continue;
    if (scope.kinds && !scope.kinds.includes(kind)) continue;
    out.push(...(await LOADERS[kind](db, scope)));
  }
  return out;
}

/**
 * The dashboard's record kinds (lib/mutations/record-types.ts) whose rows the documents above are
 * built from: a change to one of these re-reads its scope; a change to any other kind (an
 * attendance line, a footnote) leaves the index alone.
 */
export const INDEXED_RECORD_KINDS: ReadonlySet<string> = new Set([
  "committee", "meeting", "report", "recommendation", "minutes", "minute_entry", "resolution", "resolution_part", "action", "action_update",
  "agenda_plan_entry", "strategy", "strategy_action", "budget_line", "budget_line_value", "outside_body", "appointment", "person",
  "person_alias", "post",
]);

/**
 * The kinds of document a record kind that sits outside any meeting feeds: its change re-reads
 * those kinds of its committee (or of the shared scope), not every document of it. A record kind
 * not listed (a committee, whose publication hides all of it) re-reads its whole scope.
 */
export const SEARCH_KINDS_OF_RECORD: Readonly<Record<string, readonly SearchKind[]>> = {
  action: ["action"], action_update: ["action"], outside_body: ["outside-body"], appointment: ["outside-body"],
  budget_line: ["budget-line"], budget_line_value: ["budget-line"], agenda_plan_entry: ["plan"],
  strategy: ["strategy-action"], strategy_action: ["strategy-action"],
};
