import "server-only";
import { db, type Database } from "@/lib/db";
import { and, eq, isNotNull } from "drizzle-orm";
import {
  actions, agendaItems, attendance, committees, meetings, outsideBodies, people, reportContacts, reports, resolutions, strategies,
} from "@/lib/db/schema";
import { cacheTags, KIND_TAGS } from "@/lib/cache-tags";
import { cachedQuery } from "@/lib/queries/cached";
import { isPublic, publicId } from "@/lib/queries/visibility";
import { papersHref } from "@/lib/papers/paths";
import { listBudgetLineSlugs, listFinanceReportSlugs } from "@/lib/queries/funding";
import { listPlanEditions, planPath } from "@/lib/queries/plans";
import { planSitemapChunks, SITEMAP_URL_LIMIT, type SitemapChunk } from "@/lib/sitemap/split";

/** One public page: a site-relative path, and when its main record last changed (ISO 8601) where the table records it. */
export interface SitemapEntry {
  path: string;
  lastModified: string | null;
}

/**
 * Every public page, read with the visibility rule the page queries use (lib/queries/visibility.ts),
 * so the sitemap never lists a page that would 404.
 */
export async function collectSitemapEntries(database: Database): Promise<SitemapEntry[]> {
  const [
    committeeRows, meetingRows, reportRows, decisionRows, actionRows, peopleRows, bodyRows, strategyRows, paperRows, planEditions,
    attendeeRows, contactRows,
  ] = await Promise.all([
    database.select({ slug: committees.slug, updatedAt: committees.updatedAt }).from(committees).where(isPublic.committee),
    database.select({ slug: meetings.slug, updatedAt: meetings.updatedAt, sourceDocumentId: meetings.sourceDocumentId }).from(meetings).where(isPublic.meeting),
    database.select({ slug: reports.slug, updatedAt: reports.updatedAt }).from(reports).where(isPublic.report),
    database.select({ slug: resolutions.slug }).from(resolutions).where(isPublic.resolution),
    database.select({ slug: actions.slug, updatedAt: actions.updatedAt }).from(actions).where(isPublic.action),
    database.select({ slug: people.slug, updatedAt: people.updatedAt }).from(people).where(isPublic.person),
    database.select({ slug: outsideBodies.slug }).from(outsideBodies).where(isPublic.outsideBody),
    database.select({ slug: strategies.slug }).from(strategies).where(isPublic.strategy),
    // Each agenda item that prints its pages in a pack has a papers page (the slug gate's rule).
    database.select({ slug: meetings.slug, number: agendaItems.numberLabel, updatedAt: meetings.updatedAt }).from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(and(isPublic.meeting, isNotNull(meetings.sourceDocumentId), isNotNull(agendaItems.pageStart))),
    listPlanEditions(database),
    // People with an attendance record or report contacts have those lists of their own.
    database.selectDistinct({ slug: people.slug, updatedAt: people.updatedAt }).from(people)
      .innerJoin(attendance, eq(attendance.personId, people.id))
      .where(and(isPublic.person, publicId.minutes(attendance.minutesId))),
    database.selectDistinct({ slug: people.slug, updatedAt: people.updatedAt }).from(people)
      .innerJoin(reportContacts, eq(reportContacts.personId, people.id))
      .where(and(isPublic.person, publicId.report(reportContacts.reportId))),
  ]);

  const newest = (rows: { updatedAt: string }[]) => rows.reduce<string | null>((acc, r) => (acc === null || r.updatedAt > acc ? r.updatedAt : acc), null);
  const detail = (prefix: string, rows: { slug: string; updatedAt?: string }[]) =>
    rows.map((r) => ({ path: `${prefix}/${r.slug}`, lastModified: r.updatedAt ?? null }));

  const entries: SitemapEntry[] = [
    { path: "/", lastModified: newest(meetingRows) },
    { path: "/calendar", lastModified: newest(meetingRows) },
    { path: "/meetings", lastModified: newest(meetingRows) },
    { path: "/reports", lastModified: newest(reportRows) },
    { path: "/decisions", lastModified: null },
    { path: "/committees", lastModified: newest(committeeRows) },
    { path: "/people", lastModified: newest(peopleRows) },
    { path: "/outside-bodies", lastModified: null },
    { path: "/actions", lastModified: newest(actionRows) },
    { path: "/actions/open", lastModified: newest(actionRows) },
    { path: "/actions/completed", lastModified: newest(actionRows) },
    { path: "/forward-plan", lastModified: null },
    { path: "/strategies", lastModified: null },
    { path: "/funding", lastModified: null },
    { path: "/funding/facts", lastModified: null },
    { path: "/funding/reports", lastModified: null },
    { path: "/funding/lines", lastModified: null },
    { path: "/about", lastModified: null },
    { path: "/contact", lastModified: null },
    { path: "/accessibility", lastModified: null },
    { path: "/developers", lastModified: null },
    ...detail("/meetings", meetingRows),
    ...meetingRows
      .filter((m) => m.sourceDocumentId !== null)
      .map((m) => ({ path: `/meetings/${m.slug}/agenda-pack.txt`, lastModified: m.updatedAt })),
    ...paperRows.map((p) => ({ path: papersHref(p.slug, p.number), lastModified: p.updatedAt })),
    ...detail("/reports", reportRows),
    ...detail("/decisions", decisionRows),
    ...detail("/committees", committeeRows),
    // A committee's own lists (page 1; later pages are reached from there and left out, as for every list).
    ...committeeRows.flatMap((r) => ["meetings", "actions"].map((list) => ({ path: `/committees/${r.slug}/${list}`, lastModified: r.updatedAt ?? null }))),
    ...detail("/people", peopleRows),
    ...attendeeRows.map((r) => ({ path: `/people/${r.slug}/attendance`, lastModified: r.updatedAt })),
    ...contactRows.map((r) => ({ path: `/people/${r.slug}/reports`, lastModified: r.updatedAt })),
    ...detail("/outside-bodies", bodyRows),
    ...detail("/actions", actionRows),
    ...detail("/strategies", strategyRows),
    ...planEditions.map((e) => ({ path: planPath(e.printedWith.slug), lastModified: null })),
    // A committee whose packs printed plans lists them (page 1).
    ...[...new Set(planEditions.map((e) => e.committee.slug))].map((slug) => ({ path: `/committees/${slug}/plans`, lastModified: null })),
  ];
  return entries;
}

/**
 * Budget lines have no slug or publication column of their own: their pages' addresses are derived
 * by lib/queries/funding.ts, so its slug lists (the ones its generateStaticParams uses) are the truth.
 */
async function fundingEntries(): Promise<SitemapEntry[]> {
  const [lines, financeReports] = await Promise.all([listBudgetLineSlugs(), listFinanceReportSlugs()]);
  return [
    ...lines.map((slug) => ({ path: `/funding/lines/${slug}`, lastModified: null })),
    ...financeReports.map((slug) => ({ path: `/funding/reports/${slug}`, lastModified: null })),
  ];
}

/** The search page is left out on purpose: result pages are not for indexing. */
export const listSitemapEntries = cachedQuery(
  "listSitemapEntries", [cacheTags.sitemap, ...KIND_TAGS],
  async () => [...(await collectSitemapEntries(db)), ...(await fundingEntries())],
);

/**
 * The numbered sitemap files (lib/sitemap/split.ts), cached on their own: a few bytes per file,
 * where the entries of a large council pass the data cache's 2 MB and are not kept, so asking
 * which files exist does not re-read every record.
 */
export const getSitemapChunks = cachedQuery(
  // The limit is in the key: a data cache kept across deploys must not serve files cut at an old one.
  `getSitemapChunks:${SITEMAP_URL_LIMIT}`, [cacheTags.sitemap, ...KIND_TAGS],
  async (): Promise<SitemapChunk[]> => planSitemapChunks(await listSitemapEntries()),
);

/** Absolute URL of a site path on `siteUrl` (an origin without a trailing slash). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}

