import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// Facts from the Communities and Partnerships Committee Delivery Plan in data/packs/000_… (from line 294)
// and the Library Vision Action Log in data/packs/002_… (from line 1594).
test.describe("strategies", () => {
  test("the list links to each delivery plan with where it was presented", async ({ page }) => {
    await page.goto("/strategies");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Strategies and delivery plans");
    const plan = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /Delivery Plan/i }) });
    await expect(plan.getByText(/meeting on Thursday 31 May 2018/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Library Vision Action Log" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a delivery plan shows priorities, outcomes and every column of each action", async ({ page }) => {
    await page.goto("/strategies");
    await page.getByRole("link", { name: /Delivery Plan/i }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Delivery Plan");
    await expect(page.getByRole("link", { name: "Communities and Partnership Committee meeting on Thursday 31 May 2018" })).toBeVisible();

    const priority = page.getByRole("region", { name: "Priority 1: Community resilience" });
    await expect(priority.getByText("Resilient communities across Cambridgeshire that are proud, confident, and self-reliant as far as possible.")).toBeVisible();
    const action = priority.getByRole("article", { name: "Action 1.4", exact: true });
    await expect(action.getByText(/Develop, agree and deliver a new Cambridgeshire and Peterborough Community Resilience Strategy/)).toBeVisible();
    for (const [term, value] of [
      ["Lead officer", "Elaine Matthews"],
      ["First milestone date", "July 2018"],
      ["Action continues until", "Reviewed annually"],
      ["Outputs", "Strategy developed, adopted and delivered"],
    ]) {
      await expect(action.getByRole("term").filter({ hasText: term })).toBeVisible();
      await expect(action.getByRole("definition").filter({ hasText: value })).toBeVisible();
    }
    for (const term of ["Resources required / engagement from partners", "Key risks", "Decision-making route"]) {
      await expect(action.getByRole("term").filter({ hasText: term })).toBeVisible();
    }
    // "Via action 1.4" points at the action it names.
    await priority.getByRole("article", { name: "Action 1.1", exact: true }).getByRole("link", { name: "action 1.4" }).click();
    await expect(page).toHaveURL(/#action-1-4$/);
    await expect(action.getByRole("heading", { name: "Action 1.4" })).toBeInViewport();
    await expect(page.getByRole("region", { name: "Priority 4: Partnership working" })).toBeAttached();
    await expectNoAxeViolations(page);
  });

  test("the library action log links to the report it came in", async ({ page }) => {
    await page.goto("/strategies/2021-03-04-library-vision-action-log");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Library Vision Action Log");
    await expect(page.getByRole("link", { name: "Cambridgeshire Libraries: Review and Future Priorities" })).toHaveAttribute(
      "href", "/reports/2021-03-04-cambridgeshire-libraries-review-and-future-priorities",
    );
    const people = page.getByRole("region", { name: /People/ });
    await expect(people.getByRole("article", { name: "Action 1.3", exact: true }).getByText("Business & IP Centre expansion")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a plan is readable at 320 pixels without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/strategies/2018-05-31-communities-and-partnerships-committee-delivery-plan");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("article", { name: "Action 2.1", exact: true }).getByRole("term").first()).toBeVisible();
  });

  test("an unknown plan is a 404", async ({ page }) => {
    expect((await page.goto("/strategies/no-such-plan"))?.status()).toBe(404);
  });
});
