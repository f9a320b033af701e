import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectValidHtml } from "../support/validate-html";

const PAGES = [
  { path: "/about", h1: "About this site" },
  { path: "/contact", h1: "Contact" },
  { path: "/accessibility", h1: "Accessibility statement for Open Committee" },
];

test.describe("site information pages", () => {
  for (const width of [375, 1280]) {
    for (const p of PAGES) {
      test(`${p.path} at ${width} px: valid, accessible, linked from the footer`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/");
        await page.getByRole("navigation", { name: "Site information" }).getByRole("link", { name: new RegExp(`^${p.h1.split(" ")[0]}`) }).click();
        await expect(page).toHaveURL(new RegExp(`${p.path}$`));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.h1);
        await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link")).toHaveText(["Home"]);
        await expectValidHtml(page);
        await expectNoAxeViolations(page);
      });
    }
  }

  test("about says where the data comes from, its licence and how current it is", async ({ page }) => {
    await page.goto("/about");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2 })).toContainText(["Where the information comes from", "How current it is", "Re-using the information"]);
    await expect(main.getByRole("link", { name: "Open Government Licence v3.0" })).toHaveAttribute("href", /nationalarchives\.gov\.uk\/doc\/open-government-licence\/version\/3/);
    // The newest meeting with papers in the demo data is 4 March 2021.
    await expect(main.getByRole("link", { name: /Communities and Partnership Committee meeting on Thursday 4 March 2021/ })).toHaveAttribute(
      "href", "/meetings/2021-03-04-communities-and-partnership-committee",
    );
    await expect(main).toContainText(/The last agenda pack was added on \w+ \d{1,2} \w+ \d{4}\./);
  });

  test("contact names the committee's democratic services officer from the newest agenda, and how to report a mistake", async ({ page }) => {
    await page.goto("/contact");
    const main = page.getByRole("main");
    // The 4 March 2021 agenda names Nick Mills (data/packs/002_…, front sheet); the 2018 one Rob Sanderson.
    const officer = main.getByRole("listitem").filter({ hasText: "Communities and Partnership Committee" });
    await expect(officer).toContainText("Nick Mills");
    await expect(officer.getByRole("link", { name: "nicholas.mills@cambridgeshire.gov.uk" })).toHaveAttribute("href", "mailto:nicholas.mills@cambridgeshire.gov.uk");
    await expect(officer.getByRole("link", { name: /01223\s699763/ })).toHaveAttribute("href", "tel:01223699763");
    await expect(main).not.toContainText("Rob Sanderson");
    await expect(main.getByRole("heading", { level: 2, name: "Report a mistake on this site" })).toBeVisible();
  });

  test("the accessibility statement follows the GOV.UK model", async ({ page }) => {
    await page.goto("/accessibility");
    const headings = page.getByRole("main").getByRole("heading");
    for (const h of [
      "How accessible this website is", "Feedback and contact information", "Reporting accessibility problems with this website",
      "Enforcement procedure", "Technical information about this website’s accessibility", "Compliance status", "Non-accessible content",
      "Preparation of this accessibility statement",
    ]) {
      await expect(headings.filter({ hasText: h }).first()).toBeVisible();
    }
    const main = page.getByRole("main");
    await expect(main).toContainText("partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard");
    await expect(main.getByRole("link", { name: "Equality Advisory and Support Service (EASS)" })).toBeVisible();
    await expect(main.getByRole("link", { name: "Equality Commission for Northern Ireland" })).toBeVisible();
    await expect(main).toContainText(/This statement was prepared on \d{1,2} \w+ \d{4}/);
    await expect(main).toContainText(/axe accessibility engine/);
  });
});
