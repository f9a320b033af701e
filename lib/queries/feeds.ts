import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { committees, meetings, minutes, reports } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedQuery } from "@/lib/queries/cached";
import { isPublic } from "@/lib/queries/visibility";

/** A public document for the documents feed: an officer report, or a meeting's minutes. */
export interface FeedDocument {
  kind: "report" | "minutes";
  /** Site-relative address of the document's page (minutes: their section of the meeting page). */
  path: string;
  title: string;
  /** The report's purpose; null for minutes. */
  summary: string | null;
  meeting: { slug: string; date: string };
  committee: { name: string; slug: string };
  /** ISO 8601 time the record last changed (minutes: their meeting's record). */
  updatedAt: string;
}

/** Every public report and set of minutes, newest meeting first (reports in agenda order, then the minutes). */
export const listFeedDocuments = cachedQuery(
  "listFeedDocuments", [cacheTags.reports, cacheTags.minutes, cacheTags.meetings],
  async (): Promise<FeedDocument[]> => {
    const [reportRows, minutesRows] = await Promise.all([
      db.select({
        slug: reports.slug, title: reports.title, purpose: reports.purpose, updatedAt: reports.updatedAt, sortOrder: reports.sortOrder,
        meetingSlug: meetings.slug, meetingDate: meetings.meetingDate, committeeName: committees.name, committeeSlug: committees.slug,
      })
        .from(reports)
        .innerJoin(meetings, eq(meetings.id, reports.meetingId))
        .innerJoin(committees, eq(committees.id, meetings.committeeId))
        .where(isPublic.report)
        .orderBy(desc(meetings.meetingDate), reports.sortOrder, reports.id),
      db.select({
        meetingSlug: meetings.slug, meetingDate: meetings.meetingDate, updatedAt: meetings.updatedAt,
        committeeName: committees.name, committeeSlug: committees.slug,
      })
        .from(minutes)
        .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
        .innerJoin(committees, eq(committees.id, meetings.committeeId))
        .where(isPublic.minutes)
        .orderBy(desc(meetings.meetingDate)),
    ]);
    const docs: FeedDocument[] = [
      ...reportRows.map((r): FeedDocument => ({
        kind: "report", path: `/reports/${r.slug}`, title: r.title, summary: r.purpose,
        meeting: { slug: r.meetingSlug, date: r.meetingDate }, committee: { name: r.committeeName, slug: r.committeeSlug }, updatedAt: r.updatedAt,
      })),
      ...minutesRows.map((m): FeedDocument => ({
        kind: "minutes", path: `/meetings/${m.meetingSlug}#minutes`, title: `Minutes of the ${m.committeeName} meeting`, summary: null,
        meeting: { slug: m.meetingSlug, date: m.meetingDate }, committee: { name: m.committeeName, slug: m.committeeSlug }, updatedAt: m.updatedAt,
      })),
    ];
    // Stable sort: newest meeting first, keeping each query's own order within a meeting.
    return docs.sort((a, b) => (a.meeting.date === b.meeting.date ? 0 : a.meeting.date < b.meeting.date ? 1 : -1));
  },
);
