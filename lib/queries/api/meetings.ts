import "server-only";
/**
 * Meetings (with their agenda), officer reports and resolutions for the open-data API: public
 * records only (lib/queries/visibility.ts), a page at a time, in id order so pages are stable.
 */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import {
  agendaItems, agendaSections, committees, meetings, minuteEntries, minutes, recommendations, reports, resolutionParts, resolutions,
} from "@/lib/db/schema";
import { isPublic, joinPublic } from "@/lib/queries/visibility";
import { apiUrl, pageUrl } from "@/lib/api/urls";
import { formatDate } from "@/lib/format";
import { londonOffset } from "@/lib/structured-data/meeting-event";
import { meetingStatus } from "@/lib/queries/meetings";
import type { MeetingOut, MeetingWithAgendaOut, ReportOut, ResolutionOut } from "@/lib/api/schemas/meetings";
import { committeeRef, meetingRef, reportRef } from "./refs";
import { pageOf, type PageOf, type PageWindow } from "./window";

const ALL: PageWindow = { limit: -1, offset: 0 };
const committeeColumns = { id: committees.id, slug: committees.slug, name: committees.name };
const meetingColumns = { id: meetings.id, slug: meetings.slug, date: meetings.meetingDate };
const reportColumns = { id: reports.id, slug: reports.slug, title: reports.title };

/** The start as the meeting's JSON-LD gives it: local time with the UK offset of that day. */
export function meetingStart(date: string, time: string | null): string {
  return time ? `${date}T${time}:00${londonOffset(date, time)}` : date;
}

export async function listApiMeetings(w: PageWindow = ALL, only?: number): Promise<PageOf<MeetingOut>> {
  const where = and(isPublic.meeting, only ? eq(meetings.id, only) : undefined);
  const rows = db
    .select({ m: meetings, committee: committeeColumns })
    .from(meetings).innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(where).orderBy(asc(meetings.id)).limit(w.limit).offset(w.offset)
    .then((list) => list.map(({ m, committee }) => ({
      id: m.id, slug: m.slug, url: pageUrl(`/meetings/${m.slug}`), name: `${committee.name}, ${formatDate(m.meetingDate)}`,
      committee: committeeRef(committee), date: m.meetingDate, startTime: m.startTime, endTime: m.endTime,
      start: meetingStart(m.meetingDate, m.startTime), status: meetingStatus(m.status, m.meetingDate), scheduleStatus: m.status, statusNote: m.statusNote, venue: m.venue, isVirtual: m.isVirtual,
      virtualPlatforms: m.virtualPlatforms,
      agendaPackUrl: m.sourceDocumentId !== null ? pageUrl(`/meetings/${m.slug}/agenda-pack.txt`) : null,
      agendaPackJsonUrl: m.sourceDocumentId !== null ? apiUrl(`/meetings/${m.id}/agenda-pack`) : null,
      updatedAt: m.updatedAt,
    })));
  return pageOf(db.$count(meetings, where), rows);
}

/** One public meeting with its agenda; a report on the agenda is linked only when it is public. */
export async function getApiMeeting(id: number): Promise<MeetingWithAgendaOut | null> {
  const [meeting] = (await listApiMeetings({ limit: 1, offset: 0 }, id)).rows;
  if (!meeting) return null;
  const items = await db
    .select({ item: agendaItems, section: agendaSections.heading, report: reportColumns })
    .from(agendaItems)
    .leftJoin(agendaSections, eq(agendaSections.id, agendaItems.sectionId))
    .leftJoin(reports, and(eq(reports.agendaItemId, agendaItems.id), isPublic.report))
    .where(eq(agendaItems.meetingId, id))
    .orderBy(asc(agendaItems.sortOrder), asc(agendaItems.id));
  const seen = new Set<number>();
  const agenda = items.filter(({ item }) => !seen.has(item.id) && seen.add(item.id)).map(({ item, section, report }) => ({
    number: item.numberLabel, title: item.title, section, kind: item.itemKind, pageStart: item.pageStart, pageEnd: item.pageEnd,
    report: report ? reportRef(report) : null,
  }));
  return { ...meeting, agenda };
}

export async function listApiReports(w: PageWindow = ALL, only?: number): Promise<PageOf<ReportOut>> {
  const where = and(isPublic.report, only ? eq(reports.id, only) : undefined);
  const list = await db
    .select({ r: reports, meeting: meetingColumns, committee: committeeColumns, agendaItem: agendaItems.numberLabel })
    .from(reports)
    .innerJoin(meetings, eq(meetings.id, reports.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .leftJoin(agendaItems, eq(agendaItems.id, reports.agendaItemId))
    .where(where).orderBy(asc(reports.id)).limit(w.limit).offset(w.offset);
  const recs = list.length
    ? await db.select().from(recommendations).where(inArray(recommendations.reportId, list.map((l) => l.r.id)))
      .orderBy(asc(recommendations.sortOrder), asc(recommendations.id))
    : [];
  const rows = list.map(({ r, meeting, committee, agendaItem }) => ({
    id: r.id, slug: r.slug, url: pageUrl(`/reports/${r.slug}`), title: r.title, meeting: meetingRef(meeting), committee: committeeRef(committee),
    agendaItem, from: r.fromText, keyDecision: r.keyDecision, forwardPlanRef: r.forwardPlanRef, purpose: r.purpose,
    recommendations: recs.filter((x) => x.reportId === r.id).map((x) => ({ label: x.label, text: x.text })),
    updatedAt: r.updatedAt,
  }));
  return pageOf(db.$count(reports, where), Promise.resolve(rows));
}

export async function listApiResolutions(w: PageWindow = ALL, only?: number, filter?: SQL): Promise<PageOf<ResolutionOut>> {
  const where = and(isPublic.resolution, only ? eq(resolutions.id, only) : undefined, filter);
  const list = await db
    .select({
      r: resolutions, minuteNumber: minuteEntries.numberLabel, minuteInt: minuteEntries.minuteNumber, minuteTitle: minuteEntries.title,
      meeting: meetingColumns, committee: committeeColumns, report: reportColumns,
    })
    .from(resolutions)
    .innerJoin(minuteEntries, eq(minuteEntries.id, resolutions.minuteEntryId))
    .innerJoin(minutes, eq(minutes.id, minuteEntries.minutesId))
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .leftJoin(reports, joinPublic.report(minuteEntries.reportId))
    .where(where).orderBy(asc(resolutions.id)).limit(w.limit).offset(w.offset);
  const parts = list.length
    ? await db.select().from(resolutionParts).where(inArray(resolutionParts.resolutionId, list.map((l) => l.r.id)))
      .orderBy(asc(resolutionParts.sortOrder), asc(resolutionParts.id))
    : [];
  const rows = list.map(({ r, minuteNumber, minuteInt, minuteTitle, meeting, committee, report }) => ({
    id: r.id, slug: r.slug, url: pageUrl(`/decisions/${r.slug}`), meeting: meetingRef(meeting), committee: committeeRef(committee),
    minute: { number: minuteNumber ?? (minuteInt !== null ? String(minuteInt) : null), title: minuteTitle },
    report: report ? reportRef(report) : null, preamble: r.preamble, text: r.text,
    parts: parts.filter((p) => p.resolutionId === r.id).map((p) => ({ label: p.label, text: p.text })),
    outcome: r.outcome, votes: { for: r.votesFor, against: r.votesAgainst, abstentions: r.abstentions },
  }));
  return pageOf(db.$count(resolutions, where), Promise.resolve(rows));
}
