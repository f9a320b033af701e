import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { ensureDashboardFixture, type DashboardFixture } from "../support/dashboard-fixture";
import { openE2EDatabase } from "../support/e2e-db";
import { signInAs } from "../support/sign-in";

const db = openE2EDatabase();
let fx: DashboardFixture;

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.beforeAll(async () => { fx = await ensureDashboardFixture(db); });
test.afterAll(() => db.close());

const summary = (page: Page) => page.getByRole("heading", { name: "There is a problem" });

test("an anonymous visitor is sent to sign in", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});

test("the overview lists committees and meetings with their state, is never indexed, and passes axe", async ({ page }) => {
  await signInAs(page, "clerk");
  await expect(page.getByRole("heading", { level: 1, name: "Committees and meetings" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Dashboard Spec Committee/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Meetings of the Communities and Partnership Committee" })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoAxeViolations(page);
});

test("every kind of dashboard page passes axe", async ({ page }) => {
  test.setTimeout(600_000);
  await signInAs(page, "admin");
  const pages = [
    `/dashboard/committee/${fx.committeeId}`, `/dashboard/meeting/${fx.meetingId}`, `/dashboard/report/${fx.reportId}`, `/dashboard/minutes/${fx.minutesId}`,
    `/dashboard/minute_entry/${fx.entryId}`, `/dashboard/resolution/${fx.resolutionId}`, `/dashboard/agenda_item/new?parent=${fx.meetingId}`,
    `/dashboard/report/${fx.reportId}/publish`, `/dashboard/report/${fx.reportId}/history`, `/dashboard/resolution/${fx.resolutionId}/history`,
    `/dashboard/person`, `/dashboard/outside_body`, `/dashboard/committee`, `/dashboard/merge-people`, `/dashboard/committee/new`,
    `/dashboard/action/new?parent=${fx.committeeId}`, `/dashboard/agenda_plan_entry/new?parent=${fx.committeeId}`, `/dashboard/strategy/new?parent=${fx.committeeId}`,
    `/dashboard/budget_line/new?parent=${fx.committeeId}`, `/dashboard/funding_fact/new?parent=${fx.meetingId}`, `/dashboard/attendance/new?parent=${fx.minutesId}`,
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("editing a report: field errors in a summary and beside the field, then a save that shows in the history", async ({ page }) => {
  await signInAs(page, "clerk", `/dashboard/report/${fx.reportId}`);
  await page.getByLabel("Title", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(summary(page)).toBeVisible();
  await expect(page.getByRole("link", { name: "Enter the report's title" })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.getByLabel("Title", { exact: true }).fill("Library services: an update");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();
  await page.getByRole("link", { name: /History of changes/ }).click();
  await expect(page.getByRole("heading", { name: /Edited/ }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Library services: an update" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the report body is markdown with a preview that never renders raw HTML", async ({ page }) => {
  await signInAs(page, "clerk", `/dashboard/report/${fx.reportId}`);
  const body = page.getByLabel("The report", { exact: true });
  await expect(body).toHaveValue(/## 1\. Background/);
  await body.fill("## 1. Background\n\n1.1 Libraries open on **Sundays**.\n\n<script>window.__xss = 1</script>");
  await page.getByRole("button", { name: "Preview the report" }).click();
  const preview = page.getByRole("region", { name: "Preview of the report" });
  await expect(preview.getByRole("heading", { name: "1. Background" })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("Sundays");
  await expect(preview).toContainText("<script>");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expectNoAxeViolations(page);
});

test("a version conflict keeps the clerk's values and shows the saved ones", async ({ browser }) => {
  const a = await browser.newPage();
  const b = await browser.newPage();
  await signInAs(a, "clerk", `/dashboard/minute_entry/${fx.entryId}`);
  await signInAs(b, "admin", `/dashboard/minute_entry/${fx.entryId}`);
  await a.getByLabel("Title", { exact: true }).fill("Libraries: opening hours");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByText("Your changes have been saved.")).toBeVisible();
  await b.getByLabel("Title", { exact: true }).fill("Library services: Sunday opening");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByText(/This minute was changed by E2E clerk at \d\d:\d\d since you opened it\. Your changes have not been saved/)).toBeVisible();
  await expect(b.getByLabel("Title", { exact: true })).toHaveValue("Library services: Sunday opening");
  await expect(b.getByText("Libraries: opening hours")).toBeVisible();
  await expectNoAxeViolations(b);
  // Saving again is a deliberate overwrite.
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByText("Your changes have been saved.")).toBeVisible();
  await expect(b.getByLabel("Title", { exact: true })).toHaveValue("Library services: Sunday opening");
  await a.close();
  await b.close();
});

test("a minute can be restored to an earlier version from its history", async ({ page }) => {
  await signInAs(page, "clerk", `/dashboard/minute_entry/${fx.entryId}/history`);
  await page.getByRole("button", { name: /Restore version/ }).last().click();
  await expect(page.getByText("The earlier version has been restored.")).toBeVisible();
  await page.goto(`/dashboard/minute_entry/${fx.entryId}/history`);
  await expect(page.getByRole("heading", { name: /Restored an earlier version/ })).toBeVisible();
});

test("cancelling a meeting needs a note for readers", async ({ page }) => {
  await signInAs(page, "clerk", `/dashboard/meeting/${fx.meetingId}`);
  await page.getByLabel("Status").selectOption("cancelled");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("link", { name: /Enter a note for readers/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Note for readers").fill("Cancelled: no business to transact.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("cancelled");
});

test("agenda items: add one, move it up without JavaScript, remove it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, "clerk", `/dashboard/agenda_item/new?parent=${fx.meetingId}`);
  await page.getByLabel("Item number").fill("4");
  await page.getByLabel("Title", { exact: true }).fill("Date of next meeting");
  await page.getByLabel("Kind of item").selectOption("next_meeting");
  await page.getByRole("button", { name: "Add agenda item" }).click();
  await expect(page.getByText("The record has been added.")).toBeVisible();
  await page.goto(`/dashboard/meeting/${fx.meetingId}`);
  const items = page.locator("#agenda_item-list li");
  await expect(items.last()).toContainText("Item 4: Date of next meeting");
  await page.getByRole("button", { name: "Move up: Item 4: Date of next meeting" }).click();
  await expect(page.getByText("The order has been changed.")).toBeVisible();
  await expect(page.locator("#agenda_item-list li").nth(2)).toContainText("Item 4: Date of next meeting");
  await page.getByRole("link", { name: "Remove: Item 4: Date of next meeting" }).click();
  await page.getByRole("button", { name: "Remove agenda item" }).click();
  await expect(page.getByText("The record has been removed.")).toBeVisible();
  await expect(page.locator("#agenda_item-list")).not.toContainText("Date of next meeting");
  await context.close();
});

test("a resolution's outcome and votes are edited with checks", async ({ page }) => {
  await signInAs(page, "clerk", `/dashboard/resolution/${fx.resolutionId}`);
  await page.getByLabel("Votes against").fill("2");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("link", { name: "A unanimous resolution has no votes against" })).toBeVisible();
  await page.getByLabel("Outcome").selectOption("majority");
  await page.getByLabel("Votes for").fill("7");
  await page.getByLabel("Abstentions").fill("1");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();
});

test("a clerk limited to another committee cannot open this committee's records", async ({ page }) => {
  await signInAs(page, "limitedClerk");
  await page.goto(`/dashboard/report/${fx.reportId}`);
  await expect(page.getByRole("heading", { level: 1, name: "You cannot edit this report" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
});
