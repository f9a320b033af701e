import "server-only";
import { and, asc, desc, eq, gt, isNotNull, max } from "drizzle-orm";
import { db } from "@/lib/db";
import { agendaItems, agendaPlanEntries, committees, meetings, minutes, reports, sourceDocuments } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { papersHref } from "@/lib/papers/paths";
import { groupPlannedMeetings, type PlannedNext } from "@/lib/planned-meetings";
import { cachedQuery } from "@/lib/queries/cached";
import { isPublic } from "@/lib/queries/visibility";

export type { PlannedNext };

export interface SiteCurrency {
  /** The newest meeting whose agenda pack is published here. */
  latest: {
    slug: string; date: string; committee: { name: string; slug: string };
    startTime: string | null; venue: string | null; isVirtual: boolean; virtualPlatforms: string | null;
    hasMinutes: boolean;
    items: { number: string; title: string; reportSlug: string | null; papersHref: string | null }[];
  } | null;
  /** When the published record last changed (an import or a clerk's edit), ISO 8601. */
  lastUpdated: string | null;
  /** The committee's next meetings as the latest pack's agenda plan lists them. */
  plannedNext: PlannedNext[];
}

/** How current the site is, from the data: the newest papers, the last change, and what the plan says comes next. */
export const getSiteCurrency = cachedQuery(
  "getSiteCurrency", [cacheTags.meetings, cacheTags.reports, cacheTags.plans, cacheTags.minutes],
  async (): Promise<SiteCurrency> => {
    const [[latestRow], [meetingChange], [reportChange], [importChange]] = await Promise.all([
      db.select({
        id: meetings.id, slug: meetings.slug, date: meetings.meetingDate, startTime: meetings.startTime, venue: meetings.venue,
        isVirtual: meetings.isVirtual, virtualPlatforms: meetings.virtualPlatforms, committeeId: meetings.committeeId,
        committeeName: committees.name, committeeSlug: committees.slug,
      })
        .from(meetings).innerJoin(committees, eq(committees.id, meetings.committeeId))
        .where(and(isPublic.meeting, isNotNull(meetings.sourceDocumentId)))
        .orderBy(desc(meetings.meetingDate)).limit(1),
      db.select({ at: max(meetings.updatedAt) }).from(meetings).where(isPublic.meeting),
      db.select({ at: max(reports.updatedAt) }).from(reports).where(isPublic.report),
      db.select({ at: max(sourceDocuments.importedAt) }).from(sourceDocuments)
        .innerJoin(meetings, eq(meetings.sourceDocumentId, sourceDocuments.id)).where(isPublic.meeting),
    ]);
    const lastUpdated = [meetingChange?.at, reportChange?.at, importChange?.at].filter((x): x is string => Boolean(x)).sort().pop() ?? null;
    if (!latestRow) return { latest: null, lastUpdated, plannedNext: [] };
    const [itemRows, reportRows, minutesRow, planRows] = await Promise.all([
      db.select().from(agendaItems).where(eq(agendaItems.meetingId, latestRow.id)).orderBy(asc(agendaItems.sortOrder)),
      db.select({ slug: reports.slug, agendaItemId: reports.agendaItemId }).from(reports).where(and(eq(reports.meetingId, latestRow.id), isPublic.report)),
      db.select({ id: minutes.id }).from(minutes).where(and(eq(minutes.meetingId, latestRow.id), isPublic.minutes)).limit(1),
      db.select({ date: agendaPlanEntries.meetingDate, isProvisional: agendaPlanEntries.isProvisional, item: agendaPlanEntries.item })
        .from(agendaPlanEntries)
        .where(and(
          eq(agendaPlanEntries.publishedWithMeetingId, latestRow.id), eq(agendaPlanEntries.committeeId, latestRow.committeeId),
          gt(agendaPlanEntries.meetingDate, latestRow.date), isPublic.agendaPlanEntry,
        ))
        .orderBy(asc(agendaPlanEntries.meetingDate), asc(agendaPlanEntries.sortOrder)),
    ]);
    return {
      latest: {
        slug: latestRow.slug, date: latestRow.date, committee: { name: latestRow.committeeName, slug: latestRow.committeeSlug },
        startTime: latestRow.startTime, venue: latestRow.venue, isVirtual: latestRow.isVirtual, virtualPlatforms: latestRow.virtualPlatforms,
        hasMinutes: minutesRow.length > 0,
        items: itemRows.map((i) => ({
          number: i.numberLabel, title: i.title, reportSlug: reportRows.find((r) => r.agendaItemId === i.id)?.slug ?? null,
          papersHref: i.pageStart !== null ? papersHref(latestRow.slug, i.numberLabel) : null,
        })),
      },
      lastUpdated,
      plannedNext: groupPlannedMeetings(planRows, latestRow.date).slice(0, 2),
    };
  },
);
