/**
 * Whether an address names a public record, answered with one indexed query and no rendering:
 * the proxy asks before a `[slug]` page is rendered, so an unknown or draft slug gets a 404 that
 * costs no render and leaves nothing in the page cache (see lib/publishing/slug-gate.ts).
 * Not marked server-only: the proxy bundle imports it (it is server code all the same).
 */
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { db as appDb, type Database } from "@/lib/db";
import { actions, agendaItems, agendaPlanEntries, budgetLineValues, budgetLines, committees, meetings, outsideBodies, people, reports, resolutions, strategies } from "@/lib/db/schema";
import { isPublic } from "@/lib/queries/visibility";
import { slugify } from "@/lib/slug";
import { itemPathLabel } from "@/lib/papers/paths";

export type SlugRoute =
  | "meetings" | "meeting-pack" | "meeting-papers" | "reports" | "decisions" | "actions" | "committees" | "people" | "outside-bodies" | "strategies"
  | "funding-lines" | "funding-reports" | "forward-plan";

const PATTERNS: [RegExp, SlugRoute][] = [
  [/^\/meetings\/([^/]+)\/agenda-pack\.txt$/, "meeting-pack"],
  // A meeting's "add to calendar" file and a committee's feeds answer for their record's slug.
  [/^\/meetings\/([^/]+)\/calendar\.ics$/, "meetings"],
  [/^\/committees\/([^/]+)\/feeds\/[^/]+$/, "committees"],
  // A committee's own lists of meetings, actions and printed plans, and their later pages.
  [/^\/committees\/([^/]+)\/(?:meetings|actions|plans)(?:\/page\/[^/]*)?\/?$/, "committees"],
  // A person's whole attendance record and report contacts, and their later pages.
  [/^\/people\/([^/]+)\/(?:attendance|reports)(?:\/page\/[^/]*)?\/?$/, "people"],
  [/^\/meetings\/([^/]+)\/original$/, "meeting-pack"],
  // "/meetings/<meeting>/papers/<item>": the slug is "<meeting>/<item>" (checked together below).
  [/^\/meetings\/([^/]+\/papers\/[^/]+?)\/?$/, "meeting-papers"],
  [/^\/meetings\/([^/]+)\/?$/, "meetings"],
  [/^\/reports\/([^/]+)\/?$/, "reports"],
  [/^\/decisions\/([^/]+)\/?$/, "decisions"],
  [/^\/actions\/([^/]+)\/?$/, "actions"],
  [/^\/committees\/([^/]+)\/?$/, "committees"],
  [/^\/people\/([^/]+)\/?$/, "people"],
  [/^\/outside-bodies\/([^/]+)\/?$/, "outside-bodies"],
  [/^\/strategies\/([^/]+)\/?$/, "strategies"],
  [/^\/funding\/lines\/([^/]+)\/?$/, "funding-lines"],
  [/^\/funding\/reports\/([^/]+)\/?$/, "funding-reports"],
  [/^\/forward-plan\/([^/]+)\/?$/, "forward-plan"],
];

/** Static pages that sit beside a `[slug]` segment and must not be mistaken for a slug. */
const NOT_SLUGS = new Set(["/actions/open", "/actions/completed", "/funding/facts"]);

/** The `[slug]` route an address belongs to, or null for any other address. */
export function slugRouteOf(pathname: string): { route: SlugRoute; slug: string } | null {
  if (NOT_SLUGS.has(pathname.replace(/\/$/, ""))) return null;
  for (const [pattern, route] of PATTERNS) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    let slug: string;
    try {
      slug = decodeURIComponent(m[1]);
    } catch {
      slug = "";
    }
    return { route, slug };
  }
  return null;
}

/** Slugs are lowercase ASCII words joined by hyphens (lib/slug.ts); anything else cannot exist. */
const SLUG_SHAPE = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** True when `slug` names a public record on `route`, by the visibility rule. */
export async function isPublicSlug(route: SlugRoute, slug: string, database: Database = appDb): Promise<boolean> {
  if (route === "meeting-papers") return isPublicItemPapers(slug, database);
  if (!SLUG_SHAPE.test(slug)) return false;
  const exists = async (query: Promise<unknown[]>) => (await query).length > 0;
  const one = { one: sql`1` };
  switch (route) {
    case "meetings":
    case "meeting-pack":
      return exists(database.select(one).from(meetings).where(and(eq(meetings.slug, slug), isPublic.meeting)).limit(1));
    case "reports":
      return exists(database.select(one).from(reports).where(and(eq(reports.slug, slug), isPublic.report)).limit(1));
    case "decisions":
      return exists(database.select(one).from(resolutions).where(and(eq(resolutions.slug, slug), isPublic.resolution)).limit(1));
    case "actions":
      return exists(database.select(one).from(actions).where(and(eq(actions.slug, slug), isPublic.action)).limit(1));
    case "committees":
      return exists(database.select(one).from(committees).where(and(eq(committees.slug, slug), isPublic.committee)).limit(1));
    case "people":
      return exists(database.select(one).from(people).where(and(eq(people.slug, slug), isPublic.person)).limit(1));
    case "outside-bodies":
      return exists(database.select(one).from(outsideBodies).where(and(eq(outsideBodies.slug, slug), isPublic.outsideBody)).limit(1));
    case "strategies":
      return exists(database.select(one).from(strategies).where(and(eq(strategies.slug, slug), isPublic.strategy)).limit(1));
    case "forward-plan":
      // "/forward-plan/<meeting>": the agenda plan that meeting's pack printed.
      return exists(database.select(one).from(agendaPlanEntries).innerJoin(meetings, eq(meetings.id, agendaPlanEntries.publishedWithMeetingId))
        .where(and(eq(meetings.slug, slug), isPublic.agendaPlanEntry)).limit(1));
    case "funding-lines": {
      // "/funding/lines/14-total-expenditure": the budget line's id, then its name (lib/queries/funding.ts).
      const id = Number(/^(\d+)-/.exec(slug)?.[1]);
      if (!Number.isSafeInteger(id)) return false;
      const [line] = await database.select({ name: budgetLines.name }).from(budgetLines)
        .innerJoin(budgetLineValues, eq(budgetLineValues.budgetLineId, budgetLines.id))
        .where(and(eq(budgetLines.id, id), isPublic.budgetLineValue)).limit(1);
      return line !== undefined && slug === `${id}-${slugify(line.name, 60)}`;
    }
    case "funding-reports": {
      // A finance report's page is its report's slug, or "<meeting>-budget-tables" for tables tied to no report.
      if (await exists(database.select(one).from(budgetLineValues).innerJoin(reports, eq(reports.id, budgetLineValues.reportId))
        .where(and(eq(reports.slug, slug), isPublic.budgetLineValue)).limit(1))) return true;
      const meetingSlug = /^(.+)-budget-tables$/.exec(slug)?.[1];
      return meetingSlug !== undefined && exists(database.select(one).from(budgetLineValues)
        .innerJoin(meetings, eq(meetings.id, budgetLineValues.meetingId))
        .where(and(eq(meetings.slug, meetingSlug), isNull(budgetLineValues.reportId), isPublic.budgetLineValue)).limit(1));
    }
  }
}

/** "<meeting>/papers/<item>": a public meeting with a pack, and an agenda item of it that prints page numbers. */
async function isPublicItemPapers(slug: string, database: Database): Promise<boolean> {
  const [meetingSlug, item] = slug.split("/papers/");
  if (!meetingSlug || !item || !SLUG_SHAPE.test(meetingSlug) || !/^[a-z0-9][a-z0-9-]{0,19}$/.test(item)) return false;
  const rows = await database.select({ number: agendaItems.numberLabel }).from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(eq(meetings.slug, meetingSlug), isPublic.meeting, isNotNull(meetings.sourceDocumentId), isNotNull(agendaItems.pageStart)));
  return rows.some((r) => itemPathLabel(r.number) === item);
}
