import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// Facts from the agenda plan "Published on 24th February 2021" in data/packs/002_… (lines 2824-2928).
test.describe("forward plan", () => {
  test("shows the newest plan by committee date, with key decisions, deadlines and provisional meetings", async ({ page }) => {
    await page.goto("/forward-plan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forward plan");
    await expect(page.getByText(/The agenda plan as printed in the agenda pack for the/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Communities and Partnership Committee meeting on Thursday 4 March 2021" })).toHaveAttribute(
      "href", "/meetings/2021-03-04-communities-and-partnership-committee",
    );

    const keyDecisions = page.getByRole("region", { name: "Key decisions in this plan" });
    await expect(keyDecisions.getByText(/Recommissioning of Cambridgeshire Local Assistance Scheme \(ref\. 2021\/013\)/)).toBeVisible();

    const march = page.getByRole("region", { name: "Thursday 4 March 2021", exact: true });
    await expect(march.getByText("Monday 22 February 2021")).toBeVisible();
    await expect(march.getByText("Wednesday 24 February 2021")).toBeVisible();
    const table = march.getByRole("table", { name: /items? planned for Thursday 4 March 2021/ });
    const row = table.getByRole("row").filter({ hasText: "Recommissioning of Cambridgeshire Local Assistance Scheme" });
    await expect(row.getByRole("cell", { name: "H Andrews" })).toBeVisible();
    await expect(row.getByText("Key decision, forward plan ref. 2021/013")).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "Lead officer" })).toBeVisible();

    const april = page.getByRole("region", { name: /^Thursday 1 April 2021/ });
    await expect(april.getByRole("heading", { name: /Provisional meeting/ })).toBeVisible();

    const may = page.getByRole("region", { name: "Thursday 27 May 2021", exact: true });
    await expect(may.getByRole("row").filter({ hasText: "Communities Capital Fund – Project Delivery Update" }).getByRole("cell", { name: "I Phillips" })).toBeVisible();
    // The plan prints a despatch date before its own deadline; the page says so.
    await expect(may.getByText("The plan prints an agenda despatch date before its own deadline for draft reports. Both are shown as printed.")).toBeVisible();
    // Notes meant for clerks stay in the dashboard: no importer notes, pack files or source lines.
    await expect(page.getByText(/Note from the import|Import note|pack file|\.txt|\(line \d+\)/)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("date links jump to each committee date without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/forward-plan");
    await page.getByRole("navigation", { name: "Committee dates" }).getByRole("link", { name: "Thursday 19 May 2022" }).click();
    await expect(page).toHaveURL(/#plan-2022-05-19$/);
    await expect(page.getByRole("heading", { level: 3, name: "Thursday 19 May 2022" })).toBeInViewport();
    await context.close();
  });

  test("every plan ever printed stays readable: the 2018 plan, linked from the newest, at its own address", async ({ page }) => {
    await page.goto("/forward-plan");
    await page.getByRole("link", { name: "plan printed for 31 May 2018" }).click();
    await expect(page).toHaveURL(/\/forward-plan\/2018-05-31-communities-and-partnership-committee$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda plan printed for the meeting on 31 May 2018");
    await expect(page.getByText("This plan has been replaced.")).toBeVisible();
    await expect(page.getByRole("link", { name: "newest plan, printed for the meeting on Thursday 4 March 2021" })).toHaveAttribute("href", "/forward-plan");

    const september = page.getByRole("region", { name: "Thursday 27 September 2018", exact: true });
    await expect(september.getByRole("row").filter({ hasText: "White Ribbon Accreditation Decision Report" })).toBeVisible();
    await expect(page.getByText(/Note from the import|Import note|pack file|\.txt|\(line \d+\)/)).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/forward-plan\/2018-05-31-communities-and-partnership-committee$/);
    await expectNoAxeViolations(page);
  });

  test("a meeting whose pack printed no plan has no plan page", async ({ page }) => {
    expect((await page.goto("/forward-plan/2018-04-17-communities-and-partnership-committee"))?.status()).toBe(404);
    expect((await page.goto("/forward-plan/no-such-meeting"))?.status()).toBe(404);
  });
});
