import "server-only";
import { and, desc, eq, isNotNull, max } from "drizzle-orm";
import { db } from "@/lib/db";
import { committees, importRuns, meetings } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedQuery } from "@/lib/queries/cached";
import { isPublic } from "@/lib/queries/visibility";

export interface SiteCurrency {
  /** The newest public meeting whose agenda pack is on the site. */
  newestPapers: { date: string; slug: string; committee: string } | null;
  /** When an agenda pack was last imported (ISO timestamp), or null before any import. */
  lastImported: string | null;
}

/** How current the site is, for the About page. */
export const getSiteCurrency = cachedQuery("getSiteCurrency", [cacheTags.meetings], async (): Promise<SiteCurrency> => {
  const [newest] = await db.select({ date: meetings.meetingDate, slug: meetings.slug, committee: committees.name })
    .from(meetings).innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(and(isPublic.meeting, isNotNull(meetings.sourceDocumentId)))
    .orderBy(desc(meetings.meetingDate)).limit(1);
  const [imported] = await db.select({ at: max(importRuns.finishedAt) }).from(importRuns);
  return { newestPapers: newest ?? null, lastImported: imported?.at ?? null };
});

export interface CommitteeClerk {
  committee: { name: string; slug: string };
  name: string;
  phone: string | null;
  email: string | null;
  /** The meeting whose agenda named this clerk (the newest that names one). */
  namedFor: { date: string; slug: string };
}

/** Each public committee's democratic services officer, as the newest agenda that names one prints them. */
export const listCommitteeClerks = cachedQuery("listCommitteeClerks", [cacheTags.meetings], async (): Promise<CommitteeClerk[]> => {
  const rows = await db.select({
    committee: committees.name, committeeSlug: committees.slug, name: meetings.clerkName, phone: meetings.clerkPhone,
    email: meetings.clerkEmail, date: meetings.meetingDate, slug: meetings.slug,
  }).from(meetings).innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(and(isPublic.meeting, isNotNull(meetings.clerkName)))
    .orderBy(committees.name, desc(meetings.meetingDate));
  const seen = new Set<string>();
  const clerks: CommitteeClerk[] = [];
  for (const r of rows) {
    if (seen.has(r.committeeSlug) || !r.name) continue;
    seen.add(r.committeeSlug);
    clerks.push({
      committee: { name: r.committee, slug: r.committeeSlug }, name: r.name, phone: r.phone, email: r.email,
      namedFor: { date: r.date, slug: r.slug },
    });
  }
  return clerks;
});
