/**
 * The sitemap routes against the demo packs: /sitemap.xml (app/sitemap.xml/route.ts) stays one
 * <urlset> of every public page while the site is under the protocol's 50,000 URLs, and the
 * numbered files (app/sitemaps/sitemap.ts) hold the same URLs. The split past 50,000 is
 * tested on synthetic entries in lib/sitemap/split.test.ts.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const holder = vi.hoisted(() => {
  process.env.DATABASE_URL = "file::memory:";
  return { db: undefined as unknown as object };
});
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/database-stand-in")).withDatabaseStandIn(await importOriginal<typeof import("@/lib/db")>(), holder));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const { importPackFile } = await import("@/lib/mutations/import-files");
const { collectSitemapEntries, listSitemapEntries } = await import("@/lib/queries/sitemap");
const { siteConfig } = await import("@/lib/site-config");
const sitemapXml = await import("@/app/sitemap.xml/route");
const numbered = await import("@/app/sitemaps/sitemap");
const { createTempDatabase } = await import("../support/temp-database");

describe("the sitemap routes", () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
    holder.db = temp.db;
    for (const pack of readdirSync("data/packs").filter((f) => f.endsWith(".txt")).sort()) {
      await importPackFile(temp.db, join("data/packs", pack), { actor: "test" });
    }
  });
  afterAll(() => temp.cleanup());

  it("/sitemap.xml is one urlset of every public page while the site has fewer than 50,000", async () => {
    expect(sitemapXml.dynamic).toBe("force-static");
    const response = await sitemapXml.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/xml/);
    const xml = await response.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).not.toContain("<sitemapindex");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, "&"));
    const entries = await collectSitemapEntries(temp.db);
    expect(locs.length).toBeGreaterThan(10);
    expect(locs).toEqual((await listSitemapEntries()).map((e) => `${siteConfig.siteUrl}${e.path}`));
    expect(locs).toEqual(expect.arrayContaining(entries.map((e) => `${siteConfig.siteUrl}${e.path}`)));
  });

  it("the numbered files: only file 0 for a small site, holding the same URLs; an unknown id holds none", async () => {
    expect(await numbered.generateSitemaps()).toEqual([{ id: 0 }]);
    const file0 = await numbered.default({ id: Promise.resolve("0") });
    expect(file0.map((u) => u.url)).toEqual((await listSitemapEntries()).map((e) => `${siteConfig.siteUrl}${e.path}`));
    expect(await numbered.default({ id: Promise.resolve("1") })).toEqual([]);
    expect(await numbered.default({ id: Promise.resolve("x") })).toEqual([]);
  });
});
