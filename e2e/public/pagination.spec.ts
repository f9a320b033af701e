import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectValidHtml } from "../support/validate-html";

const COMMITTEE = "/committees/communities-and-partnership-committee";

/**
 * Paged lists. The demo's lists fit on one page (50 rows a page), so a later page cannot be shown
 * here: the paging itself is tested against a database with more rows than a page
 * (tests/integration/paged-lists.test.ts). These check what the demo can: page 1 at the list's own
 * address, no pagination bar on a one-page list, a committee's own lists, and that page numbers
 * that are malformed, past the end or 1 never render a page.
 */
test.describe("paged lists", () => {
  test("a page number that is not a whole number in range is the not-found page, uncached", async ({ request }) => {
    for (const path of ["/meetings/page/999", "/meetings/page/abc", "/meetings/page/2", "/reports/page/0", "/actions/open/page/02", `${COMMITTEE}/meetings/page/9`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["cache-control"], path).toMatch(/no-store/);
      expect(await response.text(), path).toContain("Page not found");
    }
  });

  test("page 1 of a list is the list itself", async ({ request }) => {
    for (const [path, target] of [["/meetings/page/1", "/meetings"], ["/actions/completed/page/1", "/actions/completed"], [`${COMMITTEE}/actions/page/1`, `${COMMITTEE}/actions`]]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(308);
      expect(new URL(response.headers().location, "http://x").pathname).toBe(target);
    }
  });

  test("a list that fits on one page has no pagination bar", async ({ page }) => {
    await page.goto("/meetings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetings");
    await expect(page.getByRole("navigation", { name: "Pagination" })).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/meetings$/);
  });

  test("a committee's own lists of meetings and actions", async ({ page }) => {
    await page.goto(`${COMMITTEE}/meetings`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetings of the Communities and Partnership Committee");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(["2021", "2018"]);
    await expect(page.getByRole("link", { name: "Thursday 4 March 2021" })).toHaveAttribute("href", "/meetings/2021-03-04-communities-and-partnership-committee");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link")).toHaveText(["Home", "Committees", "Communities and Partnership Committee"]);
    await expectValidHtml(page);
    await expectNoAxeViolations(page);

    await page.goto(`${COMMITTEE}/actions`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions of the Communities and Partnership Committee");
    await expect(page.getByRole("link", { name: /Open Access Project could connect/ })).toBeVisible();
    await expectValidHtml(page);
    await expectNoAxeViolations(page);
  });

  test("a person's whole attendance record and report contacts", async ({ page, request }) => {
    await page.goto("/people/steve-criswell/attendance");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Attendance of Steve Criswell");
    await expect(page.getByRole("row", { name: /Tuesday 17 April 2018.*Present/ })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link")).toHaveText(["Home", "People", "Steve Criswell"]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/people\/steve-criswell\/attendance$/);
    await expectValidHtml(page);
    await expectNoAxeViolations(page);

    await page.goto("/people/steve-criswell/reports");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reports naming Steve Criswell as a contact");
    await expect(page.getByRole("link", { name: "Recommissioning of Cambridgeshire's Local Assistance Scheme" })).toBeVisible();
    await expect(page.getByText(/Member contact/).first()).toBeVisible();
    await expectValidHtml(page);
    await expectNoAxeViolations(page);

    for (const path of ["/people/no-such-person/attendance", "/people/no-such-person/reports/page/2", "/people/steve-criswell/attendance/page/2"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
  });

  test("the funding lists: finance reports and budget lines", async ({ page, request }) => {
    await page.goto("/funding/reports");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finance reports");
    await expect(page.getByRole("link", { name: "Finance Monitoring Report – January 2021" })).toHaveAttribute("href", "/funding/reports/2021-03-04-finance-monitoring-report-january-2021");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link")).toHaveText(["Home", "Funding"]);
    await expectValidHtml(page);
    await expectNoAxeViolations(page);

    // The demo prints 65 budget lines at more than one meeting: two pages.
    await page.goto("/funding/lines");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Budget lines across reports");
    await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 1 of 2 (1–50 of 65 budget lines)");
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/funding\/lines\/page\/2$/);
    await expect(page).toHaveTitle(/^Budget lines across reports, page 2 of 2/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/funding\/lines\/page\/2$/);
    await expect(page.getByRole("link", { name: "Youth Offending Service" }).first()).toHaveAttribute("href", /^\/funding\/lines\/\d+-youth-offending-service$/);
    await expectValidHtml(page);
    await expectNoAxeViolations(page);

    for (const path of ["/funding/reports/page/2", "/funding/lines/page/3", "/funding/facts/page/2", "/funding/facts/page/x", "/strategies/page/2", "/outside-bodies/page/2", "/people/page/2"]) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
    expect((await request.get("/funding/facts/page/1", { maxRedirects: 0 })).status()).toBe(308);
    expect((await request.get("/people/page/1", { maxRedirects: 0 })).status()).toBe(308);
  });

  test("an unknown committee's lists are a 404", async ({ request }) => {
    for (const path of ["/committees/no-such-committee/meetings", "/committees/no-such-committee/actions"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});
