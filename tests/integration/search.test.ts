/**
 * Full-text search against a real temporary libSQL database with both demo packs imported: the
 * known items are found by natural queries, filters and counts agree, phrase, prefix and stemming
 * work, no input makes it throw, and drafts never appear, with a dashboard publish, unpublish or
 * edit changing results in the mutation's own transaction.
 */
import fc from "fast-check";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActingUser } from "@/lib/auth/guards";
import * as t from "@/lib/db/schema";
import { importPackFile } from "@/lib/mutations/import-files";
import { loadRecord, setPublication, updateRecord } from "@/lib/mutations/records";
import { RESULTS_PER_PAGE, searchRecords, type SearchOutcome } from "@/lib/queries/search";
import { rebuildSearchIndex } from "@/lib/search/indexer";
import { filterToken, toFtsQuery, withFilters } from "@/lib/search/fts-query";
import { KIND_BOOST, SEARCH_KINDS, type SearchKind } from "@/lib/search/kinds";
import { MARK_CLOSE, MARK_OPEN, markedParts, partsToHtml, partsToText } from "@/lib/search/snippet";
import { createTempDatabase, type TempDatabase } from "../support/temp-database";

// The guards' session lookup (next-auth) is not needed: mutations receive the acting user.
vi.mock("@/lib/auth/config", () => ({ auth: async () => null }));

const admin: ActingUser = { id: 1, email: "admin@example.org", role: "admin", committeeIds: null };
const noRevalidate = async () => undefined;

describe("full-text search", () => {
  let temp: TempDatabase;
  const search = (q: string, more: Omit<Parameters<typeof searchRecords>[0], "q"> = {}) => searchRecords({ q, ...more }, temp.db);
  const urls = (o: SearchOutcome) => o.results.map((r) => r.url);

  beforeAll(async () => {
    temp = await createTempDatabase();
    for (const pack of ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"]) {
      await importPackFile(temp.db, pack, { actor: "test" });
    }
    await temp.db.insert(t.users).values({ id: 1, email: "admin@example.org", name: "Admin", passwordHash: "x", role: "admin" });
  });
  afterAll(() => temp.cleanup());

  it("finds the demo packs' known items by natural queries, best first", async () => {
    const las = await search("local assistance scheme");
    expect(las.results[0].kind).toBe("report");
    expect(partsToText(las.results[0].title)).toMatch(/Local Assistance Scheme/i);
    expect(las.results[0].url).toMatch(/^\/reports\/2021-03-04-/);

    const ribbon = await search("white ribbon");
    expect(ribbon.total).toBeGreaterThan(2);
    const kinds = new Set(ribbon.results.map((r) => r.kind));
    expect(kinds.has("minute") || kinds.has("decision")).toBe(true);
    expect(kinds.has("strategy-action")).toBe(true);
    expect(ribbon.results.some((r) => /White Ribbon/i.test(partsToText(r.title)))).toBe(true);

    const skills = await search("adult skills");
    expect(skills.total).toBeGreaterThan(0);
    expect(skills.results.some((r) => r.kind === "strategy-action" && /#action-3-6$/.test(r.url))).toBe(true);
  });

  it("highlights matches in titles and snippets as safe parts", async () => {
    const ribbon = await search("white ribbon");
    const hit = ribbon.results.find((r) => r.snippet.some((p) => p.marked))!;
    expect(hit.snippet.filter((p) => p.marked).map((p) => p.text.toLowerCase())).toContain("white ribbon");
    expect(partsToHtml(hit.snippet)).toMatch(/<mark>white ribbon<\/mark>/i);
    expect(partsToHtml([{ text: "<script>x</script>", marked: false }, { text: "a&b", marked: true }])).toBe("&lt;script&gt;x&lt;/script&gt;<mark>a&amp;b</mark>");
  });

  it("filters by type, committee and year, and the counts add up", async () => {
    const all = await search("council");
    expect(all.total).toBeGreaterThan(RESULTS_PER_PAGE);
    const sum = (f: SearchOutcome["facets"]["type"]) => f.reduce((n, v) => n + v.count, 0);
    expect(sum(all.facets.type)).toBe(all.total);
    expect(sum(all.facets.year)).toBeLessThanOrEqual(all.total);
    const undated = (await search("council", { type: "person" })).total + (await search("council", { type: "committee" })).total
      + (await search("council", { type: "outside-body" })).total;
    expect(sum(all.facets.year)).toBe(all.total - undated);

    for (const v of all.facets.type) {
      const narrowed = await search("council", { type: v.value as never });
      expect(narrowed.total, v.value).toBe(v.count);
      expect(narrowed.results.every((r) => r.kind === v.value)).toBe(true);
      expect(narrowed.facets.type.find((x) => x.value === v.value)?.selected).toBe(true);
    }
    const year = all.facets.year.find((y) => y.value === "2018")!;
    const in2018 = await search("council", { year: 2018 });
    expect(in2018.total).toBe(year.count);
    expect(in2018.results.every((r) => r.date?.startsWith("2018"))).toBe(true);

    const committee = all.facets.committee[0];
    const byCommittee = await search("council", { committee: committee.value });
    expect(byCommittee.total).toBe(committee.count);
    expect(byCommittee.results.every((r) => r.committee?.slug === committee.value)).toBe(true);

    const both = await search("council", { type: "report", year: 2021 });
    expect(both.results.every((r) => r.kind === "report" && r.date?.startsWith("2021"))).toBe(true);
    expect(both.total).toBe((await search("council", { year: 2021 })).facets.type.find((v) => v.value === "report")?.count);

    expect((await search("council", { committee: "no-such-committee" })).total).toBe(0);
  });

  it("pages through results without repeating or losing any", async () => {
    const first = await search("council", { page: 1 });
    const second = await search("council", { page: 2 });
    expect(first.results).toHaveLength(RESULTS_PER_PAGE);
    expect(first.pageCount).toBe(Math.ceil(first.total / RESULTS_PER_PAGE));
    const seen = new Set([...urls(first), ...urls(second)].map((u, i) => `${u}|${i < RESULTS_PER_PAGE ? first.results[i].kind : second.results[i - RESULTS_PER_PAGE].kind}|${i}`));
    expect(seen.size).toBe(first.results.length + second.results.length);
    const overlap = first.results.filter((a) => second.results.some((b) => b.url === a.url && partsToText(b.title) === partsToText(a.title)));
    expect(overlap).toEqual([]);
    expect((await search("council", { page: first.pageCount + 1 })).results).toEqual([]);
  });

  it("ranks, filters and highlights as one plain FTS5 query with the filters' tokens would", async () => {
    // The oracle narrows with the tags column's tokens and sorts everything in one statement;
    // searchRecords narrows by the rowid's bits and reads snippets for its page alone.
    const boost = sql.raw(`CASE kind ${SEARCH_KINDS.map((k) => `WHEN '${k}' THEN ${KIND_BOOST[k]}`).join(" ")} END`);
    const [council] = await temp.db.all<{ id: number; slug: string }>(sql`SELECT c.id, c.slug FROM committees c WHERE EXISTS (SELECT 1 FROM search_fts WHERE committee_id = c.id) ORDER BY c.id LIMIT 1`);
    const cases: [string, { type?: SearchKind; year?: number; committee?: string }][] = [
      ["council", {}], ["libr*", {}], ['"white ribbon"', {}], ["council", { type: "minute" }], ["council", { year: 2018 }],
      ["council", { committee: council.slug }], ["council", { type: "report", year: 2021 }],
    ];
    for (const [q, f] of cases) {
      const tokens = [...(f.type ? [filterToken.kind(f.type)] : []), ...(f.committee ? [filterToken.committee(Number(council.id))] : []), ...(f.year ? [filterToken.year(f.year)] : [])];
      const oracle = await temp.db.all<{ url: string; title: string; snippet: string }>(sql`
        SELECT url, highlight(search_fts, 0, ${MARK_OPEN}, ${MARK_CLOSE}) AS title, snippet(search_fts, 1, ${MARK_OPEN}, ${MARK_CLOSE}, '…', 28) AS snippet
        FROM search_fts WHERE search_fts MATCH ${withFilters(toFtsQuery(q).match!, tokens)} ORDER BY rank * ${boost}, rowid LIMIT ${2 * RESULTS_PER_PAGE}`);
      const got = [...(await search(q, { ...f, page: 1 })).results, ...(await search(q, { ...f, page: 2 })).results];
      expect(oracle.length, q).toBeGreaterThan(0);
      expect(got.map((r) => [r.url, r.title, r.snippet]), `${q} ${JSON.stringify(f)}`)
        .toEqual(oracle.map((o) => [o.url, markedParts(o.title), markedParts(o.snippet)]));
    }
  });

  it("supports phrases, prefixes and stemming", async () => {
    const phrase = await search('"white ribbon campaign"');
    const loose = await search("campaign white ribbon");
    expect(phrase.total).toBeGreaterThan(0);
    expect(phrase.total).toBeLessThanOrEqual(loose.total);
    const reversed = await search('"ribbon white"');
    expect(reversed.total).toBe(0);

    const prefix = await search("libr*");
    const library = await search("library");
    expect(prefix.total).toBeGreaterThanOrEqual(library.total);
    expect(prefix.total).toBeGreaterThan(0);

    // Porter stemming: "libraries" and "library" are one word.
    const plural = await search("libraries");
    expect(plural.total).toBe(library.total);
    expect(plural.results[0].title.concat(plural.results[0].snippet).some((p) => p.marked && /^librar/i.test(p.text))).toBe(true);
  });

  it("never throws on hostile input, and treats operators as words", async () => {
    const nasty = [
      '"', '""', '"""', "*", "**", "(", ")", "((", "NEAR(", "NEAR(a b", "a NEAR/2 b", "AND", "OR OR", "NOT", "-", "^", "a:b", "{title}:x",
      "title:council", "col : x", "\u0000", "council\u0000library", "🎗️", "white 🎗️ ribbon", "\u202etxet", "'; DROP TABLE reports; --",
      "x".repeat(10_000), "council ".repeat(1500), "a*b*c", "*council", "libr**", "\\", "%_", "é", "Œuvre", "中文",
    ];
    for (const q of nasty) {
      const out = await search(q);
      expect(out.total, q.slice(0, 20)).toBeGreaterThanOrEqual(0);
    }
    expect((await search("council\u0000library")).total).toBe((await search("council library")).total);
    await fc.assert(fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 80 }), async (q) => {
      const out = await search(q, { page: 1 });
      expect(out.results.length).toBeLessThanOrEqual(RESULTS_PER_PAGE);
    }), { numRuns: 150 });
    await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom('"', "*", "(", ")", "NEAR", "AND", "OR", "NOT", ":", "^", "-", "council", "white", " "), { maxLength: 12 }), async (parts) => {
      await search(parts.join(""));
    }), { numRuns: 150 });
  });

  it("offers suggestions when nothing matches", async () => {
    const none = await search("zzqx council");
    expect(none.total).toBe(0);
    expect(none.suggestions).toContainEqual(expect.objectContaining({ q: "council", reason: "one-word" }));
    const filtered = await search("council", { type: "committee", year: 1999 });
    expect(filtered.total).toBe(0);
    expect(filtered.suggestions[0]).toMatchObject({ reason: "without-filters", filters: {} });
    expect((await search("🎗️")).terms).toEqual([]);
  });

  it("never shows drafts, and a dashboard publish, unpublish or edit changes results in its own transaction", async () => {
    const [report] = await temp.db.select().from(t.reports).where(sql`${t.reports.title} like '%Local Assistance Scheme%'`);
    const reportUrl = `/reports/${report.slug}`;
    const found = async (q: string) => urls(await search(q, { type: "report" })).includes(reportUrl);
    expect(await found("local assistance scheme")).toBe(true);

    // Unpublish: gone from results, snippets and counts at once.
    let loaded = (await loadRecord("report", report.id, temp.db))!;
    await setPublication(admin, "report", report.id, "draft", loaded.version, { database: temp.db, revalidate: noRevalidate });
    expect(await found("local assistance scheme")).toBe(false);
    const [{ n }] = await temp.db.all<{ n: number }>(sql`SELECT count(*) AS n FROM search_fts WHERE kind = 'report' AND record_id = ${report.id}`);
    expect(Number(n)).toBe(0);

    // An edit to a draft does not surface it.
    loaded = (await loadRecord("report", report.id, temp.db))!;
    await updateRecord(admin, "report", report.id, loaded.version, { ...loaded.values, title: "Recommissioning the Zephyrine hardship fund" } as never, { database: temp.db, revalidate: noRevalidate });
    expect(await found("zephyrine")).toBe(false);

    // Publish: found by its new words, no longer by the old title's.
    loaded = (await loadRecord("report", report.id, temp.db))!;
    await setPublication(admin, "report", report.id, "published", loaded.version, { database: temp.db, revalidate: noRevalidate });
    expect(await found("zephyrine")).toBe(true);
    expect((await search("zephyrine")).results[0].url).toBe(reportUrl);

    // An edit of a published report (re-read by its meeting) shows at once; other meetings' records stay indexed.
    const before = await search("council");
    loaded = (await loadRecord("report", report.id, temp.db))!;
    await updateRecord(admin, "report", report.id, loaded.version, { ...loaded.values, purpose: "A quillwort review of the hardship fund." } as never, { database: temp.db, revalidate: noRevalidate });
    expect((await search("quillwort")).results.map((r) => r.url)).toEqual([reportUrl]);
    expect((await search("council")).total).toBe(before.total);

    // A write that fails after the reindex leaves the index as it was (same transaction).
    loaded = (await loadRecord("report", report.id, temp.db))!;
    await expect(temp.db.transaction(async (tx) => {
      await tx.update(t.reports).set({ publication: "draft" }).where(eq(t.reports.id, report.id));
      const { reindexSearch } = await import("@/lib/search/indexer");
      await reindexSearch(tx, { committeeId: (await temp.db.select().from(t.meetings).where(eq(t.meetings.id, report.meetingId)))[0].committeeId });
      throw new Error("rolled back");
    })).rejects.toThrow("rolled back");
    expect(await found("zephyrine")).toBe(true);

    // A draft meeting hides its reports, minutes, decisions, plan and strategies; other meetings' stay.
    const m = (await loadRecord("meeting", report.meetingId, temp.db))!;
    const otherMeeting = (await search("council", { year: 2018 })).total;
    await setPublication(admin, "meeting", report.meetingId, "draft", m.version, { database: temp.db, revalidate: noRevalidate });
    expect(await found("zephyrine")).toBe(false);
    expect((await search("council", { year: 2021 })).results.filter((r) => r.kind !== "plan")).toEqual([]);
    expect((await search("council", { year: 2018 })).total).toBe(otherMeeting);
    const m2 = (await loadRecord("meeting", report.meetingId, temp.db))!;
    await setPublication(admin, "meeting", report.meetingId, "published", m2.version, { database: temp.db, revalidate: noRevalidate });
    expect(await found("zephyrine")).toBe(true);

    // A draft committee hides everything of it; only people (shared) remain.
    const [committee] = await temp.db.select().from(t.committees).limit(1);
    const c = (await loadRecord("committee", committee.id, temp.db))!;
    await setPublication(admin, "committee", committee.id, "draft", c.version, { database: temp.db, revalidate: noRevalidate });
    const hidden = await search("council");
    expect(hidden.results.every((r) => r.kind === "person" || r.kind === "outside-body")).toBe(true);
    expect(hidden.facets.committee.filter((f) => f.value === committee.slug)).toEqual([]);
    const again = (await loadRecord("committee", committee.id, temp.db))!;
    await setPublication(admin, "committee", committee.id, "published", again.version, { database: temp.db, revalidate: noRevalidate });
    expect(await found("zephyrine")).toBe(true);
  });

  it("rebuilds to the same index the write paths keep", async () => {
    const read = async () => (await temp.db.all<Record<string, unknown>>(sql`SELECT kind, record_id, url, title, body, tags FROM search_fts ORDER BY kind, record_id`)).map((r) => JSON.stringify(r));
    const kept = await read();
    const { documents } = await rebuildSearchIndex(temp.db);
    expect(documents).toBe(kept.length);
    expect(await read()).toEqual(kept);
  });
});
