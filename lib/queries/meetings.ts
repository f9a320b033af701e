import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { agendaItems, agendaSections, committeeMemberships, committees, meetings, minutes, people, reports } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { todayIso } from "@/lib/format";

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
}

export const listPublishedMeetings = unstable_cache(
  async (): Promise<MeetingListEntry[]> => {
    const rows = await db
      .select({
        slug: meetings.slug, date: meetings.meetingDate, startTime: meetings.startTime, status: meetings.status,
        committee: committees.name, committeeSlug: committees.slug, venue: meetings.venue, isVirtual: meetings.isVirtual,
        sourceDocumentId: meetings.sourceDocumentId,
      })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(and(eq(meetings.publication, "published"), eq(committees.publication, "published")))
      .orderBy(desc(meetings.meetingDate), asc(committees.name));
    return rows.map(({ sourceDocumentId, status, ...r }) => ({
      ...r, status: meetingStatus(status, r.date), hasAgenda: sourceDocumentId !== null,
    }));
  },
  ["listPublishedMeetings"],
  { tags: [cacheTags.meetings] },
);

export async function listMeetingSlugs(): Promise<string[]> {
  return (await listPublishedMeetings()).map((m) => m.slug);
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
}

export interface AgendaItemView {
  number: string;
  title: string;
  pageStart: number | null;
  pageEnd: number | null;
  kind: string;
  body: string | null;
  report: { slug: string; title: string } | null;
}

export const getMeetingBySlug = unstable_cache(
  async (slug: string): Promise<MeetingDetail | null> => {
    const meeting = await db.query.meetings.findFirst({
      where: and(eq(meetings.slug, slug), eq(meetings.publication, "published")),
      with: { committee: true, sourceDocument: { columns: { fileName: true } } },
    });
    if (!meeting || meeting.committee.publication !== "published") return null;
    const [sectionRows, itemRows, reportRows, memberRows, minutesRow] = await Promise.all([
      db.select().from(agendaSections).where(eq(agendaSections.meetingId, meeting.id)).orderBy(asc(agendaSections.sortOrder)),
      db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(asc(agendaItems.sortOrder)),
      db.select({ slug: reports.slug, title: reports.title, agendaItemId: reports.agendaItemId }).from(reports)
        .where(and(eq(reports.meetingId, meeting.id), eq(reports.publication, "published"))),
      db.select({ name: people.fullName, slug: people.slug, role: committeeMemberships.roleAsPrinted })
        .from(committeeMemberships).innerJoin(people, eq(people.id, committeeMemberships.personId))
        .where(eq(committeeMemberships.asAtMeetingId, meeting.id)).orderBy(asc(committeeMemberships.id)),
      db.query.minutes.findFirst({ where: and(eq(minutes.meetingId, meeting.id), eq(minutes.publication, "published")), columns: { id: true } }),
    ]);
    const toView = (i: typeof itemRows[number]): AgendaItemView => {
      const report = reportRows.find((r) => r.agendaItemId === i.id);
      return {
        number: i.numberLabel, title: i.title, pageStart: i.pageStart, pageEnd: i.pageEnd, kind: i.itemKind, body: i.bodyText,
        report: report ? { slug: report.slug, title: report.title } : null,
      };
    };
    const sections: MeetingDetail["sections"] = [];
    const unsectioned = itemRows.filter((i) => i.sectionId === null);
    // Items printed before the first section heading come first, under no heading.
    if (unsectioned.length) sections.push({ heading: null, items: unsectioned.map(toView) });
    for (const s of sectionRows) sections.push({ heading: s.heading, items: itemRows.filter((i) => i.sectionId === s.id).map(toView) });
    return {
      slug: meeting.slug, date: meeting.meetingDate, dateAsPrinted: meeting.dateAsPrinted, startTime: meeting.startTime, endTime: meeting.endTime,
      status: meetingStatus(meeting.status, meeting.meetingDate), venue: meeting.venue, isVirtual: meeting.isVirtual,
      virtualPlatforms: meeting.virtualPlatforms, committee: { name: meeting.committee.name, slug: meeting.committee.slug },
      clerk: meeting.clerkName ? { name: meeting.clerkName, phone: meeting.clerkPhone, email: meeting.clerkEmail } : null,
      members: memberRows, sections, hasMinutes: Boolean(minutesRow), packFileName: meeting.sourceDocument?.fileName ?? null,
      updatedAt: meeting.updatedAt,
    };
  },
  ["getMeetingBySlug"],
  { tags: [cacheTags.meetings] },
);
