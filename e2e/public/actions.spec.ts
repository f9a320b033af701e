import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// Facts from the packs: the 2021 action log (data/packs/002_…, lines 78-86) and the 2018 one
// (data/packs/000_…, lines 381-387, actions from the minutes of 17 April 2018).
const VACCINE = "Provide Members with an update to provide clarity on the recruitment process for volunteers in the Covid-19 vaccination programme.";
const OPEN_ACCESS = "Establish how the Open Access Project could connect to other programmes and strategies currently being developed across the County.";
const DIAGRAMS = "Officers agreed to include sense checked visual explanatory diagrams in the next report.";

test.describe("actions", () => {
  test("the list shows each action's owner, latest status and origin minute", async ({ page }) => {
    await page.goto("/actions");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions from committee minutes");
    const vaccine = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: VACCINE }) });
    await expect(vaccine.getByText("Ongoing", { exact: true })).toBeVisible();
    await expect(vaccine.getByText(/Minute 335: Report of the Service Director for Communities and Partnerships, meeting on Thursday 21 January 2021/)).toBeVisible();
    await expect(vaccine.getByRole("link", { name: "Adrian Chapman" })).toHaveAttribute("href", "/people/adrian-chapman");
    await expect(vaccine.getByText("(printed as “A Chapman”)")).toBeVisible();

    const diagrams = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: DIAGRAMS }) });
    await expect(diagrams.getByText("Action ongoing")).toBeVisible();
    await expect(diagrams.getByRole("link", { name: "meeting on Tuesday 17 April 2018" })).toHaveAttribute("href", "/meetings/2018-04-17-communities-and-partnership-committee");
    await expect(diagrams.getByRole("link", { name: "Lynsi Hayward-Smith" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "From the meeting on Thursday 8 October 2020" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("open and completed filters are plain links", async ({ page }) => {
    await page.goto("/actions");
    const filters = page.getByRole("navigation", { name: "Filter actions by status" });
    await expect(filters.getByRole("link", { name: /All actions \(\d+\)/ })).toHaveAttribute("aria-current", "page");

    await filters.getByRole("link", { name: /^Open \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/actions\/open$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open actions from committee minutes");
    await expect(page.getByRole("link", { name: VACCINE })).toBeVisible();
    await expect(page.getByRole("link", { name: OPEN_ACCESS })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole("navigation", { name: "Filter actions by status" }).getByRole("link", { name: /^Completed \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/actions\/completed$/);
    await expect(page.getByRole("link", { name: OPEN_ACCESS })).toBeVisible();
    await expect(page.getByRole("link", { name: /Ely had been demoted from its City status/ })).toBeVisible();
    await expect(page.getByRole("link", { name: VACCINE })).toHaveCount(0);
  });

  test("an action page gives its origin and each action-log update", async ({ page }) => {
    await page.goto("/actions/completed");
    await page.getByRole("link", { name: OPEN_ACCESS }).click();
    await expect(page).toHaveURL(/\/actions\/2020-10-08-minute-312/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPEN_ACCESS);
    await expect(page.getByText("Minute 312: Libraries Open Access Project, meeting on Thursday 8 October 2020")).toBeVisible();
    await expect(page.getByRole("link", { name: "Gary Porter" })).toHaveAttribute("href", "/people/gary-porter");

    const history = page.getByRole("region", { name: "Progress reported in action logs" });
    await expect(history.getByRole("link", { name: "meeting on Thursday 4 March 2021" })).toHaveAttribute("href", "/meetings/2021-03-04-communities-and-partnership-committee");
    await expect(history.getByText("Complete", { exact: true })).toBeVisible();
    await expect(history.getByText(/An overview of opportunities is incorporated in the library service report/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a 2018 action links back to the meeting that created it and the pack that reported on it", async ({ page }) => {
    await page.goto("/actions");
    await page.getByRole("link", { name: DIAGRAMS }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DIAGRAMS);
    await expect(page.getByRole("link", { name: "meeting on Tuesday 17 April 2018" })).toBeVisible();
    const history = page.getByRole("region", { name: "Progress reported in action logs" });
    await expect(history.getByRole("link", { name: "meeting on Thursday 31 May 2018" })).toBeVisible();
    await expect(history.getByText("This will be included in the next Report")).toBeVisible();
    await expect(history.getByText("Action ongoing")).toBeVisible();
  });

  test("an action whose minute names its owners shows them, in one status casing and without clerks' notes", async ({ page }) => {
    await page.goto("/actions/2018-04-17-minute-54-action-1");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Finance officers would meet with the lead Committee support officer");
    for (const name of ["Kerry Newsom", "Martin Wade", "Adrian Chapman"]) await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible();
    await expect(page.getByText("Not named in the minutes or action log")).toHaveCount(0);
    await expect(page.getByText(/Note from the import|pack line|\(line \d+\)/)).toHaveCount(0);

    await page.goto("/actions");
    await expect(page.getByText("ACTION ONGOING", { exact: true })).toHaveCount(0);
    await expect(page.getByText("CAMBRIDGE-SHIRE", { exact: false })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("filters and pages work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/actions");
    await page.getByRole("link", { name: /^Completed \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/actions\/completed$/);
    await page.getByRole("link", { name: OPEN_ACCESS }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPEN_ACCESS);
    await context.close();
  });

  test("an unknown action is a 404", async ({ page }) => {
    const response = await page.goto("/actions/1999-01-01-minute-1-action-1");
    expect(response?.status()).toBe(404);
  });
});
