import "server-only";
import { and, eq, like, or, sql } from "drizzle-orm";
import { db, type Database } from "@/lib/db";
import { isPublic } from "@/lib/queries/visibility";
import { committees, meetings, minuteEntries, minutes, people, reports, resolutions } from "@/lib/db/schema";
import { formatDate } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";

export interface SearchHit {
  kind: "report" | "decision" | "person" | "committee";
  href: string;
  title: string;
  context: string | null;
}

/** Longest query accepted; longer text is cut, not refused. */
export const MAX_QUERY_LENGTH = 200;
const LIMIT = 25;

/** Escape LIKE wildcards so a search for "100%" means the text "100%". */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A first, simple search over published titles and text (case-insensitive substring match).
 * Results are grouped by kind, each capped, so one kind cannot crowd out the others. A record is
 * found only when its page is public (lib/queries/visibility.ts), the rule the pages and the
 * sitemap use.
 */
export async function searchPublished(query: string, database: Database = db): Promise<SearchHit[]> {
  const q = query.trim().slice(0, MAX_QUERY_LENGTH);
  if (q.length < 2) return [];
  const p = likePattern(q);
  const esc = sql`'\\'`;
  const matches = (col: Parameters<typeof like>[0]) => sql`${col} LIKE ${p} ESCAPE ${esc}`;
  const [reportRows, decisionRows, personRows, committeeRows] = await Promise.all([
    database.select({ slug: reports.slug, title: reports.title, purpose: reports.purpose, date: meetings.meetingDate, committee: committees.name })
      .from(reports).innerJoin(meetings, eq(meetings.id, reports.meetingId)).innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(and(isPublic.report, or(matches(reports.title), matches(reports.purpose))))
      .limit(LIMIT),
    database.select({ slug: resolutions.slug, text: resolutions.text, title: minuteEntries.title, date: meetings.meetingDate, committee: committees.name })
      .from(resolutions).innerJoin(minuteEntries, eq(minuteEntries.id, resolutions.minuteEntryId))
      .innerJoin(minutes, eq(minutes.id, minuteEntries.minutesId)).innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(and(isPublic.resolution, or(matches(resolutions.text), matches(minuteEntries.title))))
      .limit(LIMIT),
    database.select({ slug: people.slug, name: people.fullName, isCouncillor: people.isCouncillor })
      .from(people).where(and(isPublic.person, matches(people.fullName))).limit(LIMIT),
    database.select({ slug: committees.slug, name: committees.name })
      .from(committees).where(and(isPublic.committee, matches(committees.name))).limit(LIMIT),
  ]);
  return [
    ...committeeRows.map((c) => ({ kind: "committee" as const, href: `/committees/${c.slug}`, title: c.name, context: null })),
    ...reportRows.map((r) => ({ kind: "report" as const, href: `/reports/${r.slug}`, title: readableCase(r.title, { properNames: [r.committee] }), context: `Report to the meeting on ${formatDate(r.date)}` })),
    ...decisionRows.map((d) => ({ kind: "decision" as const, href: `/decisions/${d.slug}`, title: readableCase(d.title, { properNames: [d.committee] }), context: `Decision of the meeting on ${formatDate(d.date)}` })),
    ...personRows.map((x) => ({ kind: "person" as const, href: `/people/${x.slug}`, title: x.name, context: x.isCouncillor ? "Councillor" : "Officer" })),
  ];
}
