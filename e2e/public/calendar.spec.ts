import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectValidHtml } from "../support/validate-html";

const MAY_2018 = "/calendar?month=2018-05";
const MEETING = "2018-05-31-communities-and-partnership-committee";
const COMMITTEE = "communities-and-partnership-committee";

async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test.describe("meetings calendar", () => {
  for (const width of [375, 1280]) {
    test(`the month view at ${width} px: a table of days with the month's meetings, valid and accessible`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(MAY_2018);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetings calendar");
      await expect(page.getByRole("heading", { level: 2, name: "May 2018" })).toBeVisible();
      const table = page.getByRole("table", { name: "Meetings in May 2018, by day" });
      await expect(table.getByRole("columnheader")).toHaveCount(7);
      await expect(table.getByRole("columnheader").first()).toHaveText("Mon");
      // The link names the committee at every width; on a phone only the time is shown in the cell.
      const link = table.getByRole("link", { name: "2pm Communities and Partnership Committee" });
      await expect(link).toHaveAttribute("href", `/meetings/${MEETING}`);
      await expect(link).toBeVisible();
      expect(await scrollWidth(page), "no sideways scrolling").toBeLessThanOrEqual(width);
      await expect(page.getByRole("link", { name: /Communities and Partnership Committee, Thursday 31 May 2018/ })).toBeVisible();
      await expectValidHtml(page);
      await expectNoAxeViolations(page);
    });
  }

  test("moves between months by link and by the month form, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(MAY_2018);
    await page.getByRole("navigation", { name: "Months" }).getByRole("link", { name: /June 2018/ }).click();
    await expect(page).toHaveURL(/\/calendar\?month=2018-06$/);
    await expect(page.getByRole("heading", { level: 2, name: "June 2018" })).toBeVisible();
    await expect(page.getByText("No meetings are published for June 2018.")).toBeVisible();
    // An empty month points to the nearest months with meetings.
    await page.getByRole("link", { name: "May 2018" }).last().click();
    await expect(page).toHaveURL(/\/calendar\?month=2018-05$/);

    await page.getByLabel("Go to month").fill("2021-03");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/calendar\?month=2021-03$/);
    await expect(page.getByRole("table", { name: "Meetings in March 2021, by day" }).getByRole("link", { name: "10am Communities and Partnership Committee" })).toBeVisible();
    await context.close();
  });

  test("an impossible month gets a clear message, not an error page", async ({ page }) => {
    for (const [month, message] of [["2018-13", "There is no month 13"], ["May-2018", "for example 2026-05"], ["0001-01", "Choose a year between"]]) {
      const response = await page.goto(`/calendar?month=${encodeURIComponent(month)}`);
      expect(response?.status(), month).toBe(200);
      await expect(page.getByRole("heading", { name: "That month cannot be shown" })).toBeVisible();
      await expect(page.getByText(message)).toBeVisible();
      await expect(page.getByRole("table")).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  test("feeds and calendars answer with their content types, from every page that advertises them", async ({ page, request }) => {
    const advertised = new Set<string>();
    for (const path of ["/", "/calendar", "/decisions", `/committees/${COMMITTEE}`]) {
      await page.goto(path);
      const links = await page.locator('head link[rel="alternate"][type]').evaluateAll((els) =>
        els.map((e) => `${e.getAttribute("type")} ${new URL(e.getAttribute("href")!, location.href).pathname}`));
      expect(links.filter((l) => l.startsWith("application/atom+xml")), path).toHaveLength(3);
      expect(links.filter((l) => l.startsWith("text/calendar")), path).toHaveLength(1);
      links.forEach((l) => advertised.add(l));
    }
    // The same files are linked in the page for people.
    await page.goto("/calendar");
    const visible = await page.getByRole("region", { name: "Subscribe" }).getByRole("link").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(visible.sort()).toEqual(["/feeds/decisions.atom", "/feeds/documents.atom", "/feeds/meetings.atom", "/feeds/meetings.ics"]);

    expect(advertised.size).toBe(8);
    for (const entry of advertised) {
      const [type, path] = entry.split(" ");
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toBe(`${type}; charset=utf-8`);
      const body = await response.text();
      expect(body, path).toContain(type === "text/calendar" ? "BEGIN:VCALENDAR" : "<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    }
  });

  test("a meeting page offers the meeting as an .ics file; an unknown committee's feed is a 404", async ({ page, request }) => {
    await page.goto(`/meetings/${MEETING}`);
    const link = page.getByRole("link", { name: "Add this meeting to your calendar" });
    await expect(link).toHaveAttribute("href", `/meetings/${MEETING}/calendar.ics`);
    const response = await request.get(`/meetings/${MEETING}/calendar.ics`);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${MEETING}.ics"`);
    const ics = await response.text();
    expect(ics).toContain("DTSTART;TZID=Europe/London:20180531T140000");
    expect(ics).toContain("BEGIN:VTIMEZONE");

    expect((await request.get("/committees/no-such-committee/feeds/meetings.atom")).status()).toBe(404);
    expect((await request.get("/meetings/no-such-meeting/calendar.ics")).status()).toBe(404);
    expect((await request.get("/feeds/no-such-feed.atom")).status()).toBe(404);
  });
});
