import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectValidHtml } from "../support/validate-html";

/** Full-text search as a reader meets it: filters and pages are plain links, so none of it needs JavaScript. */
test.describe("search", () => {
  test("finds the white ribbon papers, highlights the words, and narrows by type with counts", async ({ page }) => {
    await page.goto("/search");
    await page.getByRole("main").getByRole("searchbox").fill("white ribbon");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=white\+ribbon$/);
    const heading = page.getByRole("heading", { level: 2, name: /^\d+ results for “white ribbon”$/ });
    await expect(heading).toBeVisible();
    const total = Number((await heading.innerText()).match(/^(\d+)/)![1]);
    const results = page.getByRole("region", { name: /results for/ }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(results).toHaveCount(total);
    await expect(page.locator("mark").filter({ hasText: /^white ribbon$/i }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await expectValidHtml(page);

    await page.getByText("Filter by type, committee or year").click();
    const minutes = page.getByRole("region", { name: "Type of record" }).getByRole("listitem").filter({ hasText: /^Minutes \(\d+\)$/ });
    const count = Number((await minutes.innerText()).match(/\((\d+)\)/)![1]);
    await minutes.getByRole("link", { name: "Minutes" }).click();
    await expect(page).toHaveURL(/[?&]type=minute(&|$)/);
    await expect(page.getByRole("heading", { level: 2, name: `${count} result${count === 1 ? "" : "s"} for “white ribbon”` })).toBeVisible();
    await expect(page.getByRole("region", { name: /results for/ }).locator("ol > li")).toHaveCount(count);
    for (const badge of await page.locator("ol > li span.bg-panel").allInnerTexts()) expect(badge).toBe("Minute");
    await expect(page.getByRole("link", { name: "All types" })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectValidHtml(page);

    await page.getByRole("region", { name: /results for/ }).locator("ol > li").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/meetings\/[^#]+#minute-\d+$/);
  });

  test("pages through many results, twenty to a page", async ({ page }) => {
    await page.goto("/search?q=council");
    const list = page.getByRole("region", { name: /results for/ }).locator("ol").first();
    await expect(list.locator("> li")).toHaveCount(20);
    const firstPage = await list.locator("> li h3").allInnerTexts();
    const nav = page.getByRole("navigation", { name: "Pages of results" });
    await nav.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/search\?q=council&page=2$/);
    await expect(list).toHaveAttribute("start", "21");
    const secondPage = await list.locator("> li h3").allInnerTexts();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t)).length).toBeLessThan(secondPage.length);
    await expect(nav.getByText("Page 2 of")).toBeVisible();
    await expect(nav.getByRole("link", { name: "Previous page" })).toHaveAttribute("href", "/search?q=council");
    await expectNoAxeViolations(page);
    await expectValidHtml(page);
  });

  test("filters and pages work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/search?q=council");
    await page.getByText("Filter by type, committee or year").click();
    const year = page.getByRole("region", { name: "Year" }).getByRole("listitem").filter({ hasText: /^2018 \(\d+\)$/ });
    const count = Number((await year.innerText()).match(/\((\d+)\)/)![1]);
    await year.getByRole("link", { name: "2018" }).click();
    await expect(page).toHaveURL(/\/search\?q=council&year=2018$/);
    await expect(page.getByRole("heading", { level: 2, name: `${count} results for “council”` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Year" }).getByText("2018 (" + count + ")")).toBeVisible();
    if (count > 20) {
      await page.getByRole("navigation", { name: "Pages of results" }).getByRole("link", { name: "Next page" }).click();
      await expect(page).toHaveURL(/\/search\?q=council&year=2018&page=2$/);
    }
    await context.close();
  });

  test("phrases, prefixes and stemming", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('"local assistance scheme"')}`);
    await expect(page.getByRole("region", { name: /results for/ }).getByRole("link", { name: /Local Assistance Scheme/i }).first()).toBeVisible();
    await page.goto("/search?q=libr*");
    await expect(page.getByRole("heading", { level: 2, name: /^\d+ results? for “libr\*”$/ })).toBeVisible();
    await page.goto("/search?q=libraries");
    await expect(page.locator("mark").filter({ hasText: /^library$/i }).first()).toBeVisible();
  });

  test("says clearly when nothing matches, with searches that would", async ({ page }) => {
    await page.goto("/search?q=zzqxv+council");
    await expect(page.getByRole("heading", { level: 2, name: "No results for “zzqxv council”" })).toBeVisible();
    const suggestion = page.getByRole("link", { name: "council", exact: true });
    await expect(suggestion).toHaveAttribute("href", "/search?q=council");
    await expect(page.getByRole("heading", { name: "Search tips" })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectValidHtml(page);

    await page.goto("/search?q=council&type=committee&year=1999");
    await expect(page.getByRole("link", { name: "Search every type, committee and year" })).toHaveAttribute("href", "/search?q=council");
  });

  test("takes any text without an error", async ({ page, request }) => {
    for (const q of ['"', "NEAR(", "((a", "*", "🎗️", '"white ribbon', "x".repeat(200), "AND OR NOT", "title:council"]) {
      const res = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(res?.status(), q).toBe(200);
      await expect(page.getByRole("heading", { level: 2 }).first()).toContainText(/results? for|No results for/);
    }
    const bad = await request.get("/search?q=x&type=nonsense&year=abc&page=-1");
    expect(bad.status()).toBe(200);
  });

  test("the API returns the page's results as JSON, open to other sites", async ({ page, request }) => {
    const res = await request.get("/api/v1/search?q=white+ribbon&type=minute");
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    await page.goto("/search?q=white+ribbon&type=minute");
    const pageLinks = await page.getByRole("region", { name: /results for/ }).locator("ol > li h3 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(body.results.map((r: { url: string }) => new URL(r.url).pathname + new URL(r.url).hash)).toEqual(pageLinks.map((h) => new URL(h).pathname + new URL(h).hash));
    expect(body.total).toBe(pageLinks.length);
    expect(body.results[0].snippetHtml + body.results[0].titleHtml).toMatch(/<mark>/);

    const refused = await request.get("/api/v1/search?q=x&year=nineteen");
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.issues[0].parameter).toBe("year");
    expect((await request.post("/api/v1/search?q=x")).status()).toBe(405);
  });
});
