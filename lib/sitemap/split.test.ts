import { describe, expect, it } from "vitest";
import { planSitemapChunks, SITEMAP_URL_LIMIT, sitemapChunkEntries, sitemapChunkPath } from "./split";
import { sitemapIndexXml, urlsetXml } from "./xml";

/** `n` synthetic entries like a large council's: /meetings/<n>, one lastmod a day from 2012. */
function synthetic(n: number) {
  const day0 = Date.UTC(2012, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    path: `/meetings/m-${i}`,
    lastModified: i % 7 === 3 ? null : new Date(day0 + (i % 5000) * 86_400_000).toISOString(),
  }));
}

describe("splitting the sitemap at the protocol's 50,000 URLs", () => {
  it("keeps a site under the limit in one file", () => {
    const entries = synthetic(SITEMAP_URL_LIMIT);
    const chunks = planSitemapChunks(entries);
    expect(chunks.map((c) => c.count)).toEqual([SITEMAP_URL_LIMIT]);
    expect(sitemapChunkEntries(entries, 0)).toEqual(entries);
    expect(sitemapChunkEntries(entries, 1)).toEqual([]);
  });

  it("cuts 123,457 URLs into files of at most 50,000 that hold every URL once, in order", () => {
    const entries = synthetic(123_457);
    const chunks = planSitemapChunks(entries);
    expect(chunks.map((c) => c.id)).toEqual([0, 1, 2]);
    expect(chunks.map((c) => c.count)).toEqual([50_000, 50_000, 23_457]);

    const files = chunks.map((c) => sitemapChunkEntries(entries, c.id));
    expect(files.map((f) => f.length)).toEqual(chunks.map((c) => c.count));
    expect(files.flat().map((e) => e.path)).toEqual(entries.map((e) => e.path));
    expect(sitemapChunkEntries(entries, 3)).toEqual([]);
  });

  it("gives each file the newest lastmod of its own URLs", () => {
    const entries = synthetic(50_001);
    entries[50_000] = { path: "/reports/newest", lastModified: "2030-01-01T00:00:00.000Z" };
    const [first, second] = planSitemapChunks(entries);
    const newestOfFirst = entries.slice(0, 50_000).map((e) => e.lastModified).filter((d) => d !== null).sort().at(-1);
    expect(first.lastModified).toBe(newestOfFirst);
    expect(second).toEqual({ id: 1, count: 1, lastModified: "2030-01-01T00:00:00.000Z" });
    expect(planSitemapChunks([{ lastModified: null }])[0].lastModified).toBeNull();
  });

  it("still has a file 0 for an empty site, and refuses ids that name no file", () => {
    expect(planSitemapChunks([])).toEqual([{ id: 0, count: 0, lastModified: null }]);
    const entries = synthetic(10);
    for (const id of [-1, 0.5, Number.NaN]) expect(sitemapChunkEntries(entries, id)).toEqual([]);
    expect(() => planSitemapChunks(entries, 0)).toThrow(RangeError);
  });

  it("splits at any limit the same way", () => {
    const entries = synthetic(10);
    expect(planSitemapChunks(entries, 3).map((c) => c.count)).toEqual([3, 3, 3, 1]);
    expect(planSitemapChunks(entries, 5).map((c) => c.count)).toEqual([5, 5]);
    expect(sitemapChunkEntries(entries, 3, 3).map((e) => e.path)).toEqual(["/meetings/m-9"]);
  });
});

describe("the sitemap XML", () => {
  it("writes an index of the numbered files for a split site", () => {
    const chunks = planSitemapChunks(synthetic(100_001));
    const xml = sitemapIndexXml(chunks.map((c) => ({ loc: `https://example.org${sitemapChunkPath(c.id)}`, lastModified: c.lastModified })));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      "https://example.org/sitemaps/sitemap/0.xml", "https://example.org/sitemaps/sitemap/1.xml", "https://example.org/sitemaps/sitemap/2.xml",
    ]);
    expect(xml.match(/<lastmod>/g)).toHaveLength(3);
    expect(xml).not.toContain("<url>");
  });

  it("writes a urlset, escaping the characters XML reserves and leaving out an unknown lastmod", () => {
    const xml = urlsetXml([
      { loc: "https://example.org/search?a=1&b=<2>", lastModified: null },
      { loc: "https://example.org/", lastModified: "2026-01-02T03:04:05.000Z" },
    ]);
    expect(xml).toContain("<loc>https://example.org/search?a=1&amp;b=&lt;2&gt;</loc>\n</url>");
    expect(xml).toContain("<loc>https://example.org/</loc>\n<lastmod>2026-01-02T03:04:05.000Z</lastmod>");
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml.trimEnd().endsWith("</urlset>")).toBe(true);
  });
});
