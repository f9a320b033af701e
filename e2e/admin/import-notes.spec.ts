import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { signInAs } from "../support/sign-in";

// The importer's notes left the public pages; clerks still read them, with source lines, here.
test.describe("notes from stored imports", () => {
  test("anonymous visitors are sent to sign in", async ({ page }) => {
    await page.goto("/dashboard/imports/notes");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a clerk reads each stored pack's notes with source lines and what readers see instead", async ({ page }) => {
    await signInAs(page, "clerk", "/dashboard/imports/notes");
    await expect(page.getByRole("heading", { level: 1, name: "Notes from stored imports" })).toBeVisible();
    const march = page.getByRole("region", { name: "Communities and Partnership Committee, Thursday 4 March 2021" });
    await expect(march.getByText(/the table \(line 1689\) prints a variance of 660/).first()).toBeVisible();
    await expect(march.getByText("Pack file 002_79826bec6554f037.txt", { exact: false })).toBeVisible();
    await expect(march.getByText(/Readers see: “The report’s text gives a different figure for this line/).first()).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expectNoAxeViolations(page);
  });
});
