/**
 * The visibility rule (lib/queries/visibility.ts), tested as one rule against the demo packs: each
 * kind of record, and each parent (committee, meeting, minutes), is turned to draft in turn; it and
 * the records that hang off it must vanish from every public query (their pages, every list and
 * count, every link, the sitemap, search, the slug gate), nothing else may vanish, and publishing
 * it again brings everything back.
 *
 * Every function exported by lib/queries/*.ts is called (lists with no argument, page queries with
 * every public slug), so a query added later that forgets the rule fails here; an export this test
 * does not know how to call fails too, until it is listed below.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const holder = vi.hoisted(() => {
  process.env.DATABASE_URL = "file::memory:";
  return { db: undefined as unknown as object };
});
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/database-stand-in")).withDatabaseStandIn(await importOriginal<typeof import("@/lib/db")>(), holder));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const { importPackFile } = await import("@/lib/mutations/import-files");
const schema = await import("@/lib/db/schema");
const { collectSitemapEntries } = await import("@/lib/queries/sitemap");
const { searchRecords } = await import("@/lib/queries/search");
const { rebuildSearchIndex } = await import("@/lib/search/indexer");
const { isPublicSlug } = await import("@/lib/queries/public-slugs");
const { createTempDatabase } = await import("../support/temp-database");
type TempDatabase = Awaited<ReturnType<typeof createTempDatabase>>;

const QUERY_DIR = join(process.cwd(), "lib/queries");
const { committees, meetings, minutes, minuteEntries, reports, resolutions, actions, people, outsideBodies, strategies } = schema;

/** Page queries by the slug kind they take. */
const PAGE_QUERIES: Record<string, SlugKind> = {
  getMeetingBySlug: "meeting", getMeetingPack: "meeting-pack", getReportBySlug: "report", getDecisionBySlug: "decision",
  getActionBySlug: "action", getCommitteeBySlug: "committee", getCommitteeHeading: "committee", getPersonBySlug: "person", getPersonHeading: "person", getOutsideBodyBySlug: "outside-body",
  getStrategyBySlug: "strategy", getFinanceReportBySlug: "finance-report", getBudgetLineBySlug: "budget-line",
  getMeetingPapers: "meeting-pack", getOriginalPack: "meeting-pack",
  getPlanPrintedWith: "forward-plan",
};
/**
 * Exports that are not public queries: pure helpers, building blocks the page queries call with
 * ids (covered through them), and functions tested on their own below (search, sitemap, slug gate).
 */
const NOT_PAGE_QUERIES = new Set([
  "meetingStatus", "minuteParagraphs", "layoutMinuteBody", "resolutionLead", "loadResolutionViews",
  "loadActionLinks", "decisionFilterOptions", "parseDecisionFilters", "filterDecisions", "filterActions", "orderMembers",
  "membershipChanges", "groupPlanEntries", "surnameOf", "comparePeopleByName", "mentionsName", "toReportBlocks",
  "withoutImplicationsPart", "budgetLineSlug", "isKeyDecisionRef", "listingsByPack", "splitContactText", "selectChampionRoles",
  "isCurrentChampionRole", "readerFlagsAt", "absoluteUrl", "collectSitemapEntries", "searchRecords", "isPublicSlug", "slugRouteOf",
  "cachedQuery", "cachedRecord", "planPath",
  // Paged lists' counts and conditions (covered through the paged list queries, called for their page 1), the cache wrapper.
  "countListRows", "listConditions", "cachedPagedQuery",
  // The papers of one item (a meeting's papers, covered through getMeetingPapers) and the static params built from them.
  "getItemPapers", "listItemPaperParams",
  // Clerk accounts for the admin pages (signed-in only), not public records.
  "listUsersForAdmin", "getUserForAdmin", "listCommitteeChoices",
]);

type SlugKind = "meeting" | "meeting-pack" | "report" | "decision" | "action" | "committee" | "person" | "outside-body" | "strategy" | "finance-report" | "budget-line"
  | "forward-plan";
type AnyFn = (...args: unknown[]) => Promise<unknown>;

interface Queries {
  lists: [string, AnyFn][];
  pages: [string, SlugKind, AnyFn][];
}

async function loadQueries(): Promise<Queries> {
  const lists: Queries["lists"] = [];
  const pages: Queries["pages"] = [];
  const unknown: string[] = [];
  for (const file of readdirSync(QUERY_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort()) {
    const mod = (await import(join(QUERY_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function" || NOT_PAGE_QUERIES.has(name)) continue;
      if (PAGE_QUERIES[name]) pages.push([name, PAGE_QUERIES[name], value as AnyFn]);
      else if (value.length === 0) lists.push([`${file}:${name}`, value as AnyFn]);
      else unknown.push(`${file}:${name}`);
    }
  }
  expect(unknown, "exports this test cannot call: list them in PAGE_QUERIES or NOT_PAGE_QUERIES").toEqual([]);
  return { lists, pages };
}

/** Public slugs by kind, as the sitemap lists them (the sitemap is itself under test). */
async function publicSlugs(temp: TempDatabase): Promise<Map<SlugKind, string[]>> {
  const prefixes: [string, SlugKind][] = [
    ["/meetings/", "meeting"], ["/reports/", "report"], ["/decisions/", "decision"], ["/actions/", "action"],
    ["/committees/", "committee"], ["/people/", "person"], ["/outside-bodies/", "outside-body"], ["/strategies/", "strategy"],
    ["/funding/reports/", "finance-report"], ["/funding/lines/", "budget-line"], ["/forward-plan/", "forward-plan"],
  ];
  const out = new Map<SlugKind, string[]>([...prefixes.map(([, k]) => [k, []] as [SlugKind, string[]]), ["meeting-pack", []]]);
  const { listSitemapEntries } = await import("@/lib/queries/sitemap");
  const staticPages = new Set(["/actions/open", "/actions/completed"]);
  for (const e of await listSitemapEntries()) {
    if (staticPages.has(e.path)) continue;
    const pack = /^\/meetings\/([^/]+)\/agenda-pack\.txt$/.exec(e.path);
    if (pack) out.get("meeting-pack")!.push(pack[1]);
    for (const [prefix, kind] of prefixes) {
      const rest = e.path.startsWith(prefix) ? e.path.slice(prefix.length) : null;
      if (rest && !rest.includes("/")) out.get(kind)!.push(rest);
    }
  }
  void temp;
  return out;
}

/** Everything every public query returns, as one JSON text per query, and which page queries came back null. */
async function readEverything(q: Queries, slugs: Map<SlugKind, string[]>, temp: TempDatabase, searchTerms: string[]) {
  const outputs: [string, string][] = [];
  const nulls = new Set<string>();
  for (const [name, fn] of q.lists) outputs.push([name, JSON.stringify(await fn())]);
  for (const [name, kind, fn] of q.pages) {
    const t0 = performance.now();
    // Budget lines all come from one loader (whose lists are read above): a sample of their pages will do.
    const kindSlugs = kind === "budget-line" ? (slugs.get(kind) ?? []).slice(0, 5) : slugs.get(kind) ?? [];
    for (const slug of kindSlugs) {
      // The local libSQL client works synchronously: let vitest's worker answer its runner between queries.
      await new Promise((resolve) => setImmediate(resolve));
      const result = await fn(slug);
      if (result === null) nulls.add(`${kind}:${slug}`);
      else outputs.push([`${name}(${slug})`, JSON.stringify(result)]);
    }
    if (process.env.TIME_QUERIES) console.log(name, kindSlugs.length, Math.round(performance.now() - t0));
  }
  outputs.push(["sitemap", JSON.stringify(await collectSitemapEntries(temp.db))]);
  for (const term of searchTerms) outputs.push([`search(${term})`, JSON.stringify(await searchRecords({ q: term }, temp.db))]);
  return { outputs, nulls };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A slug as a value or in an address: "slug", /slug", /slug#…, /slug/… */
const mentions = (slug: string) => new RegExp(`["/]${escape(slug)}["#/]`);

interface Scenario {
  name: string;
  /** Turn the record to draft (or back). */
  set: (publication: "draft" | "published") => Promise<void>;
  /** Slugs that must vanish, by kind. */
  hidden: [SlugKind, string][];
}

describe("the visibility rule", () => {
  let temp: TempDatabase;
  let queries: Queries;
  let baseline: Map<SlugKind, string[]>;
  let everythingCount = 0;
  const searchTerms = ["council", "resilience", "Fenland", "communities", "the"];

  beforeAll(async () => {
    temp = await createTempDatabase();
    holder.db = temp.db;
    for (const pack of readdirSync("data/packs").filter((f) => f.endsWith(".txt")).sort()) {
      await importPackFile(temp.db, join("data/packs", pack), { actor: "test" });
    }
    queries = await loadQueries();
    baseline = await publicSlugs(temp);
    everythingCount = (await readEverything(queries, baseline, temp, [])).outputs.length;
  });
  afterAll(() => temp?.cleanup());

  it("is stated in one file: no other query file mentions publication", () => {
    const offenders = readdirSync(QUERY_DIR)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "visibility.ts")
      .filter((f) => /\.publication\b|["']published["']/.test(readFileSync(join(QUERY_DIR, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("shows every record of the demo packs while all are published", async () => {
    for (const kind of ["meeting", "report", "decision", "action", "committee", "person", "outside-body", "strategy"] as const) {
      expect(baseline.get(kind)!.length, kind).toBeGreaterThan(0);
    }
    const { nulls, outputs } = await readEverything(queries, baseline, temp, []);
    expect([...nulls]).toEqual([]);
    expect(outputs.length).toBe(everythingCount);
  });

  async function scenarios(): Promise<Scenario[]> {
    const db = temp.db;
    const slugsOf = async (table: typeof reports | typeof resolutions | typeof strategies | typeof actions, ids: number[]) =>
      ids.length ? (await db.select({ slug: table.slug }).from(table).where(inArray(table.id, ids))).map((r) => r.slug) : [];
    const resolutionsOfMinutes = async (minutesIds: number[]) => minutesIds.length
      ? (await db.select({ slug: resolutions.slug }).from(resolutions).innerJoin(minuteEntries, eq(minuteEntries.id, resolutions.minuteEntryId))
        .where(inArray(minuteEntries.minutesId, minutesIds))).map((r) => r.slug)
      : [];
    const meetingTree = async (meetingIds: number[]): Promise<[SlugKind, string][]> => {
      const ms = await db.select({ slug: meetings.slug }).from(meetings).where(inArray(meetings.id, meetingIds));
      // The agenda plans those meetings' packs printed have pages of their own.
      const plans = await db.selectDistinct({ slug: meetings.slug }).from(schema.agendaPlanEntries)
        .innerJoin(meetings, eq(meetings.id, schema.agendaPlanEntries.publishedWithMeetingId)).where(inArray(meetings.id, meetingIds));
      const reportIds = (await db.select({ id: reports.id }).from(reports).where(inArray(reports.meetingId, meetingIds))).map((r) => r.id);
      const minutesIds = (await db.select({ id: minutes.id }).from(minutes).where(inArray(minutes.meetingId, meetingIds))).map((r) => r.id);
      const strategyIds = (await db.select({ id: strategies.id }).from(strategies).where(inArray(strategies.meetingId, meetingIds))).map((r) => r.id);
      return [
        ...ms.map((m) => ["meeting", m.slug] as [SlugKind, string]),
        ...plans.map((m) => ["forward-plan", m.slug] as [SlugKind, string]),
        ...(await slugsOf(reports, reportIds)).map((s) => ["report", s] as [SlugKind, string]),
        ...(await resolutionsOfMinutes(minutesIds)).map((s) => ["decision", s] as [SlugKind, string]),
        ...(await slugsOf(strategies, strategyIds)).map((s) => ["strategy", s] as [SlugKind, string]),
      ];
    };
    const byCount = async (countSql: ReturnType<typeof sql>) => (await db.all<{ id: number }>(countSql))[0].id;

    const [committee] = await db.select().from(committees).limit(1);
    const committeeMeetings = (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.committeeId, committee.id))).map((m) => m.id);
    const committeeActions = (await db.select({ slug: actions.slug }).from(actions).where(eq(actions.committeeId, committee.id))).map((a) => a.slug);
    const committeeStrategies = (await db.select({ slug: strategies.slug }).from(strategies).where(eq(strategies.committeeId, committee.id))).map((a) => a.slug);
    const meetingId = await byCount(sql`select meeting_id as id from reports group by meeting_id order by count(*) desc limit 1`);
    const minutesId = await byCount(sql`select me.minutes_id as id from resolutions r join minute_entries me on me.id = r.minute_entry_id group by me.minutes_id order by count(*) desc limit 1`);
    const reportId = await byCount(sql`select coalesce((select report_id from minute_entries where report_id is not null limit 1), (select id from reports limit 1)) as id`);
    const [resolution] = await db.select().from(resolutions).limit(1);
    const [report] = await db.select().from(reports).where(eq(reports.id, reportId));

    const setter = (table: typeof committees | typeof meetings | typeof minutes | typeof reports | typeof resolutions | typeof actions
      | typeof people | typeof outsideBodies | typeof strategies, id: number) =>
      async (publication: "draft" | "published") => { await db.update(table).set({ publication }).where(eq(table.id, id)); };

    const everyOf = async (kind: SlugKind, table: typeof reports | typeof resolutions | typeof actions | typeof people | typeof outsideBodies | typeof strategies): Promise<Scenario[]> => [{
      name: `every ${kind}`,
      set: async (publication) => { await db.update(table).set({ publication }); },
      hidden: (await db.select({ slug: table.slug }).from(table)).map((r) => [kind, r.slug] as [SlugKind, string]),
    }];

    return [
      {
        name: "a committee", set: setter(committees, committee.id),
        hidden: [
          ["committee", committee.slug], ...(await meetingTree(committeeMeetings)),
          ...committeeActions.map((s) => ["action", s] as [SlugKind, string]), ...committeeStrategies.map((s) => ["strategy", s] as [SlugKind, string]),
        ],
      },
      { name: "a meeting", set: setter(meetings, meetingId), hidden: await meetingTree([meetingId]) },
      { name: "minutes", set: setter(minutes, minutesId), hidden: (await resolutionsOfMinutes([minutesId])).map((s) => ["decision", s]) },
      { name: "a report", set: setter(reports, report.id), hidden: [["report", report.slug]] },
      { name: "a decision", set: setter(resolutions, resolution.id), hidden: [["decision", resolution.slug]] },
      // Every record of a leaf kind at once: any query that links such a record without the rule shows it.
      ...await everyOf("report", reports), ...await everyOf("decision", resolutions), ...await everyOf("action", actions),
      ...await everyOf("person", people), ...await everyOf("outside-body", outsideBodies), ...await everyOf("strategy", strategies),
    ];
  }

  const GATE_ROUTE: Partial<Record<SlugKind, Parameters<typeof isPublicSlug>[0]>> = {
    meeting: "meetings", report: "reports", decision: "decisions", action: "actions", committee: "committees", person: "people",
    "outside-body": "outside-bodies", strategy: "strategies", "forward-plan": "forward-plan",
  };

  it("hides each record, and what hangs off it, from every public query while it is a draft, and shows it again when published", async () => {
    const all = await scenarios();
    expect(all.map((s) => s.name)).toHaveLength(11);
    for (const scenario of all) {
      expect(scenario.hidden.length, scenario.name).toBeGreaterThan(0);
      await scenario.set("draft");
      // These raw updates bypass the write paths, which re-read the search index in their own transaction.
      await rebuildSearchIndex(temp.db);
      const { outputs, nulls } = await readEverything(queries, baseline, temp, [...searchTerms, ...scenario.hidden.map(([, s]) => s.split("-").slice(-2).join(" "))]);
      const hiddenKeys = new Set(scenario.hidden.flatMap(([k, s]) => [`${k}:${s}`, ...(k === "meeting" ? [`meeting-pack:${s}`] : [])]));

      // Its page (and each page that hangs off it) is a 404...
      for (const [kind, slug] of scenario.hidden) expect(nulls.has(`${kind}:${slug}`), `${scenario.name}: page ${kind}:${slug} should be null`).toBe(true);
      // ...and nothing else is (drafts hide no more than they must; funding pages derive from what is left).
      const overHidden = [...nulls].filter((k) => !hiddenKeys.has(k) && !k.startsWith("finance-report:") && !k.startsWith("budget-line:"));
      expect(overHidden, `${scenario.name}: pages hidden beyond the rule`).toEqual([]);
      // No list, count, link, sitemap entry or search result mentions it.
      for (const [, slug] of scenario.hidden) {
        const leaks = outputs.filter(([, text]) => mentions(slug).test(text)).map(([name]) => name);
        expect(leaks, `${scenario.name}: "${slug}" leaks through`).toEqual([]);
      }
      // The proxy's slug gate agrees.
      for (const [kind, slug] of scenario.hidden) {
        if (GATE_ROUTE[kind]) expect(await isPublicSlug(GATE_ROUTE[kind]!, slug, temp.db), `${scenario.name}: gate lets ${kind}:${slug} through`).toBe(false);
      }

      await scenario.set("published");
      await rebuildSearchIndex(temp.db);
      const after = await readEverything(queries, baseline, temp, []);
      expect([...after.nulls], `${scenario.name}: published again`).toEqual([]);
      expect(after.outputs.length, `${scenario.name}: everything shows again`).toBe(everythingCount);
      const sitemap = after.outputs.find(([n]) => n === "sitemap")![1];
      for (const [kind, slug] of scenario.hidden) {
        expect(mentions(slug).test(sitemap), `${scenario.name}: ${slug} back in the sitemap`).toBe(true);
        if (GATE_ROUTE[kind]) expect(await isPublicSlug(GATE_ROUTE[kind]!, slug, temp.db)).toBe(true);
      }
    }
  }, 600_000);

  it("counts only public records", async () => {
    const { listPublishedCommittees } = await import("@/lib/queries/committees");
    const [before] = await listPublishedCommittees();
    const [open] = await temp.db.select().from(actions).where(eq(actions.isComplete, false)).limit(1);
    const [meeting] = await temp.db.select().from(meetings).limit(1);
    await temp.db.update(actions).set({ publication: "draft" }).where(eq(actions.id, open.id));
    await temp.db.update(meetings).set({ publication: "draft" }).where(eq(meetings.id, meeting.id));
    const [during] = await listPublishedCommittees();
    expect(during.openActionCount).toBe(before.openActionCount - 1);
    expect(during.meetingCount).toBe(before.meetingCount - 1);
    await temp.db.update(actions).set({ publication: "published" }).where(eq(actions.id, open.id));
    await temp.db.update(meetings).set({ publication: "published" }).where(eq(meetings.id, meeting.id));
    expect((await listPublishedCommittees())[0]).toEqual(before);
  });
});
