import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, like, or, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import {
  actions, agendaItems, attendance, committees, meetings, minuteEntries, minutes, people, recommendations, reports, resolutionParts, resolutions,
} from "@/lib/db/schema";
import { papersHref } from "@/lib/papers/paths";
import { cacheTags } from "@/lib/cache-tags";
import { minuteRef, type MinuteRef } from "@/lib/minute-label";
import { cachedPagedQuery, cachedQuery, cachedRecord } from "@/lib/queries/cached";
import { pageSlice } from "@/lib/pagination/page-model";
import { isPublic, joinPublic } from "@/lib/queries/visibility";

/** Someone the minutes record at a meeting, linked to their page when it is public. */
export interface MeetingAttendee {
  name: string;
  slug: string | null;
  isCouncillor: boolean;
  role: string | null;
  substitutingFor: string | null;
}

export type ResolutionOutcome = "unanimous" | "majority" | "carried" | "lost";
/** Filter values for the outcome: the stored outcomes plus "none" for resolutions with no vote recorded. */
export const OUTCOME_FILTERS = ["unanimous", "majority", "carried", "lost", "none"] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];

export interface ResolutionView {
  slug: string;
  preamble: string | null;
  outcome: ResolutionOutcome | null;
  votesFor: number | null;
  votesAgainst: number | null;
  abstentions: number | null;
  text: string;
  /** The words before the lettered parts ("It was resolved unanimously to approve:"); the whole text when there are no parts. */
  lead: string | null;
  parts: { label: string | null; text: string }[];
}

export interface ActionLink {
  slug: string;
  description: string;
  responsible: string | null;
  status: string | null;
  isComplete: boolean;
}

/**
 * The text of a resolution before its first lettered part. The parts are stored separately, so
 * the page prints the lead once and the parts as a list, rather than the run-together text.
 */
export function resolutionLead(text: string, parts: { label: string | null }[]): string | null {
  const first = parts.find((p) => p.label)?.label;
  if (!parts.length) return text.trim() || null;
  if (!first) return null;
  const label = first.replace(/[^\w]/g, "");
  const m = new RegExp(`(^|\\s)\\(?${label}\\)\\s`).exec(text);
  if (!m) return null;
  return text.slice(0, m.index).trim() || null;
}

/** Resolutions (published) with their parts, keyed by minute entry, in the order the minutes print them. */
export async function loadResolutionViews(entryIds: number[]): Promise<Map<number, ResolutionView[]>> {
  const byEntry = new Map<number, ResolutionView[]>();
  if (!entryIds.length) return byEntry;
  const rows = await db.select().from(resolutions)
    .where(and(inArray(resolutions.minuteEntryId, entryIds), isPublic.resolution))
    .orderBy(asc(resolutions.sortOrder), asc(resolutions.id));
  const partRows = rows.length
    ? await db.select().from(resolutionParts).where(inArray(resolutionParts.resolutionId, rows.map((r) => r.id)))
        .orderBy(asc(resolutionParts.sortOrder), asc(resolutionParts.id))
    : [];
  for (const r of rows) {
    const parts = partRows.filter((p) => p.resolutionId === r.id).map((p) => ({ label: p.label, text: p.text }));
    const view: ResolutionView = {
      slug: r.slug, preamble: r.preamble, outcome: r.outcome, votesFor: r.votesFor, votesAgainst: r.votesAgainst,
      abstentions: r.abstentions, text: r.text, lead: resolutionLead(r.text, parts), parts,
    };
    byEntry.set(r.minuteEntryId, [...(byEntry.get(r.minuteEntryId) ?? []), view]);
  }
  return byEntry;
}

/**
 * Published actions each minute entry created. Actions the importer could not tie to an entry
 * are matched on their meeting and printed minute number instead.
 */
export async function loadActionLinks(
  entries: { id: number; minuteNumber: number | null; numberLabel: string | null }[],
  meetingId: number,
): Promise<Map<number, ActionLink[]>> {
  const byEntry = new Map<number, ActionLink[]>();
  if (!entries.length) return byEntry;
  const rows = await db.select().from(actions)
    .where(and(
      isPublic.action,
      or(
        inArray(actions.originMinuteEntryId, entries.map((e) => e.id)),
        and(isNull(actions.originMinuteEntryId), eq(actions.originMeetingId, meetingId)),
      ),
    ))
    .orderBy(asc(actions.id));
  for (const a of rows) {
    const entry = entries.find((e) => e.id === a.originMinuteEntryId)
      ?? (a.originMinuteEntryId === null && a.minuteNumber?.trim()
        ? entries.find((e) => (e.minuteNumber !== null && String(e.minuteNumber) === a.minuteNumber!.trim()) || e.numberLabel?.trim() === a.minuteNumber!.trim())
        : undefined);
    if (!entry) continue;
    const link: ActionLink = { slug: a.slug, description: a.description, responsible: a.responsible, status: a.status, isComplete: a.isComplete };
    byEntry.set(entry.id, [...(byEntry.get(entry.id) ?? []), link]);
  }
  return byEntry;
}

// ───────────────────────────── the decisions list ─────────────────────────────

export interface DecisionListEntry {
  slug: string;
  meeting: { slug: string; date: string };
  committee: { name: string; slug: string };
  minuteNumber: number | null;
  /** The minute as printed ("52", "93/18"); null when unnumbered. */
  minuteLabel: string | null;
  /** Fragment id of the minute on its meeting's page. */
  minuteAnchor: string;
  minuteTitle: string;
  outcome: ResolutionOutcome | null;
  votesFor: number | null;
  votesAgainst: number | null;
  abstentions: number | null;
  text: string;
  partCount: number;
  report: { slug: string; title: string } | null;
}

function selectDecisionRows() {
  return db
    .select({
      id: resolutions.id, slug: resolutions.slug, outcome: resolutions.outcome, votesFor: resolutions.votesFor,
      votesAgainst: resolutions.votesAgainst, abstentions: resolutions.abstentions, text: resolutions.text,
      minuteEntryId: resolutions.minuteEntryId,
      minuteNumber: minuteEntries.minuteNumber, numberLabel: minuteEntries.numberLabel, sortOrder: minuteEntries.sortOrder, minuteTitle: minuteEntries.title,
      meetingSlug: meetings.slug, meetingDate: meetings.meetingDate, committeeName: committees.name, committeeSlug: committees.slug,
      reportSlug: reports.slug, reportTitle: reports.title,
    })
    .from(resolutions)
    .innerJoin(minuteEntries, eq(minuteEntries.id, resolutions.minuteEntryId))
    .innerJoin(minutes, eq(minutes.id, minuteEntries.minutesId))
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .leftJoin(reports, joinPublic.report(minuteEntries.reportId));
}

const DECISION_ORDER = [
  desc(meetings.meetingDate), asc(committees.name), asc(minuteEntries.minuteNumber), asc(minuteEntries.sortOrder), asc(resolutions.sortOrder), asc(resolutions.id),
];

async function toDecisionEntries(rows: Awaited<ReturnType<typeof selectDecisionRows>>): Promise<DecisionListEntry[]> {
  const partCounts = new Map<number, number>();
  if (rows.length) {
    const parts = await db.select({ resolutionId: resolutionParts.resolutionId }).from(resolutionParts)
      .where(inArray(resolutionParts.resolutionId, rows.map((r) => r.id)));
    for (const p of parts) partCounts.set(p.resolutionId, (partCounts.get(p.resolutionId) ?? 0) + 1);
  }
  return rows.map((r) => ({
    slug: r.slug, meeting: { slug: r.meetingSlug, date: r.meetingDate }, committee: { name: r.committeeName, slug: r.committeeSlug },
    minuteNumber: r.minuteNumber, minuteLabel: minuteRef(r).label, minuteAnchor: minuteRef(r).anchor, minuteTitle: r.minuteTitle,
    outcome: r.outcome, votesFor: r.votesFor,
    votesAgainst: r.votesAgainst, abstentions: r.abstentions, text: r.text, partCount: partCounts.get(r.id) ?? 0,
    report: r.reportSlug ? { slug: r.reportSlug, title: r.reportTitle ?? r.reportSlug } : null,
  }));
}

/** Every published resolution, newest meeting first, then in minute order (the home page and feeds). */
export const listPublishedDecisions = cachedQuery(
  "listPublishedDecisions", [cacheTags.decisions, cacheTags.minutes, cacheTags.meetings, cacheTags.reports],
  async (): Promise<DecisionListEntry[]> => toDecisionEntries(await selectDecisionRows().where(isPublic.resolution).orderBy(...DECISION_ORDER)),
);

export interface DecisionsPage {
  total: number;
  decisions: DecisionListEntry[];
  /** For each decision on the page: its place among its minute's decisions ("decision 2 of 3"). */
  positions: Record<string, { position: number; of: number }>;
  /** The newest decision's meeting date of the whole list, unfiltered. */
  newestDecisionDate: string | null;
}

/**
 * One page of the decisions list, filtered in SQL by committee, year and outcome ("" for none),
 * with LIMIT/OFFSET and a COUNT: never every decision to show fifty.
 */
export const listDecisionsPage = cachedPagedQuery(
  "listDecisionsPage", [cacheTags.decisions, cacheTags.minutes, cacheTags.meetings, cacheTags.reports],
  async (committee: string = "", year: string = "", outcome: string = "", page: number = 1): Promise<DecisionsPage> => {
    const where = and(
      isPublic.resolution,
      committee ? eq(committees.slug, committee) : undefined,
      year ? like(meetings.meetingDate, `${year}-%`) : undefined,
      outcome === "none" ? isNull(resolutions.outcome) : outcome ? eq(resolutions.outcome, outcome as ResolutionOutcome) : undefined,
    );
    const { limit, offset } = pageSlice(page);
    const [[{ n: total }], rows, [newest]] = await Promise.all([
      db.select({ n: count() }).from(resolutions)
        .innerJoin(minuteEntries, eq(minuteEntries.id, resolutions.minuteEntryId))
        .innerJoin(minutes, eq(minutes.id, minuteEntries.minutesId))
        .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
        .innerJoin(committees, eq(committees.id, meetings.committeeId))
        .where(where),
      selectDecisionRows().where(where).orderBy(...DECISION_ORDER).limit(limit).offset(offset),
      selectDecisionRows().where(isPublic.resolution).orderBy(...DECISION_ORDER).limit(1),
    ]);
    const entryIds = [...new Set(rows.map((r) => r.minuteEntryId))];
    const siblings = entryIds.length
      ? await db.select({ slug: resolutions.slug, minuteEntryId: resolutions.minuteEntryId }).from(resolutions)
        .where(and(inArray(resolutions.minuteEntryId, entryIds), isPublic.resolution))
        .orderBy(asc(resolutions.sortOrder), asc(resolutions.id))
      : [];
    const positions: DecisionsPage["positions"] = {};
    for (const id of entryIds) {
      const own = siblings.filter((x) => x.minuteEntryId === id);
      own.forEach((x, i) => { positions[x.slug] = { position: i + 1, of: own.length }; });
    }
    return { total, decisions: await toDecisionEntries(rows), positions, newestDecisionDate: newest?.meetingDate ?? null };
  },
);

/** The choices the filter form offers, read in SQL: committees, years and outcomes some public decision has. */
export const listDecisionFilterOptions = cachedQuery(
  "listDecisionFilterOptions", [cacheTags.decisions, cacheTags.minutes, cacheTags.meetings],
  async (): Promise<DecisionFilterOptions> => {
    const rows = await db.selectDistinct({
      slug: committees.slug, name: committees.name, year: sql<string>`substr(${meetings.meetingDate}, 1, 4)`, outcome: resolutions.outcome,
    })
      .from(resolutions)
      .innerJoin(minuteEntries, eq(minuteEntries.id, resolutions.minuteEntryId))
      .innerJoin(minutes, eq(minutes.id, minuteEntries.minutesId))
      .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(isPublic.resolution);
    return optionsFrom(rows.map((r) => ({ committee: { slug: r.slug, name: r.name }, year: r.year, outcome: r.outcome })));
  },
);

/** Every public decision's slug, for generateStaticParams: one column, not the whole list (over 2 MB on a large council, too big for Next's data cache). */
export async function listDecisionSlugs(): Promise<string[]> {
  const rows = await db.select({ slug: resolutions.slug }).from(resolutions)
    .innerJoin(minuteEntries, eq(minuteEntries.id, resolutions.minuteEntryId))
    .innerJoin(minutes, eq(minutes.id, minuteEntries.minutesId))
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .where(isPublic.resolution)
    .orderBy(desc(meetings.meetingDate), asc(resolutions.id));
  return rows.map((r) => r.slug);
}

export interface DecisionFilters {
  committee?: string;
  year?: string;
  outcome?: OutcomeFilter;
}

export interface DecisionFilterOptions {
  committees: { slug: string; name: string }[];
  years: string[];
  outcomes: OutcomeFilter[];
}

/** The choices the filter form offers: only values some decision has. */
export function decisionFilterOptions(list: DecisionListEntry[]): DecisionFilterOptions {
  return optionsFrom(list.map((d) => ({ committee: d.committee, year: d.meeting.date.slice(0, 4), outcome: d.outcome })));
}

function optionsFrom(rows: { committee: { slug: string; name: string }; year: string; outcome: ResolutionOutcome | null }[]): DecisionFilterOptions {
  const committeesSeen = new Map<string, string>();
  const years = new Set<string>();
  const outcomes = new Set<OutcomeFilter>();
  for (const d of rows) {
    committeesSeen.set(d.committee.slug, d.committee.name);
    years.add(d.year);
    outcomes.add(d.outcome ?? "none");
  }
  return {
    committees: [...committeesSeen].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name)),
    years: [...years].sort().reverse(),
    outcomes: OUTCOME_FILTERS.filter((o) => outcomes.has(o)),
  };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** Read the filter form's query string; values that match no option are ignored rather than failing. */
export function parseDecisionFilters(params: SearchParams, options: DecisionFilterOptions): DecisionFilters {
  const one = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  };
  const committee = one("committee");
  const year = one("year");
  const outcome = one("outcome");
  return {
    committee: committee && options.committees.some((c) => c.slug === committee) ? committee : undefined,
    year: year && /^\d{4}$/.test(year) && options.years.includes(year) ? year : undefined,
    outcome: outcome && (OUTCOME_FILTERS as readonly string[]).includes(outcome) ? (outcome as OutcomeFilter) : undefined,
  };
}

export function filterDecisions(list: DecisionListEntry[], f: DecisionFilters): DecisionListEntry[] {
  return list.filter((d) =>
    (!f.committee || d.committee.slug === f.committee)
    && (!f.year || d.meeting.date.startsWith(`${f.year}-`))
    && (!f.outcome || (d.outcome ?? "none") === f.outcome));
}

// ───────────────────────────── one decision ─────────────────────────────

export interface DecisionDetail extends ResolutionView {
  /** 1-based position among the minute's resolutions, and how many it has. */
  position: number;
  siblingCount: number;
  siblings: { slug: string; position: number }[];
  minute: MinuteRef & { title: string };
  meeting: {
    slug: string; date: string; committee: { name: string; slug: string };
    startTime: string | null; venue: string | null; isVirtual: boolean;
  };
  report: {
    slug: string; title: string;
    /** What the officers asked the committee to decide. */
    recommendationLeadIn: string | null;
    recommendations: { label: string | null; text: string }[];
    agendaItem: { number: string; papersHref: string | null } | null;
  } | null;
  actions: ActionLink[];
  /** Who the minutes record as present (the members who could vote) and who sent apologies. */
  present: MeetingAttendee[];
  apologies: MeetingAttendee[];
}

/** One published resolution's page; null when it is not public. */
export function getDecisionBySlug(slug: string): Promise<DecisionDetail | null> {
  return cachedRecord("getDecisionBySlug", slug, [cacheTags.decision(slug)], loadDecision);
}

async function loadDecision(slug: string): Promise<DecisionDetail | null> {
  const [row] = await db
    .select({
      entryId: minuteEntries.id, minuteNumber: minuteEntries.minuteNumber, numberLabel: minuteEntries.numberLabel, sortOrder: minuteEntries.sortOrder,
      minuteTitle: minuteEntries.title,
      meetingId: meetings.id, meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
      startTime: meetings.startTime, venue: meetings.venue, isVirtual: meetings.isVirtual,
      committeeName: committees.name, committeeSlug: committees.slug, minutesId: minutes.id,
      reportId: reports.id, reportSlug: reports.slug, reportTitle: reports.title, reportLeadIn: reports.recommendationLeadIn,
      reportItemId: reports.agendaItemId,
    })
    .from(resolutions)
    .innerJoin(minuteEntries, eq(minuteEntries.id, resolutions.minuteEntryId))
    .innerJoin(minutes, eq(minutes.id, minuteEntries.minutesId))
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .leftJoin(reports, joinPublic.report(minuteEntries.reportId))
    .where(and(eq(resolutions.slug, slug), isPublic.resolution))
    .limit(1);
  if (!row) return null;
  const [views, actionLinks, recommendationRows, itemRow, attendeeRows] = await Promise.all([
    loadResolutionViews([row.entryId]),
    loadActionLinks([{ id: row.entryId, minuteNumber: row.minuteNumber, numberLabel: row.numberLabel }], row.meetingId),
    row.reportId === null ? Promise.resolve([]) : db.select({ label: recommendations.label, text: recommendations.text }).from(recommendations)
      .where(eq(recommendations.reportId, row.reportId)).orderBy(asc(recommendations.sortOrder), asc(recommendations.id)),
    row.reportItemId === null ? Promise.resolve(undefined) : db
      .select({ number: agendaItems.numberLabel, pageStart: agendaItems.pageStart, meetingSlug: meetings.slug, hasPack: meetings.sourceDocumentId })
      .from(agendaItems).innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(eq(agendaItems.id, row.reportItemId)).then((r) => r[0]),
    loadAttendees(row.minutesId),
  ]);
  const siblings = views.get(row.entryId) ?? [];
  const index = siblings.findIndex((s) => s.slug === slug);
  if (index < 0) return null;
  return {
    ...siblings[index],
    position: index + 1,
    siblingCount: siblings.length,
    siblings: siblings.map((s, i) => ({ slug: s.slug, position: i + 1 })).filter((s) => s.slug !== slug),
    minute: { ...minuteRef(row), title: row.minuteTitle },
    meeting: {
      slug: row.meetingSlug, date: row.meetingDate, committee: { name: row.committeeName, slug: row.committeeSlug },
      startTime: row.startTime, venue: row.venue, isVirtual: row.isVirtual,
    },
    report: row.reportSlug ? {
      slug: row.reportSlug, title: row.reportTitle ?? row.reportSlug, recommendationLeadIn: row.reportLeadIn,
      recommendations: recommendationRows,
      agendaItem: itemRow ? {
        number: itemRow.number,
        papersHref: itemRow.pageStart !== null && itemRow.hasPack !== null ? papersHref(itemRow.meetingSlug, itemRow.number) : null,
      } : null,
    } : null,
    actions: actionLinks.get(row.entryId) ?? [],
    present: attendeeRows.filter((a) => a.status === "present").map(({ status: _s, ...a }) => a),
    apologies: attendeeRows.filter((a) => a.status === "apologies").map(({ status: _s, ...a }) => a),
  };
}

/** The minutes' attendance, in the order printed, with links to public people's pages. */
async function loadAttendees(minutesId: number): Promise<(MeetingAttendee & { status: string })[]> {
  const rows = await db
    .select({
      status: attendance.status, nameAsPrinted: attendance.nameAsPrinted, role: attendance.roleLabel, substitutingFor: attendance.substitutingFor,
      slug: people.slug, fullName: people.fullName, isCouncillor: people.isCouncillor,
    })
    .from(attendance).leftJoin(people, joinPublic.person(attendance.personId))
    .where(eq(attendance.minutesId, minutesId)).orderBy(asc(attendance.sortOrder), asc(attendance.id));
  return rows.map((r) => ({
    status: r.status, name: r.fullName ?? r.nameAsPrinted, slug: r.slug, isCouncillor: Boolean(r.isCouncillor), role: r.role,
    substitutingFor: r.substitutingFor,
  }));
}
