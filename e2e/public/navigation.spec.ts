import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectValidHtml } from "../support/validate-html";

const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

/**
 * One address per public page type, found in /sitemap.xml as a crawler would, with the menu
 * section and breadcrumb section it belongs to (null: outside the menu, the trail is Home › page).
 */
const PAGE_TYPES: { pattern: RegExp; section: string | null }[] = [
  { pattern: /^\/meetings$/, section: "Meetings" },
  { pattern: /^\/meetings\/[^/]+$/, section: "Meetings" },
  { pattern: /^\/reports$/, section: "Reports" },
  { pattern: /^\/reports\/[^/]+$/, section: "Reports" },
  { pattern: /^\/decisions$/, section: "Decisions" },
  { pattern: /^\/decisions\/[^/]+$/, section: "Decisions" },
  { pattern: /^\/actions$/, section: "Actions" },
  { pattern: /^\/actions\/open$/, section: "Actions" },
  { pattern: /^\/actions\/(?!open$|completed$)[^/]+$/, section: "Actions" },
  { pattern: /^\/forward-plan$/, section: "Forward plan" },
  { pattern: /^\/committees$/, section: "Committees" },
  { pattern: /^\/committees\/[^/]+$/, section: "Committees" },
  { pattern: /^\/people$/, section: "People" },
  { pattern: /^\/people\/[^/]+$/, section: "People" },
  { pattern: /^\/funding$/, section: "Funding" },
  { pattern: /^\/funding\/facts$/, section: "Funding" },
  { pattern: /^\/funding\/lines\/[^/]+$/, section: "Funding" },
  { pattern: /^\/funding\/reports\/[^/]+$/, section: "Funding" },
  { pattern: /^\/strategies$/, section: "Strategies" },
  { pattern: /^\/strategies\/[^/]+$/, section: "Strategies" },
  { pattern: /^\/outside-bodies$/, section: "Outside bodies" },
  { pattern: /^\/outside-bodies\/[^/]+$/, section: "Outside bodies" },
  { pattern: /^\/about$/, section: null },
  { pattern: /^\/contact$/, section: null },
  { pattern: /^\/accessibility$/, section: null },
];

async function samplePaths(request: APIRequestContext): Promise<{ path: string; section: string | null }[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1].replace(/&amp;/g, "&")).pathname);
  return PAGE_TYPES.map((t) => {
    const path = paths.find((p) => t.pattern.test(p));
    expect(path, `a sitemap URL matching ${t.pattern}`).toBeTruthy();
    return { path: path!, section: t.section };
  });
}

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test.describe("navigation", () => {
  test("every page type: breadcrumbs start at Home and follow the section; the menu marks it; a search box", async ({ page, request }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(DESKTOP);
    for (const { path, section } of await samplePaths(request)) {
      await test.step(path, async () => {
        expect((await page.goto(path))?.status(), path).toBe(200);
        const crumbs = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem");
        await expect.soft(crumbs.first(), `${path}: first crumb`).toHaveText("Home");
        await expect.soft(crumbs.first().getByRole("link"), `${path}: Home links home`).toHaveAttribute("href", "/");
        // A section's own index ends the trail with its name; a page inside the section links it.
        if (section) await expect.soft(crumbs.nth(1), `${path}: second crumb`).toHaveText(section);

        const marked = mainNav(page).locator("a[aria-current]:visible");
        if (section) {
          await expect.soft(marked, `${path}: one section marked`).toHaveCount(1);
          await expect.soft(marked, `${path}: marked section`).toHaveText(section);
        } else {
          await expect.soft(marked, `${path}: no section marked`).toHaveCount(0);
        }

        const search = page.getByRole("search", { name: "Site search" });
        await expect.soft(search.getByRole("searchbox", { name: /Search/ }), `${path}: search box`).toBeVisible();
      });
    }
  });

  test("the section index is the current page, a record inside it is in the section", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto("/decisions");
    await expect(mainNav(page).getByRole("link", { name: "Decisions" })).toHaveAttribute("aria-current", "page");
    await page.goto("/meetings/2021-03-04-communities-and-partnership-committee");
    await expect(mainNav(page).getByRole("link", { name: "Meetings" })).toHaveAttribute("aria-current", "true");
    // The current section is marked visibly too, not only for screen readers.
    const meetings = mainNav(page).getByRole("link", { name: "Meetings" });
    const decisions = mainNav(page).getByRole("link", { name: "Decisions" });
    const weight = (l: typeof meetings) => l.evaluate((el) => getComputedStyle(el).fontWeight);
    expect(Number(await weight(meetings))).toBeGreaterThan(Number(await weight(decisions)));
  });

  test("on a phone the menu is one button that opens without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/people");
    const nav = mainNav(page);
    const menu = nav.locator("summary", { hasText: "Menu" });
    await expect(menu).toBeVisible();
    await expect(nav.getByRole("link", { name: "Decisions" })).toBeHidden();
    // The header is compact: name, then search and the menu button, in well under a third of the screen.
    const header = await page.locator("body > header").boundingBox();
    expect(header!.height).toBeLessThan(PHONE.height / 3);
    await expect(page.getByRole("search", { name: "Site search" }).getByRole("searchbox")).toBeVisible();

    await menu.click();
    const decisions = nav.getByRole("link", { name: "Decisions" });
    await expect(decisions).toBeVisible();
    await expect(nav.getByRole("link", { name: "People" })).toHaveAttribute("aria-current", "page");
    const box = await decisions.boundingBox();
    expect(box!.height, "menu links are comfortable to tap").toBeGreaterThanOrEqual(24);
    await decisions.click();
    await expect(page).toHaveURL(/\/decisions$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Decisions");
    await context.close();
  });

  test("the menu button is keyboard operable", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/committees");
    const summary = mainNav(page).locator("summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(mainNav(page).getByRole("link", { name: "Funding" })).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(mainNav(page).getByRole("link", { name: "Funding" })).toBeHidden();
  });

  test("the header search box searches the site", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/funding");
    const search = page.getByRole("search", { name: "Site search" });
    await search.getByRole("searchbox").fill("library");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=library$/);
    await context.close();
  });

  test("the meetings index lists every meeting by committee and year", async ({ page }) => {
    expect((await page.goto("/meetings"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetings");
    const committee = page.getByRole("region", { name: "Communities and Partnership Committee" });
    await expect(committee.getByRole("heading", { level: 3 })).toHaveText(["2021", "2018"]);
    const y2018 = committee.getByRole("region", { name: "2018" });
    await expect(y2018.getByRole("link")).toHaveText(["Thursday 31 May 2018", "Tuesday 17 April 2018"]);
    await committee.getByRole("region", { name: "2021" }).getByRole("link", { name: "Thursday 4 March 2021" }).click();
    await expect(page).toHaveURL(/\/meetings\/2021-03-04-communities-and-partnership-committee$/);
    // Every meeting page links to the council's own website, where the official record is.
    await expect(page.getByRole("main").getByRole("link", { name: /Cambridgeshire County Council website/ }).first()).toHaveAttribute("href", /^https:\/\/www\.cambridgeshire\.gov\.uk/);
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link");
    await expect(crumbs).toHaveText(["Home", "Meetings"]);
  });

  test("the footer links the site information pages, developers and the calendar", async ({ page }) => {
    await page.goto("/committees");
    const footer = page.getByRole("navigation", { name: "Site information" });
    for (const [name, href] of [
      ["About this site", "/about"], ["Contact", "/contact"], ["Accessibility statement", "/accessibility"],
      ["Developers and open data", "/developers"], ["Meetings calendar", "/calendar"],
    ]) {
      await expect(footer.getByRole("link", { name })).toHaveAttribute("href", href);
    }
  });

  for (const viewport of [PHONE, DESKTOP]) {
    test(`the meetings index passes axe and html-validate at ${viewport.width} px, menu open and closed`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/meetings");
      await expectValidHtml(page);
      await expectNoAxeViolations(page);
      if (viewport === PHONE) {
        await mainNav(page).locator("summary", { hasText: "Menu" }).click();
        await expectNoAxeViolations(page);
      }
    });
  }
});
