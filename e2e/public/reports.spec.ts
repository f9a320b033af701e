import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const CLAS = "/reports/2021-03-04-recommissioning-of-cambridgeshires-local-assistance-scheme";
const OUTTURN = "/reports/2018-05-31-finance-and-performance-report-outturn-2017-18";

test.describe("reports", () => {
  test("a key-decision report shows its header, recommendations, contacts, body and implications", async ({ page }) => {
    await page.goto(CLAS);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommissioning of Cambridgeshire's Local Assistance Scheme");
    const facts = page.locator("dl").first();
    await expect(facts.getByText("Children and Families Commissioning Manager, Helen Andrews")).toBeVisible();
    await expect(facts.getByText("2021/013")).toBeVisible();
    await expect(facts.getByRole("link", { name: "Item 4" })).toHaveAttribute("href", "/meetings/2021-03-04-communities-and-partnership-committee#item-4");
    await expect(facts.getByText("agenda pack pages 5 to 12")).toBeVisible();
    // The report's own header misprints the year; the page says so rather than hiding it.
    await expect(facts.getByText("The report prints the meeting date as “4 March 2020”.")).toBeVisible();

    const recommendations = page.getByRole("region", { name: "Recommendations" });
    await expect(recommendations.getByRole("listitem").first()).toContainText("a)");
    await expect(recommendations.getByRole("listitem").first()).toContainText("Agree the recommissioning and procurement of Cambridgeshire's Local Assistance Scheme");
    await expect(page.getByRole("region", { name: "Decision" })).toContainText("No decision is recorded yet");

    const contacts = page.getByRole("region", { name: "Contacts" });
    await expect(contacts.getByRole("link", { name: "Helen Andrews" })).toHaveAttribute("href", "/people/helen-andrews");
    await expect(contacts.getByRole("link", { name: "helen.andrews@cambridgeshire.gov.uk" })).toBeVisible();

    const body = page.getByRole("region", { name: "The report" });
    await expect(body.getByRole("heading", { level: 3, name: "1 Background" })).toBeVisible();
    await expect(body.getByText("These families saw their income maximised by £7.2million.", { exact: false })).toBeVisible();
    // Implications are shown once, by category, not repeated in the body.
    await expect(body.getByRole("heading", { name: /Significant Implications/i })).toHaveCount(0);
    const implications = page.getByRole("region", { name: "Significant implications" });
    await expect(implications.getByText("Statutory, Legal and Risk Implications")).toBeVisible();
    const env = page.getByRole("table", { name: /Environment and climate change implications/ });
    await expect(env.getByRole("row", { name: /Waste Management and Tackling Plastic Pollution/ })).toContainText("Positive");
    await expect(page.getByRole("table", { name: "Implications cleared by officers" }).getByRole("row", { name: /Climate Change Officer/ })).toContainText("Emily Bolton");

    await expect(page.getByRole("region", { name: "Source documents" }).getByRole("link", { name: /Measuring Poverty 2019/ })).toHaveAttribute("href", "https://www.socialmetricscommission.org.uk");
    await expect(page.getByRole("region", { name: "Footnotes" }).getByRole("listitem")).toHaveCount(8);
    await expect(page.getByRole("table", { name: /Money mentioned in the report/ }).getByRole("row", { name: /£1,500,000\.00/ })).toContainText("5-year contract");
    // What the importer noticed (the report misprints its meeting year) is for clerks, not readers.
    await expect(page.getByRole("region", { name: "Notes on reading the pack" })).toHaveCount(0);
    await expect(page.getByText(/\(line \d+\)/)).toHaveCount(0);

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(jsonLd["@type"]).toBe("Report");
    expect(jsonLd.datePublished).toBe("2021-03-04");
    expect(jsonLd.about["@type"]).toBe("Event");
    expect(jsonLd.author[0]).toMatchObject({ "@type": "Person", name: "Helen Andrews" });
    await expectNoAxeViolations(page);
  });

  test("a finance report renders its tables as tables and its budget lines compactly", async ({ page }) => {
    await page.goto(OUTTURN);
    const table = page.getByRole("table", { name: "Table 1, section 1.0: Background" });
    await expect(table.getByRole("columnheader", { name: "Budget for 2017/18" })).toBeVisible();
    await expect(table.getByRole("row", { name: /Director of Community & Safety Total/ })).toContainText("5,419");
    await expect(page.getByRole("region", { name: "Table 1, section 1.0: Background" })).toHaveAttribute("tabindex", "0");

    const lines = page.getByRole("table", { name: "Budget lines for this committee (£000)" });
    await expect(lines.getByRole("rowheader", { name: "Strategic Management - Communities & Safety" })).toBeVisible();
    await expect(lines.getByRole("row", { name: /Strategic Management - Communities & Safety/ })).toContainText("-19");
    // The wider appendices fold away, and open without JavaScript (details/summary).
    await page.getByText(/APPENDIX 1 – P&C Service Level Budgetary Control Report \(\d+ lines\)/).click();
    await expect(page.getByRole("table", { name: "APPENDIX 1 – P&C Service Level Budgetary Control Report (£000)" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Decision" })).toContainText("No decision is recorded yet");
    await expectNoAxeViolations(page);
  });

  test("a report leads back to its meeting and agenda item", async ({ page }) => {
    await page.goto("/reports/2018-05-31-integrated-communities-strategy-green-paper");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Integrated Communities Strategy Green Paper");
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Meeting on 31 May 2018" }).click();
    await expect(page).toHaveURL(/\/meetings\/2018-05-31-communities-and-partnership-committee$/);
    await expect(page.getByRole("link", { name: "Integrated Communities Strategy Green Paper" })).toBeVisible();
  });

  test("the reports index lists every report by meeting", async ({ page }) => {
    await page.goto("/reports");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reports");
    await expect(page.getByRole("heading", { level: 2, name: "Communities and Partnership Committee, Thursday 4 March 2021" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Finance Monitoring Report – January 2021" })).toHaveAttribute("href", "/reports/2021-03-04-finance-monitoring-report-january-2021");
    await expectNoAxeViolations(page);
  });

  test("works without JavaScript and is 404 for an unknown report", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(CLAS);
    await expect(page.getByRole("heading", { level: 2, name: "Recommendations" })).toBeVisible();
    const response = await page.goto("/reports/no-such-report");
    expect(response?.status()).toBe(404);
    await context.close();
  });
});
