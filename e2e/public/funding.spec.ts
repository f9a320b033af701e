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
    const chart = jan.getByRole("img", { name: /Budget and actual by line, £000/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(/Bars compare budget and actual for \d+ lines, in £000/);

    const table = jan.getByRole("table", { name: /Budget lines for this committee/ });
    await expect(table.getByRole("columnheader", { name: "Budget (£000)" })).toBeVisible();
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
    await page.goto("/funding");
    await page.getByRole("region", { name: "How budget lines move between reports" }).getByRole("link", { name: "Total Expenditure" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Total Expenditure");
    const table = page.getByRole("table", { name: /Total Expenditure in each finance report/ });
    await expect(table.getByRole("row").filter({ hasText: "Thursday 31 May 2018" }).filter({ hasText: "Overall Position" }).getByRole("cell").first()).toHaveText("312,588");
    await expect(table.getByRole("row").filter({ hasText: "Thursday 4 March 2021" }).filter({ hasText: "Budget lines for this committee" }).getByRole("cell").first()).toHaveText("12,560");
    await expect(page.getByRole("img", { name: /Total Expenditure: budget and actual in each report/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("sums quoted in reports are listed in pounds and as printed, linked to their report", async ({ page }) => {
    await page.goto("/funding/facts");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sums of money quoted in reports");
    const clas = page.getByRole("region", { name: "Recommissioning of Cambridgeshire's Local Assistance Scheme" });
    await expect(clas.getByRole("link", { name: "Read the report" })).toHaveAttribute("href", "/reports/2021-03-04-recommissioning-of-cambridgeshires-local-assistance-scheme");
    await expect(clas.getByRole("row", { name: /CLAS has an annual budget of £300,000/ }).getByRole("cell")).toHaveText([/CLAS has an annual budget/, "£300,000", "£300,000"]);
    await expect(clas.getByRole("row", { name: /£7.2million/ }).getByRole("cell").nth(1)).toHaveText("£7,200,000");
    await expect(page.getByRole("row", { name: /attracted £5\.2m funding/ }).getByRole("cell").nth(2)).toHaveText("£5.2m");
    await expectNoAxeViolations(page);
  });

  test("funding pages work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/funding");
    await page.getByRole("link", { name: /All \d+ budget tables in Finance Monitoring Report – January 2021/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finance Monitoring Report – January 2021");
    await expect(page.getByRole("img", { name: /Budget and actual by line/ }).first()).toBeVisible();
    await context.close();
  });

  test("an unknown budget line is a 404", async ({ page }) => {
    expect((await page.goto("/funding/lines/999999-no-such-line"))?.status()).toBe(404);
  });
});
