/**
 * A publish must refresh every page that shows the changed record, and (since re-rendering pages
 * is what held publishes back under load) not the record pages that do not. Checked against the
 * pages' own data: every record page of a council of three committees (the demo packs and two
 * synthetic committees) is loaded through its query, with the cache tags that query gives it; a
 * page "shows" a record when its data names the record's slug. For each change, every page that
 * shows the record must carry a tag the change expires, and no person or committee page that does
 * not show it may be expired by a record tag.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const holder = vi.hoisted(() => {
  process.env.DATABASE_URL = "file::memory:";
  return { db: undefined as unknown as object, tags: new Map<string, string[]>() };
});
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/database-stand-in")).withDatabaseStandIn(await importOriginal<typeof import("@/lib/db")>(), holder));
// The real queries, uncached, remembering the tags each page's cached read would carry.
vi.mock("next/cache", () => ({
  unstable_cache: <A extends unknown[], R>(fn: (...a: A) => Promise<R>, keys: string[], options: { tags: string[] }) =>
    (...a: A) => { holder.tags.set(keys.join("|"), options.tags); return fn(...a); },
  revalidateTag: () => {}, revalidatePath: () => {},
}));
vi.mock("@/lib/auth/config", () => ({ auth: async () => null }));

const { importPackFile } = await import("@/lib/mutations/import-files");
const { storeAgendaPack } = await import("@/lib/mutations/import-pack");
const { councilPacks } = await import("@/lib/demo/synthetic-council");
const { changeTargets } = await import("@/lib/publishing/change-targets");
const { cacheTags } = await import("@/lib/cache-tags");
const q = {
  person: await import("@/lib/queries/people"), committee: await import("@/lib/queries/committees"),
  meeting: await import("@/lib/queries/meetings"), decision: await import("@/lib/queries/decisions"),
  action: await import("@/lib/queries/actions"), strategy: await import("@/lib/queries/strategies"),
  report: await import("@/lib/queries/reports"), papers: await import("@/lib/queries/papers"),
};
const { createTempDatabase } = await import("../support/temp-database");

interface Page { name: string; kind: string; slug: string; text: string; tags: string[] }

async function loadPages(): Promise<Page[]> {
  const loaders: [string, () => Promise<string[]>, (slug: string) => Promise<unknown>, string][] = [
    ["person", q.person.listPersonSlugs, q.person.getPersonBySlug, "getPersonBySlug"],
    ["committee", q.committee.listCommitteeSlugs, q.committee.getCommitteeBySlug, "getCommitteeBySlug"],
    ["meeting", q.meeting.listMeetingSlugs, q.meeting.getMeetingBySlug, "getMeetingBySlug"],
    ["papers", q.meeting.listMeetingPackSlugs, q.papers.getMeetingPapers, "getMeetingPapers"],
    ["decision", q.decision.listDecisionSlugs, q.decision.getDecisionBySlug, "getDecisionBySlug"],
    ["action", q.action.listActionSlugs, q.action.getActionBySlug, "getActionBySlug"],
    ["strategy", q.strategy.listStrategySlugs, q.strategy.getStrategyBySlug, "getStrategyBySlug"],
    ["report", q.report.listReportSlugs, q.report.getReportBySlug, "getReportBySlug"],
  ];
  const pages: Page[] = [];
  for (const [kind, list, load, name] of loaders) {
    for (const slug of await list()) {
      const data = await load(slug);
      if (data) pages.push({ name: `${kind} ${slug}`, kind, slug, text: JSON.stringify(data), tags: holder.tags.get(`${name}|${slug}`) ?? [] });
    }
  }
  return pages;
}

/** Whether the page's data names the record: its slug as a value or at the end of a link. */
const shows = (page: Page, slug: string) => page.text.includes(`"${slug}"`) || page.text.includes(`/${slug}"`);

describe("what a publish expires, against the pages' own data", () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  let pages: Page[];
  const all = async (sql: string) => (await temp.db.$client.execute(sql)).rows.map((r) => String(r[0]));

  beforeAll(async () => {
    temp = await createTempDatabase();
    holder.db = temp.db;
    for (const pack of ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"]) {
      await importPackFile(temp.db, pack, { actor: "test" });
    }
    // Two more committees (the first synthetic one is the demo packs' own), three meetings each.
    const perCommittee = new Map<string, number>();
    for (const { pack, text } of councilPacks({ committees: 3, lastYear: 2026, years: 1, seed: 7 })) {
      const n = perCommittee.get(pack.meeting.committee) ?? 0;
      if (n >= 3) continue;
      perCommittee.set(pack.meeting.committee, n + 1);
      await storeAgendaPack(temp.db, pack, text, { actor: "test" });
    }
    pages = await loadPages();
  }, 240_000);
  afterAll(() => temp?.cleanup());

  async function check(kind: "report" | "action" | "decision" | "meeting", slug: string) {
    const { tags } = await changeTargets(temp.db, [{ kind, slug }]);
    const expired = new Set(tags);
    const missed = pages.filter((p) => shows(p, slug) && !p.tags.some((t) => expired.has(t))).map((p) => p.name);
    expect(missed, `${kind} ${slug}: pages that show it but keep their cache`).toEqual([]);
    return { expired, tags };
  }

  it("has three committees, several meetings each, and pages of every kind", () => {
    const kinds = new Set(pages.map((p) => p.kind));
    for (const k of ["person", "committee", "meeting", "papers", "decision", "action", "report"]) expect(kinds).toContain(k);
    expect(pages.filter((p) => p.kind === "committee").length).toBeGreaterThanOrEqual(3);
  });

  it("a report: every page showing it, and no person or committee page that does not", async () => {
    const reports = await all("select slug from reports where publication = 'published' order by id");
    expect(reports.length).toBeGreaterThan(10);
    for (const slug of reports) {
      const { expired } = await check("report", slug);
      expect(expired.has(cacheTags.all)).toBe(false);
      const needless = pages.filter((p) => (p.kind === "person" || p.kind === "committee") && expired.has(`${p.kind}:${p.slug}`) && !shows(p, slug));
      expect(needless.map((p) => p.name), `report ${slug}: pages expired that do not show it`).toEqual([]);
      // Nothing but the lists and its own relatives: most person pages keep their cache.
      const people = pages.filter((p) => p.kind === "person");
      expect(people.filter((p) => p.tags.some((t) => expired.has(t))).length).toBeLessThan(people.length / 2);
    }
  });

  it("an action and a decision: every page showing it", async () => {
    for (const slug of await all("select slug from actions where publication = 'published'")) {
      const { expired } = await check("action", slug);
      const needless = pages.filter((p) => p.kind === "person" && expired.has(`person:${p.slug}`) && !shows(p, slug));
      expect(needless.map((p) => p.name)).toEqual([]);
    }
    for (const slug of await all("select slug from resolutions where publication = 'published'")) await check("decision", slug);
  });

  it("a meeting: every page showing it, and not the other committees' pages", async () => {
    for (const slug of await all("select slug from meetings where publication = 'published'")) {
      const { tags } = await check("meeting", slug);
      const committee = (await all(`select c.slug from committees c join meetings m on m.committee_id = c.id where m.slug = '${slug}'`))[0];
      const others = pages.filter((p) => p.kind === "committee" && p.slug !== committee && !shows(p, slug)).map((p) => `committee:${p.slug}`);
      expect(tags.filter((t) => others.includes(t))).toEqual([]);
    }
  });

  it("a report's From: line edited away from a person still expires that person's page", async () => {
    const [row] = (await temp.db.$client.execute(`select r.id, r.slug, r.from_text, p.slug as person, p.full_name from reports r
      join people p on instr(lower(r.from_text), lower(p.full_name)) > 0 where p.full_name like '% %' limit 1`)).rows;
    expect(row, "a report whose From: line names a person").toBeDefined();
    // Through the dashboard's own write, which keeps the line before the edit in the audit trail.
    const { loadRecord, updateRecord } = await import("@/lib/mutations/records");
    const { formValues } = await import("@/lib/mutations/dashboard-reads");
    const { users } = await import("@/lib/db/schema");
    const [user] = await temp.db.insert(users).values({ email: "admin@example.gov.uk", name: "Ada Admin", passwordHash: "x", role: "admin" }).returning();
    const admin = { id: user.id, email: user.email, role: "admin" as const, committeeIds: null };
    const rec = (await loadRecord("report", Number(row.id), temp.db))!;
    await updateRecord(admin, "report", Number(row.id), rec.version, { ...formValues(rec.values), fromText: "Someone Else, Director" },
      { database: temp.db, revalidate: async () => {} });
    expect(await all(`select from_text from reports where id = ${row.id}`)).toEqual(["Someone Else, Director"]);
    const { tags } = await changeTargets(temp.db, [{ kind: "report", slug: String(row.slug) }]);
    expect(tags).toContain(`person:${row.person}`);
  });
});
