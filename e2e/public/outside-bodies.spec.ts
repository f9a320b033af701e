import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test.describe("outside bodies", () => {
  test("the list shows each body with its representatives", async ({ page }) => {
    await page.goto("/outside-bodies");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outside bodies");
    const names = await page.getByRole("heading", { level: 2 }).allTextContents();
    for (const body of ["Cambridge Council for Voluntary Service", "Community Safety Partnerships", "Hinchingsbrooke Country Park Joint Group", "Hunts Forum of Voluntary Organisations"]) {
      expect(names).toContain(body);
    }
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    const hinch = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Hinchingsbrooke Country Park Joint Group" }) });
    await expect(hinch.getByRole("link", { name: "Adela Costello" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a body's page gives its purpose, meetings, representatives with party, contact and appointing committee", async ({ page }) => {
    await page.goto("/outside-bodies");
    await page.getByRole("link", { name: "Hunts Forum of Voluntary Organisations" }).click();
    await expect(page).toHaveURL(/\/outside-bodies\/hunts-forum-of-voluntary-organisations$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hunts Forum of Voluntary Organisations");
    await expect(page.getByText(/umbrella body for voluntary and community groups in Huntingdonshire/)).toBeVisible();
    await expect(page.getByRole("term").filter({ hasText: "Meetings a year" }).locator("xpath=following-sibling::dd[1]")).toHaveText("4");
    await expect(page.getByRole("link", { name: "Communities and Partnership Committee" })).toHaveAttribute("href", "/committees/communities-and-partnership-committee");

    const reps = page.getByRole("region", { name: "Representatives" });
    await expect(reps.getByRole("row", { name: /Councillor Steve Criswell.*Representative\s+Conservative/ })).toBeVisible();
    await expect(reps.getByRole("row", { name: /Councillor Adela Costello.*Representative\s+Conservative/ })).toBeVisible();
    await expect(reps.getByText("Printed “Councillor S Criswell (Con)”")).toBeVisible();

    const contact = page.getByRole("region", { name: "Contact" });
    await expect(contact.getByText(/Julie Farrow/)).toBeVisible();
    await expect(contact.getByRole("link", { name: "julie@huntsforum.org.uk" })).toHaveAttribute("href", "mailto:julie@huntsforum.org.uk");
    await expect(contact.getByRole("link", { name: "01480 420601" })).toHaveAttribute("href", "tel:01480420601");
    // The 2018 pack stops straight after this body: the page says so in plain words, without pack lines.
    await expect(page.getByRole("heading", { name: "About this record" })).toBeVisible();
    await expect(page.getByText("The list printed in the agenda pack ends here, so further details may be missing.")).toBeVisible();
    await expect(page.getByText(/, line \d+|\.txt/)).toHaveCount(0);
    await expectNoAxeViolations(page);

    await reps.getByRole("link", { name: "Councillor Adela Costello" }).click();
    await expect(page).toHaveURL(/\/people\/adela-costello$/);
  });

  test("substitutes are shown apart from representatives", async ({ page }) => {
    await page.goto("/outside-bodies/innovate-and-cultivate-fund-bid-assessment-panel");
    const reps = page.getByRole("region", { name: "Representatives" });
    await expect(reps.getByRole("row", { name: /Councillor Ian Manning.*Substitute\s+Liberal Democrat/ })).toBeVisible();
    await expect(reps.getByRole("row", { name: /Councillor Elisa Meschini.*Representative\s+Labour/ })).toBeVisible();
    await expect(reps.getByRole("rowheader")).toHaveCount(6);
    await expect(page.getByRole("term").filter({ hasText: "Meetings a year" }).locator("xpath=following-sibling::dd[1]")).toHaveText("Not given");

    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
    expect(ld["@type"]).toBe("Organization");
    expect(ld.name).toBe("Innovate and Cultivate Fund Bid Assessment Panel");
  });

  test("an unknown body gets a 404", async ({ page }) => {
    const response = await page.goto("/outside-bodies/no-such-body");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
