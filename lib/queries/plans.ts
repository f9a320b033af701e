import "server-only";
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { db, type Database } from "@/lib/db";
import { agendaPlanEntries, committees, meetings } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedPagedQuery, cachedQuery, cachedRecord } from "@/lib/queries/cached";
import { countListRows, listConditions } from "@/lib/queries/list-counts";
import { pageSlice } from "@/lib/pagination/page-model";
import { readerFlagsAt } from "@/lib/queries/import-notes";
import { isPublic } from "@/lib/queries/visibility";

export interface PlanEntryView {
  item: string;
  leadOfficer: string | null;
  /** The forward plan reference when the plan marks the item as a key decision. */
  keyDecisionRef: string | null;
  draftDeadline: string | null;
  despatchDate: string | null;
}

export interface PlannedMeeting {
  /** ISO date, or null when the plan's date could not be read (then `dateAsPrinted` is shown). */
  date: string | null;
  dateAsPrinted: string | null;
  isReserve: boolean;
  isProvisional: boolean;
  entries: PlanEntryView[];
  /** The meeting's own page, when that meeting is in the database. */
  meetingSlug: string | null;
  /** Plain-words flags where the plan's rows for this date could not be read with certainty. */
  flags: string[];
}

/** An agenda plan as one pack printed it: the meeting whose pack carried it. */
export interface PlanEdition {
  committee: { name: string; slug: string };
  /** The meeting whose agenda pack printed the plan; its slug is the plan's address, /forward-plan/<slug>. */
  printedWith: { slug: string; date: string };
  itemCount: number;
}

export interface CommitteePlan {
  committee: { name: string; slug: string };
  /** The pack whose agenda plan this is. */
  publishedWith: { slug: string; date: string };
  meetings: PlannedMeeting[];
  /** The same committee's plans printed in earlier packs, newest first. */
  earlier: PlanEdition[];
  /** The committee's newest plan, when this one has been replaced by it (null: this is the newest). */
  newest: PlanEdition | null;
}

/** A key decision reference is a real reference ("2018/052"), not a placeholder ("Not applicable", "N/A"). */
export function isKeyDecisionRef(ref: string | null | undefined): ref is string {
  const s = ref?.trim();
  if (!s) return false;
  return !/^(n\/?a|not applicable|none|no|-+|–)$/i.test(s);
}

/** The address of the plan a meeting's pack printed. */
export const planPath = (meetingSlug: string) => `/forward-plan/${meetingSlug}`;

/** Every public agenda plan ever printed, by committee, newest pack first. */
export async function listPlanEditions(database: Database = db): Promise<PlanEdition[]> {
  return toEditions(await selectEditions(database, isPublic.agendaPlanEntry).orderBy(asc(committees.name), desc(meetings.meetingDate)));
}

function selectEditions(database: Database, where: SQL) {
  return database
    .select({
      committeeName: committees.name, committeeSlug: committees.slug, meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
      itemCount: count(agendaPlanEntries.id),
    })
    .from(agendaPlanEntries)
    .innerJoin(meetings, eq(meetings.id, agendaPlanEntries.publishedWithMeetingId))
    .innerJoin(committees, eq(committees.id, agendaPlanEntries.committeeId))
    .where(where)
    .groupBy(committees.id, meetings.id);
}

function toEditions(rows: Awaited<ReturnType<typeof selectEditions>>): PlanEdition[] {
  return rows.map((r) => ({
    committee: { name: r.committeeName, slug: r.committeeSlug },
    printedWith: { slug: r.meetingSlug, date: r.meetingDate },
    itemCount: Number(r.itemCount),
  }));
}

export interface PlanEditionsPage { total: number; editions: PlanEdition[] }

/** One page of the plans a committee's packs printed, newest pack first. */
export const listCommitteePlanEditionsPage = cachedPagedQuery(
  "listCommitteePlanEditionsPage", [cacheTags.plans, cacheTags.meetings],
  async (page: number = 1, committeeSlug: string = ""): Promise<PlanEditionsPage> => {
    const { limit, offset } = pageSlice(page);
    const [total, rows] = await Promise.all([
      countListRows("committee-plans", committeeSlug),
      selectEditions(db, listConditions("committee-plans", committeeSlug)).orderBy(desc(meetings.meetingDate), asc(meetings.id)).limit(limit).offset(offset),
    ]);
    return { total, editions: toEditions(rows) };
  },
);

/** The forward plan of each committee, as printed in its newest pack, grouped by committee date. */
export const listForwardPlans = cachedQuery(
  "listForwardPlans", [cacheTags.plans, cacheTags.meetings],
  async (): Promise<CommitteePlan[]> => {
    const editions = await listPlanEditions();
    // Editions run newest first within each committee: the first of each committee is its newest.
    const newest = editions.filter((e, i) => editions.findIndex((x) => x.committee.slug === e.committee.slug) === i);
    const plans = await Promise.all(newest.map((e) => loadPlan(e, editions)));
    return plans.filter((p): p is CommitteePlan => p !== null);
  },
);

/** The agenda plan printed in the pack of meeting `meetingSlug`, newest or not; null when that pack printed none that is public. */
export function getPlanPrintedWith(meetingSlug: string): Promise<CommitteePlan | null> {
  return cachedRecord("getPlanPrintedWith", meetingSlug, [cacheTags.plans, cacheTags.meetings, cacheTags.meeting(meetingSlug)], async (slug) => {
    const editions = await listPlanEditions();
    const edition = editions.find((e) => e.printedWith.slug === slug);
    return edition ? loadPlan(edition, editions) : null;
  });
}

/** One printed plan, grouped by committee date, with links to the same committee's other printings. */
async function loadPlan(edition: PlanEdition, editions: PlanEdition[]): Promise<CommitteePlan | null> {
  const [pack] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, edition.printedWith.slug)).limit(1);
  const [committee] = await db.select({ id: committees.id }).from(committees).where(eq(committees.slug, edition.committee.slug)).limit(1);
  if (!pack || !committee) return null;
  const [rows, committeeMeetings] = await Promise.all([
    db.select().from(agendaPlanEntries)
      .where(and(eq(agendaPlanEntries.committeeId, committee.id), eq(agendaPlanEntries.publishedWithMeetingId, pack.id), isPublic.agendaPlanEntry))
      .orderBy(asc(agendaPlanEntries.sortOrder), asc(agendaPlanEntries.id)),
    db.select({ slug: meetings.slug, date: meetings.meetingDate }).from(meetings)
      .where(and(eq(meetings.committeeId, committee.id), isPublic.meeting)),
  ]);
  const flags = await readerFlagsAt(rows.map((r) => ({ documentId: r.sourceDocumentId, line: r.sourceLine })));
  const groups: PlannedMeeting[] = [];
  for (const r of rows) {
    const key = r.meetingDate ?? r.meetingDateAsPrinted;
    let group = groups.find((g) => (g.date ?? g.dateAsPrinted) === key);
    if (!group) {
      group = {
        date: r.meetingDate, dateAsPrinted: r.meetingDateAsPrinted, isReserve: false, isProvisional: false, entries: [],
        meetingSlug: committeeMeetings.find((m) => m.date === r.meetingDate)?.slug ?? null, flags: [],
      };
      groups.push(group);
    }
    group.isReserve ||= r.isReserve;
    group.isProvisional ||= r.isProvisional;
    group.entries.push({
      item: r.item, leadOfficer: r.leadOfficer, keyDecisionRef: isKeyDecisionRef(r.keyDecisionRef) ? r.keyDecisionRef.trim() : null,
      draftDeadline: r.draftDeadline, despatchDate: r.despatchDate,
    });
    for (const f of flags.get(`${r.sourceDocumentId}:${r.sourceLine}`) ?? []) if (!group.flags.includes(f)) group.flags.push(f);
  }
  const sameCommittee = editions.filter((e) => e.committee.slug === edition.committee.slug);
  const newest = sameCommittee[0];
  return {
    committee: edition.committee,
    publishedWith: edition.printedWith,
    meetings: groups,
    earlier: sameCommittee.filter((e) => e.printedWith.date < edition.printedWith.date),
    newest: newest && newest.printedWith.slug !== edition.printedWith.slug ? newest : null,
  };
}

/** The addresses of every printed plan (for static generation). */
export const listPlanEditionSlugs = cachedQuery(
  "listPlanEditionSlugs", [cacheTags.plans, cacheTags.meetings],
  async (): Promise<string[]> => (await listPlanEditions()).map((e) => e.printedWith.slug),
);
