import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test.describe("meetings", () => {
  test("home lists meetings newest first and links to the 4 March 2021 meeting", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Committee meetings");
    const links = page.getByRole("link", { name: /Communities and Partnership Committee, .*\d{4}/ });
    const names = await links.allTextContents();
    expect(names[0]).toContain("4 March 2021");
    expect(names.indexOf(names.find((n) => n.includes("31 May 2018"))!)).toBeLessThan(names.indexOf(names.find((n) => n.includes("17 April 2018"))!));
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: /4 March 2021/ }).click();
    await expect(page).toHaveURL(/\/meetings\/2021-03-04-communities-and-partnership-committee$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meeting on Thursday 4 March 2021");
    await expect(page.getByText("Held virtually")).toBeVisible();

    for (const section of ["Constitutional matters", "Key decisions", "Other decisions"]) {
      await expect(page.getByRole("heading", { level: 3, name: section })).toBeVisible();
    }
    const keyDecisions = page.getByRole("region", { name: "Key decisions" });
    await expect(keyDecisions.getByText("Recommissioning of Cambridgeshire Local Assistance Scheme")).toBeVisible();
    await expect(keyDecisions.getByText("Agenda pack pages 5 to 12")).toBeVisible();
    await expect(page.getByText("Councillor Steve Criswell (Chairman)")).toBeVisible();
    await expect(page.getByRole("link", { name: "nicholas.mills@cambridgeshire.gov.uk" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the 2018 meeting shows its venue, time and unsectioned opening items", async ({ page }) => {
    await page.goto("/meetings/2018-05-31-communities-and-partnership-committee");
    await expect(page.getByText("Room 128, Shire Hall, Castle Hill, Cambridge, CB3 0AP")).toBeVisible();
    await expect(page.getByText("2pm")).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Decisions" })).toBeVisible();
    await expect(page.getByText("Finance and Performance Report - Outturn 2017-18")).toBeVisible();
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: /4 March 2021/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meeting on Thursday 4 March 2021");
    await context.close();
  });

  test("an unknown meeting gets a helpful 404", async ({ page }) => {
    const response = await page.goto("/meetings/1999-01-01-no-such-committee");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Browse all meetings" })).toBeVisible();
  });
});
