/**
 * Which cache tags and paths a change to public data touches (the table is in
 * lib/publishing/revalidate.ts). Separate from the Next.js calls so it can be tested against a
 * database, and used by the signed revalidation endpoint.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { actions, agendaPlanEntries, committees, meetings, minuteEntries, minutes, reports, resolutions } from "@/lib/db/schema";
import { pagesShowingAction, pagesShowingMeeting, pagesShowingReport } from "@/lib/publishing/related-pages";
import { cacheTags } from "@/lib/cache-tags";
import { PUBLIC_KINDS, type PublicKind } from "@/lib/queries/visibility";

export type Publication = "draft" | "published";

export interface PublicChange {
  /** What changed; "import" when a pack was (re)imported and any record may have changed. */
  kind: PublicKind | "import";
  /** The record's slug (a resolution's for "decision"); not needed for "minutes" and "import". */
  slug?: string;
  /** The record's meeting (for "minutes": the meeting they record; for an action: its origin meeting). */
  meetingSlug?: string | null;
  committeeSlug?: string | null;
  /** A decision's report, when the minute considered one. */
  reportSlug?: string | null;
  /** Publication before and after the write; both "draft" means no reader could see it. */
  before?: Publication;
  after?: Publication;
}

export interface Revalidation {
  tags: string[];
  paths: string[];
}

export const CHANGE_KINDS: readonly PublicChange["kind"][] = [...PUBLIC_KINDS, "import"];

const PAGE_PREFIX: Record<Exclude<PublicKind, "minutes">, string> = {
  committee: "/committees", meeting: "/meetings", report: "/reports", decision: "/decisions", action: "/actions",
  person: "/people", "outside-body": "/outside-bodies", strategy: "/strategies",
};

/** The tags and paths to expire for `changes`, looking up the related records a page shows. */
export async function changeTargets(database: Database, changes: PublicChange[]): Promise<Revalidation> {
  const tags = new Set<string>();
  const paths = new Set<string>();
  for (const change of changes) {
    if (change.before === "draft" && change.after === "draft") continue;
    if (change.kind === "import" || change.kind === "committee") {
      tags.add(cacheTags.all);
      if (change.kind === "committee" && change.slug) paths.add(`${PAGE_PREFIX.committee}/${change.slug}`);
      continue;
    }
    if (change.kind !== "minutes" && change.slug) paths.add(`${PAGE_PREFIX[change.kind]}/${change.slug}`);
    // A meeting whose pack printed an agenda plan also heads that plan's own page.
    if (change.kind === "meeting" && change.slug && await printedAPlan(database, change.slug)) paths.add(`/forward-plan/${change.slug}`);
    tags.add(cacheTags.sitemap);
    for (const tag of await tagsFor(database, change)) tags.add(tag);
  }
  // A meeting's downloads are route handlers with no cache tags: refresh them by path. Its papers
  // pages read the meeting's tagged record (lib/queries/papers.ts), so its tag refreshes them.
  for (const path of [...paths]) if (path.startsWith("/meetings/")) paths.add(`${path}/agenda-pack.txt`).add(`${path}/original`);
  return { tags: [...tags].sort(), paths: [...paths].sort() };
}

async function tagsFor(database: Database, c: PublicChange): Promise<string[]> {
  const slug = c.slug ?? "";
  switch (c.kind) {
    case "meeting": {
      const [m] = await database.select({ id: meetings.id, committee: committees.slug }).from(meetings)
        .innerJoin(committees, eq(committees.id, meetings.committeeId)).where(eq(meetings.slug, slug));
      return [
        cacheTags.meeting(slug), cacheTags.meetings, cacheTags.plans, cacheTags.funding,
        ...parent(cacheTags.committee, c.committeeSlug ?? m?.committee), ...(m ? await pagesShowingMeeting(database, m.id) : []),
      ];
    }
    case "minutes": {
      const meetingSlug = c.meetingSlug ?? slug;
      const [m] = await database.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, meetingSlug));
      // Minutes are part of their meeting: its page, and every page that shows the meeting's parts.
      return [cacheTags.meeting(meetingSlug), cacheTags.minutes, cacheTags.decisions, ...(m ? await pagesShowingMeeting(database, m.id) : [])];
    }
    case "report": {
      const [r] = await database.select({ id: reports.id }).from(reports).where(eq(reports.slug, slug));
      return [
        cacheTags.report(slug), cacheTags.reports, cacheTags.funding,
        ...parent(cacheTags.meeting, c.meetingSlug), ...(r ? await pagesShowingReport(database, r.id) : []),
      ];
    }
    case "decision": {
      const [d] = await database.select({ entryId: resolutions.minuteEntryId, meeting: meetings.slug, report: reports.slug })
        .from(resolutions).innerJoin(minuteEntries, eq(minuteEntries.id, resolutions.minuteEntryId))
        .innerJoin(minutes, eq(minutes.id, minuteEntries.minutesId)).innerJoin(meetings, eq(meetings.id, minutes.meetingId))
        .leftJoin(reports, eq(reports.id, minuteEntries.reportId))
        .where(eq(resolutions.slug, slug));
      // A decision page numbers the minute's resolutions ("2 of 3") and links the others; the
      // actions the minute set name it.
      const [siblings, actionRows] = d ? await Promise.all([
        database.select({ slug: resolutions.slug }).from(resolutions).where(eq(resolutions.minuteEntryId, d.entryId)),
        database.select({ slug: actions.slug }).from(actions).where(eq(actions.originMinuteEntryId, d.entryId)),
      ]) : [[], []];
      return [
        cacheTags.decision(slug), cacheTags.decisions, ...siblings.map((s) => cacheTags.decision(s.slug)),
        ...actionRows.map((a) => cacheTags.action(a.slug)),
        ...parent(cacheTags.meeting, c.meetingSlug ?? d?.meeting), ...parent(cacheTags.report, c.reportSlug ?? d?.report),
      ];
    }
    case "action": {
      const [a] = await database.select({ id: actions.id }).from(actions).where(eq(actions.slug, slug));
      return [
        cacheTags.action(slug), cacheTags.actions,
        ...parent(cacheTags.meeting, c.meetingSlug), ...parent(cacheTags.committee, c.committeeSlug),
        ...(a ? await pagesShowingAction(database, a.id) : []),
      ];
    }
    case "person":
      return [cacheTags.person(slug), cacheTags.people];
    case "outside-body":
      return [cacheTags.outsideBody(slug), cacheTags.outsideBodies];
    case "strategy":
      return [cacheTags.strategy(slug), cacheTags.strategies];
    default:
      return [cacheTags.all];
  }
}

async function printedAPlan(database: Database, meetingSlug: string): Promise<boolean> {
  const rows = await database.select({ id: agendaPlanEntries.id }).from(agendaPlanEntries)
    .innerJoin(meetings, eq(meetings.id, agendaPlanEntries.publishedWithMeetingId)).where(eq(meetings.slug, meetingSlug)).limit(1);
  return rows.length > 0;
}

const parent = (tag: (slug: string) => string, slug: string | null | undefined) => (slug ? [tag(slug)] : []);

/** Read an untrusted list of changes (the revalidation endpoint's body); null when malformed. */
export function parseChanges(value: unknown): PublicChange[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 500) return null;
  const out: PublicChange[] = [];
  const text = (v: unknown) => (v === undefined || v === null ? undefined : typeof v === "string" && v.length <= 200 ? v : false);
  for (const item of value) {
    if (!item || typeof item !== "object") return null;
    const o = item as Record<string, unknown>;
    if (!CHANGE_KINDS.includes(o.kind as PublicChange["kind"])) return null;
    const fields = ["slug", "meetingSlug", "committeeSlug", "reportSlug"] as const;
    const change: PublicChange = { kind: o.kind as PublicChange["kind"] };
    for (const f of fields) {
      const v = text(o[f]);
      if (v === false) return null;
      if (v !== undefined) change[f] = v;
    }
    for (const f of ["before", "after"] as const) {
      if (o[f] === undefined) continue;
      if (o[f] !== "draft" && o[f] !== "published") return null;
      change[f] = o[f] as Publication;
    }
    out.push(change);
  }
  return out;
}
