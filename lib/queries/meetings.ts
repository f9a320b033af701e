import "server-only";
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, max, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import {
  agendaItems, agendaSections, attendance, committeeMemberships, committees, importIssues, importRuns, meetings,
  minuteEntries, minutes, people, reports, sourceDocuments,
} from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedPagedQuery, cachedQuery, cachedRecord } from "@/lib/queries/cached";
import { countListRows, listConditions } from "@/lib/queries/list-counts";
import { pageSlice } from "@/lib/pagination/page-model";
import { statedNextMeetingDate } from "@/lib/text/next-meeting";
import { isPublic, joinPublic } from "@/lib/queries/visibility";
import { todayIso } from "@/lib/format";
import { minuteRef, type MinuteRef } from "@/lib/minute-label";
import { loadActionLinks, loadResolutionViews, type ActionLink, type ResolutionView } from "@/lib/queries/decisions";
import { minutesLinks } from "@/lib/papers/minutes-link";
import { papersHref } from "@/lib/papers/paths";
import type { NamedLink } from "@/lib/text/links";

export type MeetingStatus = "upcoming" | "held" | "cancelled";

/** Upcoming until the day has passed; a cancelled meeting stays cancelled. */
export function meetingStatus(stored: string, date: string, today = todayIso()): MeetingStatus {
  if (stored === "cancelled") return "cancelled";
  return date >= today ? "upcoming" : "held";
}

export interface MeetingListEntry {
  slug: string;
  date: string;
  startTime: string | null;
  committee: string;
  committeeSlug: string;
  venue: string | null;
  isVirtual: boolean;
  status: MeetingStatus;
  hasAgenda: boolean;
  /** Whether the meeting's minutes are published here. */
  hasMinutes: boolean;
}

export const listPublishedMeetings = cachedQuery(
  "listPublishedMeetings", [cacheTags.meetings, cacheTags.minutes],
  async (): Promise<MeetingListEntry[]> => {
    const rows = await db
      .select({
        slug: meetings.slug, date: meetings.meetingDate, startTime: meetings.startTime, status: meetings.status,
        committee: committees.name, committeeSlug: committees.slug, venue: meetings.venue, isVirtual: meetings.isVirtual,
        sourceDocumentId: meetings.sourceDocumentId,
      })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(isPublic.meeting)
      .orderBy(desc(meetings.meetingDate), asc(committees.name));
    const withMinutes = new Set((await db.select({ slug: meetings.slug }).from(minutes)
      .innerJoin(meetings, eq(meetings.id, minutes.meetingId)).where(isPublic.minutes)).map((m) => m.slug));
    return rows.map(({ sourceDocumentId, status, ...r }) => ({
      ...r, status: meetingStatus(status, r.date), hasAgenda: sourceDocumentId !== null, hasMinutes: withMinutes.has(r.slug),
    }));
  },
);

/** Every public meeting's slug, for generateStaticParams: one column, not the whole list. */
export async function listMeetingSlugs(): Promise<string[]> {
  return (await db.select({ slug: meetings.slug }).from(meetings).where(isPublic.meeting).orderBy(desc(meetings.meetingDate))).map((m) => m.slug);
}

export interface MeetingsPage {
  total: number;
  meetings: MeetingListEntry[];
}

/**
 * One page of the meetings list, newest first: of every committee (`committeeSlug` ""), or of one
 * committee. LIMIT/OFFSET in SQL plus the list's COUNT; minutes are looked up for this page's rows only.
 */
export const listMeetingsPage = cachedPagedQuery(
  "listMeetingsPage", [cacheTags.meetings, cacheTags.minutes],
  async (page: number = 1, committeeSlug: string = ""): Promise<MeetingsPage> => {
    const list = committeeSlug ? "committee-meetings" : "meetings";
    const { limit, offset } = pageSlice(page);
    const [total, rows] = await Promise.all([
      countListRows(list, committeeSlug),
      db.select({
        id: meetings.id, slug: meetings.slug, date: meetings.meetingDate, startTime: meetings.startTime, status: meetings.status,
        committee: committees.name, committeeSlug: committees.slug, venue: meetings.venue, isVirtual: meetings.isVirtual,
        sourceDocumentId: meetings.sourceDocumentId,
      })
        .from(meetings)
        .innerJoin(committees, eq(committees.id, meetings.committeeId))
        .where(listConditions(list, committeeSlug))
        .orderBy(desc(meetings.meetingDate), asc(committees.name), asc(meetings.id))
        .limit(limit).offset(offset),
    ]);
    const withMinutes = new Set(rows.length === 0 ? [] : (await db.select({ meetingId: minutes.meetingId }).from(minutes)
      .where(and(inArray(minutes.meetingId, rows.map((r) => r.id)), isPublic.minutes))).map((m) => m.meetingId));
    return {
      total,
      meetings: rows.map(({ id, sourceDocumentId, status, ...r }) => ({
        ...r, status: meetingStatus(status, r.date), hasAgenda: sourceDocumentId !== null, hasMinutes: withMinutes.has(id),
      })),
    };
  },
);

/** Meetings still to come, soonest first, at most `limit` (the meetings list's "Coming up"). */
export const listUpcomingMeetings = cachedPagedQuery(
  "listUpcomingMeetings", [cacheTags.meetings, cacheTags.minutes],
  async (limit: number = 20): Promise<MeetingListEntry[]> => {
    const rows = await db.select({
      slug: meetings.slug, date: meetings.meetingDate, startTime: meetings.startTime, status: meetings.status,
      committee: committees.name, committeeSlug: committees.slug, venue: meetings.venue, isVirtual: meetings.isVirtual,
      sourceDocumentId: meetings.sourceDocumentId,
    })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(and(isPublic.meeting, gte(meetings.meetingDate, todayIso())))
      .orderBy(asc(meetings.meetingDate), asc(committees.name))
      .limit(limit);
    return rows
      .map(({ sourceDocumentId, status, ...r }) => ({ ...r, status: meetingStatus(status, r.date), hasAgenda: sourceDocumentId !== null, hasMinutes: false }))
      .filter((m) => m.status === "upcoming");
  },
);

/** Meetings as list entries, `where` and `order` chosen by the caller, with minutes looked up for these rows only. */
async function selectMeetingEntries(where: SQL, order: "newest" | "oldest", limit?: number): Promise<MeetingListEntry[]> {
  const query = db.select({
    id: meetings.id, slug: meetings.slug, date: meetings.meetingDate, startTime: meetings.startTime, status: meetings.status,
    committee: committees.name, committeeSlug: committees.slug, venue: meetings.venue, isVirtual: meetings.isVirtual,
    sourceDocumentId: meetings.sourceDocumentId,
  })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(and(isPublic.meeting, where))
    .orderBy(...(order === "newest" ? [desc(meetings.meetingDate), asc(committees.name)] : [asc(meetings.meetingDate), asc(committees.name)]));
  const rows = limit === undefined ? await query : await query.limit(limit);
  const withMinutes = new Set(rows.length === 0 ? [] : (await db.select({ meetingId: minutes.meetingId }).from(minutes)
    .where(and(inArray(minutes.meetingId, rows.map((r) => r.id)), isPublic.minutes))).map((m) => m.meetingId));
  return rows.map(({ id, sourceDocumentId, status, ...r }) => ({
    ...r, status: meetingStatus(status, r.date), hasAgenda: sourceDocumentId !== null, hasMinutes: withMinutes.has(id),
  }));
}

/** How many meetings are public (the home page's "All N meetings"). */
export const countPublicMeetings = cachedQuery(
  "countPublicMeetings", [cacheTags.meetings],
  (): Promise<number> => countListRows("meetings"),
);

/** The newest `limit` meetings held (or due) up to today that are not still to come: the home page's "Past meetings". */
export const listRecentMeetings = cachedPagedQuery(
  "listRecentMeetings", [cacheTags.meetings, cacheTags.minutes],
  async (limit: number = 20): Promise<MeetingListEntry[]> => {
    // A meeting today may still be to come: read a few more than asked and drop those.
    const rows = await selectMeetingEntries(lte(meetings.meetingDate, todayIso()), "newest", limit + 10);
    return rows.filter((m) => m.status !== "upcoming").slice(0, limit);
  },
);

/** Meetings dated `from` to `to` (ISO dates, inclusive), oldest first: one calendar month. */
export const listMeetingsBetween = cachedPagedQuery(
  "listMeetingsBetween", [cacheTags.meetings, cacheTags.minutes],
  async (from: string = "", to: string = ""): Promise<MeetingListEntry[]> =>
    selectMeetingEntries(and(gte(meetings.meetingDate, from), lte(meetings.meetingDate, to))!, "oldest"),
);

/**
 * The nearest meeting dates either side of a period and the newest before today, one indexed
 * LIMIT 1 each, so the calendar can point past an empty month without reading every meeting.
 */
export const meetingDatesAround = cachedPagedQuery(
  "meetingDatesAround", [cacheTags.meetings],
  async (from: string = "", to: string = "", today: string = ""): Promise<{ earlier: string | null; later: string | null; latest: { slug: string; date: string; committee: string } | null }> => {
    const one = (where: SQL, newest: boolean) => db.select({ slug: meetings.slug, date: meetings.meetingDate, committee: committees.name })
      .from(meetings).innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(and(isPublic.meeting, where))
      .orderBy(newest ? desc(meetings.meetingDate) : asc(meetings.meetingDate), asc(committees.name)).limit(1);
    const [[earlier], [later], [latest]] = await Promise.all([
      one(sql`${meetings.meetingDate} < ${from}`, true), one(sql`${meetings.meetingDate} > ${to}`, false), one(sql`${meetings.meetingDate} < ${today}`, true),
    ]);
    return { earlier: earlier?.date ?? null, later: later?.date ?? null, latest: latest ?? null };
  },
);

export interface PersonLink {
  name: string;
  slug: string;
}

export interface MeetingNeighbour {
  slug: string;
  date: string;
}

export interface MeetingDetail {
  slug: string;
  date: string;
  dateAsPrinted: string | null;
  startTime: string | null;
  endTime: string | null;
  status: MeetingStatus;
  venue: string | null;
  isVirtual: boolean;
  virtualPlatforms: string | null;
  committee: { name: string; slug: string };
  clerk: { name: string; phone: string | null; email: string | null } | null;
  members: { name: string; slug: string; role: string | null }[];
  sections: { heading: string | null; items: AgendaItemView[] }[];
  hasMinutes: boolean;
  packFileName: string | null;
  updatedAt: string;
  /** The agenda pack as a download; null for meetings known only from minutes. */
  pack: PackInfo | null;
  minutes: MinutesView | null;
  /** The committee's meetings either side of this one that are in the database. */
  previous: MeetingNeighbour | null;
  next: MeetingNeighbour | null;
  /** The next meeting's date as this meeting's agenda states it ("Date of Next Meeting - 5th July"), when it does. */
  statedNextMeeting: string | null;
}

export interface PackInfo {
  fileName: string;
  /** True when the council's PDF is held (served as the original), not only its text. */
  isPdf: boolean;
  lineCount: number;
  sizeBytes: number;
  attribution: string | null;
  href: string;
}

export interface AgendaItemView {
  number: string;
  title: string;
  pageStart: number | null;
  pageEnd: number | null;
  kind: string;
  body: string | null;
  report: { slug: string; title: string } | null;
  /** For a "minutes" item: the earlier meeting whose minutes this pack printed. */
  minutesOf: MeetingNeighbour | null;
  /** The item's pages of the pack as a page of their own; null when the pack prints no pages for it. */
  papersHref: string | null;
  /** Words in the body printed as a link whose address was lost, with where they lead now. */
  printedLinks: NamedLink[];
}

export interface AttendeeView {
  name: string;
  person: PersonLink | null;
  isCouncillor: boolean;
  role: string | null;
  substitutingFor: { name: string; person: PersonLink | null } | null;
}

export type MinuteBlock = { kind: "text"; paragraphs: string[] } | { kind: "resolution"; slug: string };

export interface MinuteEntryView extends MinuteRef {
  title: string;
  report: { slug: string; title: string } | null;
  /** The narrative with each resolution placed where the minutes print it. */
  blocks: MinuteBlock[];
  resolutions: ResolutionView[];
  actions: ActionLink[];
}

export interface MinutesView {
  startTime: string | null;
  endTime: string | null;
  /** The meeting whose agenda pack printed these minutes for approval. */
  printedIn: MeetingNeighbour | null;
  present: AttendeeView[];
  apologies: AttendeeView[];
  inAttendance: AttendeeView[];
  entries: MinuteEntryView[];
}

const packHref = (slug: string) => `/meetings/${slug}/agenda-pack.txt`;

/** A published meeting's page: agenda, papers, members, minutes and decisions; null when it is not public. */
export function getMeetingBySlug(slug: string): Promise<MeetingDetail | null> {
  return cachedRecord("getMeetingBySlug", slug, [cacheTags.meeting(slug), cacheTags.people], loadMeeting);
}

async function loadMeeting(slug: string): Promise<MeetingDetail | null> {
  const meeting = await db.query.meetings.findFirst({
    where: and(eq(meetings.slug, slug), isPublic.meeting),
    with: { committee: true },
  });
  if (!meeting) return null;
  const [sectionRows, itemRows, reportRows, memberRows, minutesRow, packRow, siblingRows, printedMinutes] = await Promise.all([
    db.select().from(agendaSections).where(eq(agendaSections.meetingId, meeting.id)).orderBy(asc(agendaSections.sortOrder)),
    db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(asc(agendaItems.sortOrder)),
    db.select({ slug: reports.slug, title: reports.title, agendaItemId: reports.agendaItemId }).from(reports)
      .where(and(eq(reports.meetingId, meeting.id), isPublic.report)),
    db.select({ name: people.fullName, slug: people.slug, role: committeeMemberships.roleAsPrinted })
      .from(committeeMemberships).innerJoin(people, eq(people.id, committeeMemberships.personId))
      .where(and(eq(committeeMemberships.asAtMeetingId, meeting.id), isPublic.person))
      .orderBy(asc(committeeMemberships.id)),
    db.query.minutes.findFirst({ where: and(eq(minutes.meetingId, meeting.id), isPublic.minutes) }),
    meeting.sourceDocumentId === null ? Promise.resolve(undefined) : db
      .select({
        fileName: sourceDocuments.fileName, lineCount: sourceDocuments.lineCount, attribution: sourceDocuments.attribution,
        sizeBytes: sql<number>`length(cast(${sourceDocuments.content} as blob))`,
        isPdf: sql<number>`${sourceDocuments.original} is not null and ${sourceDocuments.mediaType} = 'application/pdf'`,
      })
      .from(sourceDocuments).where(eq(sourceDocuments.id, meeting.sourceDocumentId)).then((r) => r[0]),
    db.select({ slug: meetings.slug, date: meetings.meetingDate }).from(meetings)
      .where(and(eq(meetings.committeeId, meeting.committeeId), isPublic.meeting))
      .orderBy(asc(meetings.meetingDate)),
    db.select({ slug: meetings.slug, date: meetings.meetingDate }).from(minutes)
      .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .where(and(eq(minutes.printedInMeetingId, meeting.id), isPublic.minutes))
      .orderBy(desc(meetings.meetingDate)),
  ]);
  const toView = (i: typeof itemRows[number]): AgendaItemView => {
    const report = reportRows.find((r) => r.agendaItemId === i.id);
    return {
      number: i.numberLabel, title: i.title, pageStart: i.pageStart, pageEnd: i.pageEnd, kind: i.itemKind, body: i.bodyText,
      report: report ? { slug: report.slug, title: report.title } : null,
      minutesOf: i.itemKind === "minutes" ? printedMinutes[0] ?? null : null,
      papersHref: meeting.sourceDocumentId !== null && i.pageStart !== null ? papersHref(meeting.slug, i.numberLabel) : null,
      printedLinks: i.itemKind === "minutes" ? minutesLinks(i.bodyText, i.title, siblingRows) : [],
    };
  };
  const sections: MeetingDetail["sections"] = [];
  const unsectioned = itemRows.filter((i) => i.sectionId === null);
  // Items printed before the first section heading come first, under no heading.
  if (unsectioned.length) sections.push({ heading: null, items: unsectioned.map(toView) });
  for (const s of sectionRows) sections.push({ heading: s.heading, items: itemRows.filter((i) => i.sectionId === s.id).map(toView) });
  const here = siblingRows.findIndex((m) => m.slug === meeting.slug);
  return {
    slug: meeting.slug, date: meeting.meetingDate, dateAsPrinted: meeting.dateAsPrinted, startTime: meeting.startTime, endTime: meeting.endTime,
    status: meetingStatus(meeting.status, meeting.meetingDate), venue: meeting.venue, isVirtual: meeting.isVirtual,
    virtualPlatforms: meeting.virtualPlatforms, committee: { name: meeting.committee.name, slug: meeting.committee.slug },
    clerk: meeting.clerkName ? { name: meeting.clerkName, phone: meeting.clerkPhone, email: meeting.clerkEmail } : null,
    members: memberRows, sections, hasMinutes: Boolean(minutesRow), packFileName: packRow?.fileName ?? null,
    updatedAt: meeting.updatedAt,
    pack: packRow ? { ...packRow, sizeBytes: Number(packRow.sizeBytes), isPdf: Boolean(packRow.isPdf), href: packHref(meeting.slug) } : null,
    minutes: minutesRow ? await loadMinutes(minutesRow, meeting.id) : null,
    previous: here > 0 ? siblingRows[here - 1] : null,
    next: here >= 0 && here < siblingRows.length - 1 ? siblingRows[here + 1] : null,
    statedNextMeeting: statedNextMeetingDate(itemRows.map((i) => i.title), meeting.meetingDate),
  };
}

async function loadMinutes(m: typeof minutes.$inferSelect, meetingId: number): Promise<MinutesView> {
  const personCols = { id: people.id, name: people.fullName, slug: people.slug, isCouncillor: people.isCouncillor };
  const [attendanceRows, personRows, entryRows, printedIn] = await Promise.all([
    db.select().from(attendance).where(eq(attendance.minutesId, m.id)).orderBy(asc(attendance.sortOrder), asc(attendance.id)),
    db.select(personCols).from(people).where(and(isPublic.person, or(
      inArray(people.id, db.select({ id: attendance.personId }).from(attendance).where(eq(attendance.minutesId, m.id))),
      inArray(people.id, db.select({ id: attendance.substitutingForPersonId }).from(attendance).where(eq(attendance.minutesId, m.id))),
    ))),
    db.select({
      id: minuteEntries.id, minuteNumber: minuteEntries.minuteNumber, numberLabel: minuteEntries.numberLabel, sortOrder: minuteEntries.sortOrder,
      title: minuteEntries.title, body: minuteEntries.body,
      reportSlug: reports.slug, reportTitle: reports.title,
    })
      .from(minuteEntries).leftJoin(reports, joinPublic.report(minuteEntries.reportId))
      .where(eq(minuteEntries.minutesId, m.id)).orderBy(asc(minuteEntries.sortOrder), asc(minuteEntries.minuteNumber)),
    m.printedInMeetingId === null ? Promise.resolve(undefined) : db
      .select({ slug: meetings.slug, date: meetings.meetingDate }).from(meetings)
      .where(and(eq(meetings.id, m.printedInMeetingId), isPublic.meeting)).then((r) => r[0]),
  ]);
  const [resolutionViews, actionLinks] = await Promise.all([
    loadResolutionViews(entryRows.map((e) => e.id)),
    loadActionLinks(entryRows.map((e) => ({ id: e.id, minuteNumber: e.minuteNumber, numberLabel: e.numberLabel })), meetingId),
  ]);
  const personLink = (id: number | null): { link: PersonLink | null; isCouncillor: boolean } => {
    const p = personRows.find((r) => r.id === id);
    return p ? { link: { name: p.name, slug: p.slug }, isCouncillor: p.isCouncillor } : { link: null, isCouncillor: false };
  };
  const attendees = attendanceRows.map((a) => {
    const { link, isCouncillor } = personLink(a.personId);
    const view: AttendeeView = {
      name: link?.name ?? a.nameAsPrinted, person: link, isCouncillor, role: a.roleLabel,
      substitutingFor: a.substitutingFor || a.substitutingForPersonId
        ? { name: a.substitutingFor ?? personLink(a.substitutingForPersonId).link?.name ?? "", person: personLink(a.substitutingForPersonId).link }
        : null,
    };
    return { status: a.status, view };
  });
  return {
    startTime: m.startTime, endTime: m.endTime, printedIn: printedIn ?? null,
    present: attendees.filter((a) => a.status === "present").map((a) => a.view),
    apologies: attendees.filter((a) => a.status === "apologies").map((a) => a.view),
    inAttendance: attendees.filter((a) => a.status === "in_attendance").map((a) => a.view),
    entries: entryRows.map((e) => {
      const res = resolutionViews.get(e.id) ?? [];
      return {
        ...minuteRef(e), title: e.title,
        report: e.reportSlug ? { slug: e.reportSlug, title: e.reportTitle ?? e.reportSlug } : null,
        blocks: layoutMinuteBody(e.body, res), resolutions: res, actions: actionLinks.get(e.id) ?? [],
      };
    }),
  };
}

const normalise = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/[\s:;,.]+$/, "").trim();

/** A minute's body as paragraphs: blank lines separate them; single line breaks are wrapping. */
export function minuteParagraphs(body: string | null): string[] {
  return (body ?? "").split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, " ").trim()).filter(Boolean);
}

/**
 * Lay a minute out for reading: the narrative paragraphs, with each resolution shown once, as a
 * structured block where the minutes print it. The paragraphs that repeat a resolution's preamble
 * and text are dropped (the block shows them); a resolution whose text cannot be found in the
 * narrative goes at the end.
 */
export function layoutMinuteBody(body: string | null, resolutionList: { slug: string; preamble: string | null; text: string }[]): MinuteBlock[] {
  const paras = minuteParagraphs(body);
  const norm = paras.map(normalise);
  const consumed = new Set<number>();
  const placedAt = new Map<number, string[]>();
  const unplaced: string[] = [];
  let cursor = 0;
  for (const r of resolutionList) {
    const text = normalise(r.text);
    let anchor = -1;
    for (let i = cursor; i < paras.length; i++) {
      if (norm[i].length >= 8 && text.startsWith(norm[i])) { anchor = i; break; }
    }
    if (anchor < 0) {
      unplaced.push(r.slug);
      continue;
    }
    let end = anchor;
    while (end + 1 < paras.length && norm[end + 1] && text.includes(norm[end + 1])) end++;
    let start = anchor;
    const preamble = r.preamble ? normalise(r.preamble) : "";
    if (preamble && anchor - 1 >= cursor) {
      if (norm[anchor - 1] === preamble) start = anchor - 1;
      else if (norm[anchor - 1].endsWith(preamble)) {
        // "… a replacement was required. It was moved and seconded …": keep the narrative, drop the preamble it ends with.
        const at = paras[anchor - 1].toLowerCase().lastIndexOf(r.preamble!.trim().toLowerCase());
        if (at > 0) paras[anchor - 1] = paras[anchor - 1].slice(0, at).trim();
      }
    }
    for (let i = start; i <= end; i++) consumed.add(i);
    placedAt.set(start, [...(placedAt.get(start) ?? []), r.slug]);
    cursor = end + 1;
  }
  const blocks: MinuteBlock[] = [];
  const pushText = (p: string) => {
    const last = blocks[blocks.length - 1];
    if (last?.kind === "text") last.paragraphs.push(p);
    else blocks.push({ kind: "text", paragraphs: [p] });
  };
  paras.forEach((p, i) => {
    for (const slug of placedAt.get(i) ?? []) blocks.push({ kind: "resolution", slug });
    if (!consumed.has(i) && p) pushText(p);
  });
  for (const slug of unplaced) blocks.push({ kind: "resolution", slug });
  return blocks;
}

// ───────────────────────────── the original pack as a download ─────────────────────────────

export interface MeetingPackDownload {
  fileName: string;
  content: string;
  attribution: string | null;
  meetingDate: string;
  committeeName: string;
}

export function getMeetingPack(slug: string): Promise<MeetingPackDownload | null> {
  return cachedRecord("getMeetingPack", slug, [cacheTags.meeting(slug)], loadMeetingPack);
}

async function loadMeetingPack(slug: string): Promise<MeetingPackDownload | null> {
  const [row] = await db
    .select({
      fileName: sourceDocuments.fileName, content: sourceDocuments.content, attribution: sourceDocuments.attribution,
      meetingDate: meetings.meetingDate, committeeName: committees.name,
    })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .innerJoin(sourceDocuments, eq(sourceDocuments.id, meetings.sourceDocumentId))
    .where(and(eq(meetings.slug, slug), isPublic.meeting))
    .limit(1);
  return row ?? null;
}

/** Meetings that have an agenda pack to download. */
/** Public meetings with an agenda pack, newest first: one column, not the whole meetings list. */
export async function listMeetingPackSlugs(): Promise<string[]> {
  return (await db.select({ slug: meetings.slug }).from(meetings).where(and(isPublic.meeting, isNotNull(meetings.sourceDocumentId)))
    .orderBy(desc(meetings.meetingDate))).map((m) => m.slug);
}
