import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// Facts from the finance reports: January 2021 (data/packs/002_…, lines 1682-1696) and the
// 2017-18 outturn (data/packs/000_…, lines 1138-1148 and 1259-1269, where the "Total" row prints
// 6,953 in the Actual column).
test.describe("funding", () => {
  test("each finance report shows the committee's budget lines as a chart and a table", async ({ page }) => {
    await page.goto("/funding");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Funding and budgets");
    const jan = page.getByRole("region", { name: "Finance Monitoring Report – January 2021", exact: true });
    await expect(jan.getByText(/meeting on Thursday 4 March 2021/)).toBeVisible();
    const chart = jan.getByRole("img", { name: /Budget for the year against forecast outturn, by line, £000, as reported on 4 March 2021/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(/Bars compare each line's budget for the whole year with its forecast outturn for the year \(budget plus forecast variance\), for \d+ lines, in £000/);
    // Think Communities: budget 3,178, actual to January 2,295, forecast variance +1,331: an overspend, which the chart must show as one.
    await expect(chart).toHaveAccessibleName(/The largest forecast overspend is Think Communities\./);
    await expect(jan.getByRole("figure").getByRole("listitem")).toHaveText(["Budget for the year", "Forecast outturn for the year (budget + forecast variance)"]);

    const table = jan.getByRole("table", { name: /Budget lines for this committee/ });
    await expect(table.getByRole("columnheader")).toHaveText([
      "Budget line", "Budget for the year (£000)", "Actual to date (£000)", "Forecast variance at year end (£000)", "Previous forecast variance (£000)",
    ]);
    const think = table.getByRole("row", { name: /Think Communities/ });
    await expect(think.getByRole("cell")).toHaveText(["3,178", "2,295", "1,331", "1,443"]);
    const total = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Total", exact: true }) });
    await expect(total.getByRole("cell")).toHaveText(["6,889", "3,075", "2,180", "2,252"]);

    const outturn = page.getByRole("region", { name: "Finance and performance report – outturn 2017-18", exact: true });
    await expect(outturn.getByRole("row", { name: /Director of Community & Safety Total/ }).getByRole("cell")).toHaveText(["5,419", "5,377", "-43", "-50"]);
    await expectNoAxeViolations(page);
  });

  test("a total that does not add up carries a plain-words flag beside the figure, not the importer's note", async ({ page }) => {
    await page.goto("/funding/reports/2018-05-31-finance-and-performance-report-outturn-2017-18");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finance and performance report – outturn 2017-18");
    const overall = page.getByRole("region", { name: "Overall Position", exact: true });
    const totalRow = overall.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Total", exact: true }) });
    const actual = totalRow.getByRole("cell").nth(1);
    await expect(actual).toContainText("6,953");
    await actual.getByRole("link", { name: /see note \d/ }).click();
    await expect(overall.locator(":target")).toContainText("The printed total does not equal the sum of the lines above it.");
    // The importer's own wording, with its source lines, is for clerks only.
    await expect(page.getByText(/\(line \d+\)|Notes from the import|import note/i)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Finance and performance report – outturn 2017-18" })).toHaveAttribute(
      "href", "/reports/2018-05-31-finance-and-performance-report-outturn-2017-18",
    );
    await expectNoAxeViolations(page);
  });

  test("a budget line's page follows it across reports", async ({ page }) => {
    // The demo prints 65 recurring lines: /funding lists the first 50 and links to the rest, A to Z.
    await page.goto("/funding");
    await page.getByRole("region", { name: "How budget lines move between reports" }).getByRole("link", { name: /^All \d+ budget lines, A to Z$/ }).click();
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next page" }).click();
    await page.getByRole("link", { name: "Total Expenditure" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Total Expenditure");
    const table = page.getByRole("table", { name: /Total Expenditure in each finance report/ });
    await expect(table.getByRole("row").filter({ hasText: "Thursday 31 May 2018" }).filter({ hasText: "Overall Position" }).getByRole("cell").first()).toHaveText("312,588");
    await expect(table.getByRole("row").filter({ hasText: "Thursday 4 March 2021" }).filter({ hasText: "Budget lines for this committee" }).getByRole("cell").first()).toHaveText("12,560");
    await expect(page.getByRole("img", { name: /Total Expenditure: budget for the year against forecast outturn, in each report/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("sums quoted in reports are listed in pounds and as printed, linked to their report", async ({ page }) => {
    await page.goto("/funding/facts");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sums of money quoted in reports");
    const clas = page.getByRole("region", { name: "Recommissioning of Cambridgeshire's Local Assistance Scheme" });
    await expect(clas.getByRole("link", { name: "Read the report" })).toHaveAttribute("href", "/reports/2021-03-04-recommissioning-of-cambridgeshires-local-assistance-scheme");
    // A long list of sums folds behind its count (the page is a contents list first); it opens without JavaScript.
    const more = clas.getByText(/^Show the \d+ sums quoted/);
    if (await more.isVisible()) await more.click();
    await expect(clas.getByRole("row", { name: /CLAS has an annual budget of £300,000/ }).getByRole("cell")).toHaveText([/CLAS has an annual budget/, "£300,000", "£300,000"]);
    await expect(clas.getByRole("row", { name: /£7.2million/ }).getByRole("cell").nth(1)).toHaveText("£7,200,000");
    const row = page.getByRole("row", { name: /attracted £5\.2m funding/ });
    // Rows inside a closed <details> are hidden, so the disclosure is found by its text.
    const folded = page.locator("details:not([open])").filter({ hasText: "attracted £5.2m funding" });
    if (await folded.count()) await folded.locator("summary").click();
    await expect(row.getByRole("cell").nth(2)).toHaveText("£5.2m");
    await expectNoAxeViolations(page);
  });

  test("the sums page opens with a contents list of every report, each linked to its sums", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/funding/facts");
    const contents = page.getByRole("navigation", { name: "Reports on this page" });
    await expect(contents.getByRole("link", { name: "Meeting on Thursday 4 March 2021" })).toBeVisible();
    const page1 = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    // Was 58 phone screens as one long list.
    expect(page1).toBeLessThan(20);
    await contents.getByRole("link", { name: "Recommissioning of Cambridgeshire's Local Assistance Scheme" }).click();
    await expect(page).toHaveURL(/#/);
    await expectNoAxeViolations(page);
  });

  for (const width of [375, 1280]) {
    test(`every budget-table column is reachable at ${width} px, and the table says so on a phone`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/funding/reports/2021-03-04-finance-monitoring-report-january-2021");
      const table = page.getByRole("table", { name: /Budget lines for this committee/ }).first();
      const frame = page.locator("section.scroll-cue").filter({ has: table });
      const hint = page.getByText("Scroll the table sideways to see all 5 columns.").first();
      if (width < 544) await expect(hint).toBeVisible();
      else await expect(hint).toBeHidden();
      for (const name of ["Budget for the year (£000)", "Actual to date (£000)", "Forecast variance at year end (£000)", "Previous forecast variance (£000)"]) {
        const header = table.getByRole("columnheader", { name });
        await header.scrollIntoViewIfNeeded();
        const box = await header.boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, `${name} ends on screen`).toBeLessThanOrEqual(width + 1);
      }
      // The frame scrolls by keyboard, too.
      await frame.focus();
      await expect(frame).toBeFocused();
    });
  }

  test("funding pages work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/funding");
    await page.getByRole("link", { name: /All \d+ budget tables in Finance Monitoring Report – January 2021/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finance Monitoring Report – January 2021");
    await expect(page.getByRole("img", { name: /Budget for the year against forecast outturn/ }).first()).toBeVisible();
    await context.close();
  });

  test("an unknown budget line is a 404", async ({ page }) => {
    expect((await page.goto("/funding/lines/999999-no-such-line"))?.status()).toBe(404);
  });
});
