import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectValidHtml } from "../support/validate-html";

/**
 * Quality gates for one page of every public page type: found through /sitemap.xml as a crawler
 * would, then checked for valid HTML, accessibility, the metadata search engines and link previews
 * need, and reflow (WCAG 1.4.10: no sideways scrolling at 320 CSS px, nor at 200% zoom of a
 * 1280 px window). Each check is soft so one run lists every failure of a page.
 */

interface PageType {
  name: string;
  /** Matches the path of a sitemap URL (first match is tested). */
  pattern: RegExp;
  /** Index and search pages may go without JSON-LD; the home page and every record's page must carry it. */
  jsonLdOptional?: boolean;
}

const HTML_PAGE_TYPES: PageType[] = [
  { name: "home", pattern: /^\/$/ },
  { name: "meetings calendar", pattern: /^\/calendar$/, jsonLdOptional: true },
  { name: "meetings index", pattern: /^\/meetings$/, jsonLdOptional: true },
  { name: "developers", pattern: /^\/developers$/, jsonLdOptional: true },
  { name: "meeting", pattern: /^\/meetings\/[^/]+$/ },
  { name: "agenda item papers", pattern: /^\/meetings\/[^/]+\/papers\/[^/]+$/ },
  { name: "reports index", pattern: /^\/reports$/, jsonLdOptional: true },
  { name: "report", pattern: /^\/reports\/[^/]+$/ },
  { name: "decisions index", pattern: /^\/decisions$/, jsonLdOptional: true },
  { name: "decision", pattern: /^\/decisions\/[^/]+$/ },
  { name: "committees index", pattern: /^\/committees$/, jsonLdOptional: true },
  { name: "committee", pattern: /^\/committees\/[^/]+$/ },
  { name: "people index", pattern: /^\/people$/, jsonLdOptional: true },
  { name: "person", pattern: /^\/people\/[^/]+$/ },
  { name: "outside bodies index", pattern: /^\/outside-bodies$/, jsonLdOptional: true },
  { name: "outside body", pattern: /^\/outside-bodies\/[^/]+$/ },
  { name: "actions index", pattern: /^\/actions$/, jsonLdOptional: true },
  { name: "open actions", pattern: /^\/actions\/open$/, jsonLdOptional: true },
  { name: "completed actions", pattern: /^\/actions\/completed$/, jsonLdOptional: true },
  { name: "action", pattern: /^\/actions\/(?!open$|completed$)[^/]+$/ },
  { name: "forward plan", pattern: /^\/forward-plan$/, jsonLdOptional: true },
  { name: "printed agenda plan", pattern: /^\/forward-plan\/[^/]+$/, jsonLdOptional: true },
  { name: "strategies index", pattern: /^\/strategies$/, jsonLdOptional: true },
  { name: "strategy", pattern: /^\/strategies\/[^/]+$/ },
  { name: "funding", pattern: /^\/funding$/, jsonLdOptional: true },
  { name: "funding facts", pattern: /^\/funding\/facts$/, jsonLdOptional: true },
  { name: "budget line", pattern: /^\/funding\/lines\/[^/]+$/ },
  { name: "finance report", pattern: /^\/funding\/reports\/[^/]+$/ },
  { name: "budget lines index", pattern: /^\/funding\/lines$/, jsonLdOptional: true },
  { name: "finance reports index", pattern: /^\/funding\/reports$/, jsonLdOptional: true },
  { name: "committee's meetings", pattern: /^\/committees\/[^/]+\/meetings$/, jsonLdOptional: true },
  { name: "committee's actions", pattern: /^\/committees\/[^/]+\/actions$/, jsonLdOptional: true },
  { name: "committee's agenda plans", pattern: /^\/committees\/[^/]+\/plans$/, jsonLdOptional: true },
  { name: "person's attendance", pattern: /^\/people\/[^/]+\/attendance$/, jsonLdOptional: true },
  { name: "person's reports", pattern: /^\/people\/[^/]+\/reports$/, jsonLdOptional: true },
  { name: "about", pattern: /^\/about$/, jsonLdOptional: true },
  { name: "contact", pattern: /^\/contact$/, jsonLdOptional: true },
  { name: "accessibility statement", pattern: /^\/accessibility$/, jsonLdOptional: true },
];

const AGENDA_PACK = /^\/meetings\/[^/]+\/agenda-pack\.txt$/;

/** Pages that are public but not in the sitemap on purpose, tested at a fixed address. */
const UNLISTED_PAGES: { name: string; path: string; jsonLdOptional?: boolean }[] = [
  { name: "search results", path: "/search?q=library", jsonLdOptional: true },
];

let sitemapPaths: Promise<string[]> | undefined;

/** Paths of the sitemap's <loc> URLs, in order (read once per worker). */
function readSitemapPaths(request: APIRequestContext): Promise<string[]> {
  sitemapPaths ??= (async () => {
    const response = await request.get("/sitemap.xml");
    expect(response.status(), "GET /sitemap.xml").toBe(200);
    const xml = await response.text();
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(decodeXml(m[1])).pathname);
  })();
  return sitemapPaths;
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** The elements sticking out past the right edge of the viewport, deepest first, for a readable failure. */
async function overflowReport(page: Page, width: number): Promise<{ scrollWidth: number; culprits: string[] }> {
  await page.setViewportSize({ width, height: 900 });
  return page.evaluate((w) => {
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 3).join(".")}` : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> right=${Math.round(el.getBoundingClientRect().right)} "${text}"`;
    };
    const wide = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > w + 0.5);
    const deepest = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    return { scrollWidth: document.documentElement.scrollWidth, culprits: deepest.slice(0, 5).map(describe) };
  }, width);
}

async function checkHtmlPage(page: Page, path: string, jsonLdOptional = false): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);

  await test.step("html-validate", async () => {
    await expectValidHtml(page, { soft: true });
  });

  await test.step("one h1, title, description, canonical", async () => {
    const h1s = await page.locator("h1").allTextContents();
    expect.soft(h1s.length, `h1 elements: ${JSON.stringify(h1s)}`).toBe(1);
    expect.soft(h1s[0]?.trim() ?? "", "h1 text").not.toBe("");

    expect.soft((await page.title()).trim(), "<title>").not.toBe("");

    const descriptions = await page.locator('meta[name="description"]').evaluateAll((els) => els.map((e) => e.getAttribute("content") ?? ""));
    expect.soft(descriptions.length, "meta description count").toBe(1);
    expect.soft(descriptions[0]?.trim() ?? "", "meta description content").not.toBe("");

    const canonicals = await page.locator('link[rel="canonical"]').evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    expect.soft(canonicals.length, "canonical link count").toBe(1);
    const href = canonicals[0] ?? "";
    expect.soft(href, "canonical is an absolute http(s) URL").toMatch(/^https?:\/\/[^/]+/);
    if (/^https?:\/\//.test(href)) {
      expect.soft(new URL(href).pathname, "canonical points at this page").toBe(new URL(path, "http://x").pathname);
    }
  });

  await test.step("JSON-LD parses", async () => {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    if (!jsonLdOptional) expect.soft(blocks.length, "JSON-LD blocks on the page").toBeGreaterThan(0);
    blocks.forEach((text, i) => {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        expect.soft(String(error), `JSON-LD block ${i + 1} parses`).toBe("");
        return;
      }
      const items = Array.isArray(data) ? data : [data];
      for (const item of items as Record<string, unknown>[]) {
        expect.soft(String(item["@context"] ?? ""), `JSON-LD block ${i + 1} @context`).toMatch(/^https?:\/\/schema\.org\/?$/);
        expect.soft(item["@type"] ?? item["@graph"], `JSON-LD block ${i + 1} has @type or @graph`).toBeTruthy();
      }
    });
  });

  await test.step("no sideways scrolling at 320 px and at 200% zoom of 1280 px", async () => {
    for (const width of [320, 640]) {
      const { scrollWidth, culprits } = await overflowReport(page, width);
      expect.soft(scrollWidth, `scrollWidth at ${width} CSS px; widest parts: ${culprits.join("; ")}`).toBeLessThanOrEqual(width);
    }
  });

  await test.step("axe", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await expectNoAxeViolations(page);
  });
}

test.describe("site quality", () => {
  for (const type of HTML_PAGE_TYPES) {
    test(`${type.name} page meets the quality gates`, async ({ page, request }) => {
      const path = (await readSitemapPaths(request)).find((p) => type.pattern.test(p));
      test.skip(!path, `No ${type.name} URL in /sitemap.xml (no published record of this type yet)`);
      const probe = await request.get(path!);
      test.skip(probe.status() === 404, `${path} is in the sitemap but answers 404: the ${type.name} page is not built yet`);
      test.info().annotations.push({ type: "url", description: path! });
      await checkHtmlPage(page, path!, type.jsonLdOptional);
    });
  }

  for (const unlisted of UNLISTED_PAGES) {
    test(`${unlisted.name} page meets the quality gates`, async ({ page, request }) => {
      const probe = await request.get(unlisted.path);
      test.skip(probe.status() === 404, `${unlisted.path} answers 404: the ${unlisted.name} page is not built yet`);
      await checkHtmlPage(page, unlisted.path, unlisted.jsonLdOptional);
    });
  }

  test("a meeting's agenda pack downloads as plain text", async ({ request }) => {
    const path = (await readSitemapPaths(request)).find((p) => AGENDA_PACK.test(p));
    test.skip(!path, "No agenda-pack URL in /sitemap.xml");
    const response = await request.get(path!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    expect((await response.text()).length).toBeGreaterThan(100);
  });

  test("an unknown address answers 404 with a helpful page", async ({ page }) => {
    const response = await page.goto("/no-such-page-anywhere");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not found/i);
    await expect(page.getByRole("main").getByRole("link").first()).toBeVisible();
    expect(await page.locator("h1").count()).toBe(1);
    expect((await page.title()).trim()).not.toBe("");
    const html = await (await page.request.get("/no-such-page-anywhere")).text();
    await expectValidHtml(html, { soft: true });
    await expectNoAxeViolations(page);
  });

  test("an unknown record's address answers 404 on every detail route", async ({ request }) => {
    const prefixes = ["/meetings", "/reports", "/decisions", "/committees", "/people", "/outside-bodies", "/actions", "/strategies", "/funding/lines", "/funding/reports"];
    const statuses = await Promise.all(prefixes.map(async (prefix) => `${prefix}/no-such-record-0000 → ${(await request.get(`${prefix}/no-such-record-0000`)).status()}`));
    expect(statuses).toEqual(prefixes.map((prefix) => `${prefix}/no-such-record-0000 → 404`));
  });

  test("sitemap.xml is a well-formed sitemap of absolute, reachable, unique URLs", async ({ page, request, baseURL }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/xml/);
    const xml = await response.text();

    await page.goto("about:blank");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.querySelector("parsererror")?.textContent ?? null;
      const root = doc.documentElement;
      const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
      const urls = [...root.getElementsByTagNameNS(NS, "url")].map((u) => ({
        loc: u.getElementsByTagNameNS(NS, "loc")[0]?.textContent ?? "",
        lastmod: u.getElementsByTagNameNS(NS, "lastmod")[0]?.textContent ?? null,
      }));
      return { error, rootName: root.localName, rootNs: root.namespaceURI, urls };
    }, xml);

    expect(parsed.error, "XML parse error").toBeNull();
    expect(parsed.rootName).toBe("urlset");
    expect(parsed.rootNs).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(parsed.urls.length).toBeGreaterThan(10);
    expect(parsed.urls.length).toBeLessThanOrEqual(50_000);

    const origin = new URL(baseURL!).origin;
    const locs = parsed.urls.map((u) => u.loc);
    expect(new Set(locs).size, "no URL twice").toBe(locs.length);
    for (const { loc, lastmod } of parsed.urls) {
      expect.soft(loc, "absolute URL on the site's origin").toMatch(/^https?:\/\//);
      expect.soft(new URL(loc).origin, loc).toBe(origin);
      if (lastmod !== null) expect.soft(lastmod, `lastmod of ${loc} (W3C datetime)`).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/);
    }
    const paths = locs.map((l) => new URL(l).pathname);
    expect(paths).toContain("/");
    expect(paths.filter((p) => p.startsWith("/dashboard") || p.startsWith("/api/")), "no private URLs").toEqual([]);
    expect(paths.filter((p) => !AGENDA_PACK.test(p) && !HTML_PAGE_TYPES.some((t) => t.pattern.test(p))), "only known page types").toEqual([]);

    // Every listed URL is served. A page type with no route yet answers 404 for all its URLs: noted, not failed.
    const statuses = new Map<string, number>();
    for (const path of paths) statuses.set(path, (await request.get(path, { maxRedirects: 0 })).status());
    const typeOf = (p: string) => (AGENDA_PACK.test(p) ? "agenda pack" : HTML_PAGE_TYPES.find((t) => t.pattern.test(p))!.name);
    const unbuilt = new Set<string>();
    for (const type of new Set(paths.map(typeOf))) {
      const ofType = paths.filter((p) => typeOf(p) === type);
      if (ofType.every((p) => statuses.get(p) === 404)) unbuilt.add(type);
    }
    for (const type of unbuilt) test.info().annotations.push({ type: "not built yet", description: `${type}: every sitemap URL answers 404` });
    const broken = paths.filter((p) => statuses.get(p) !== 200 && !unbuilt.has(typeOf(p))).map((p) => `${p} → ${statuses.get(p)}`);
    expect(broken, "sitemap URLs that do not answer 200").toEqual([]);
  });

  test("robots.txt allows crawling, keeps out the dashboard and sign-in, and points at the sitemap", async ({ request, baseURL }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    const lines = (await response.text()).split("\n").map((l) => l.trim()).filter(Boolean);
    const field = (name: string) => lines.filter((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`)).map((l) => l.slice(name.length + 1).trim());

    for (const line of lines) expect(line, "every line is a field: value").toMatch(/^[A-Za-z-]+:\s*\S/);
    expect(field("User-agent")).toEqual(["*"]);
    expect(field("Allow")).toContain("/");
    expect(field("Disallow")).toEqual(expect.arrayContaining(["/dashboard", "/api/auth"]));
    const sitemaps = field("Sitemap");
    expect(sitemaps).toEqual([`${new URL(baseURL!).origin}/sitemap.xml`]);
    expect((await request.get(new URL(sitemaps[0]).pathname)).status()).toBe(200);
  });
});
