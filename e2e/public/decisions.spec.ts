import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test.describe("decisions", () => {
  test("lists every resolution with its outcome, newest meeting first", async ({ page }) => {
    await page.goto("/decisions");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Decisions");
    const results = page.getByRole("region", { name: /\d+ decisions?/ });
    const appointment = results.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Committee agenda plan and appointments (decision 2 of 2)" }) });
    await expect(appointment).toContainText("Agreed by a majority");
    await expect(appointment).toContainText("Votes: 7 for, 1 abstention");
    await expect(appointment).toContainText("Tuesday 17 April 2018, minute 56");
    await expectNoAxeViolations(page);
  });

  test("filters by year and outcome with a plain form, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/decisions");
    await page.getByLabel("Year", { exact: true }).selectOption("2018");
    await page.getByLabel("Outcome", { exact: true }).selectOption({ label: "Agreed by a majority" });
    await page.getByRole("button", { name: "Show decisions" }).click();
    await expect(page).toHaveURL(/\/decisions\?committee=&year=2018&outcome=majority$/);
    await expect(page.getByRole("heading", { level: 2, name: "1 decision", exact: true })).toBeVisible();
    await expect(page.getByText("Decisions in 2018, with the outcome “Agreed by a majority”.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Committee agenda plan and appointments (decision 2 of 2)" })).toBeVisible();
    await expect(page.getByLabel("Outcome", { exact: true })).toHaveValue("majority");

    await page.goto("/decisions?outcome=none");
    await expect(page.getByText("Decisions with the outcome “Resolved, no vote recorded”.")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/decisions$/);
    await context.close();
  });

  test("a filtered list with no results says so and passes axe", async ({ page }) => {
    await page.goto("/decisions?year=2018&outcome=lost");
    await expect(page.getByText("No decisions match these filters.")).toBeVisible();
    await expect(page.getByLabel("Outcome", { exact: true })).toHaveValue("lost");
    await expectNoAxeViolations(page);
  });

  test("a decision page gives the full text, parts, minute, meeting and actions", async ({ page }) => {
    await page.goto("/decisions/2018-04-17-minute-52");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cambridgeshire adult learning and skills service");
    await expect(page.getByText("Agreed unanimously")).toBeVisible();
    const resolved = page.getByRole("region", { name: "What was resolved" });
    await expect(resolved.getByText("It was resolved unanimously:")).toBeVisible();
    await expect(resolved.getByRole("listitem")).toHaveCount(2);
    await expect(resolved.getByRole("listitem").nth(1)).toContainText("to receive a report on this work at the July 2018 Committee meeting");
    await expect(page.getByRole("region", { name: "Actions that followed" }).getByRole("link").first()).toHaveAttribute("href", /^\/actions\//);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Minute 52: Cambridgeshire adult learning and skills service" }).click();
    await expect(page).toHaveURL(/\/meetings\/2018-04-17-communities-and-partnership-committee#minute-52$/);
  });

  test("a decision with votes links to its sibling decision in the same minute", async ({ page }) => {
    await page.goto("/decisions/2018-04-17-minute-56-2");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Committee agenda plan and appointments (decision 2 of 2)");
    await expect(page.getByText("7 for, 1 abstention")).toBeVisible();
    await expect(page.getByRole("region", { name: "What was resolved" })).toContainText("It was moved and seconded that Councillor French should be the Fenland Area Champion");
    await page.getByRole("link", { name: "Decision 1 of 2" }).click();
    await expect(page).toHaveURL(/\/decisions\/2018-04-17-minute-56-1$/);
    await expect(page.getByText("Resolved, no vote recorded")).toBeVisible();
  });

  test("an unknown decision is a 404", async ({ page }) => {
    const response = await page.goto("/decisions/1999-01-01-minute-1");
    expect(response?.status()).toBe(404);
  });
});
