import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b));
}

test.describe("people", () => {
  test("the index lists councillors and officers alphabetically by surname", async ({ page }) => {
    await page.goto("/people");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
    const councillors = page.getByRole("region", { name: "Councillors" });
    const names = await councillors.getByRole("link").allTextContents();
    expect(names).toContain("Councillor Steve Criswell");
    // Costello, Criswell, Cuffley: by surname.
    expect(names.indexOf("Councillor Adela Costello")).toBeLessThan(names.indexOf("Councillor Steve Criswell"));
    expect(names.indexOf("Councillor Steve Criswell")).toBeLessThan(names.indexOf("Councillor Kevin Cuffley"));
    await expect(councillors.getByRole("heading", { level: 3, name: "C" })).toBeVisible();

    const officers = page.getByRole("region", { name: "Officers and other contacts" });
    await expect(officers.getByRole("link", { name: "Adrian Chapman" })).toBeVisible();
    await expect(officers.getByText("Head of Libraries, Archives and Culture")).toBeVisible();
    await expect(councillors.getByRole("link", { name: "Adrian Chapman" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("a councillor's page shows roles, appointments, attendance, report contacts and other spellings", async ({ page }) => {
    await page.goto("/people/steve-criswell");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Councillor Steve Criswell");
    await expect(page.getByRole("definition").filter({ hasText: "Conservative" })).toBeVisible();
    // The 2018 minutes print "S Criswell".
    await expect(page.getByText("“S Criswell”", { exact: true })).toBeVisible();

    const committees = page.getByRole("region", { name: "Committees and roles" });
    await expect(committees.getByRole("link", { name: "Communities and Partnership Committee" })).toBeVisible();
    await expect(committees.getByText("Chairman, as listed for the meeting on Thursday 4 March 2021")).toBeVisible();

    const bodies = page.getByRole("region", { name: "Outside bodies" });
    await expect(bodies.getByRole("row", { name: /Innovate and Cultivate Fund Bid Assessment Panel\s+Representative\s+Conservative/ })).toBeVisible();
    await expect(bodies.getByRole("link", { name: "Hunts Forum of Voluntary Organisations" })).toBeVisible();

    const attendance = page.getByRole("region", { name: "Attendance" });
    await expect(attendance.getByText(/present at 1, apologies for 0/)).toBeVisible();
    await expect(attendance.getByRole("row", { name: /Tuesday 17 April 2018.*Present/ })).toBeVisible();

    const contacts = page.getByRole("region", { name: "Member contact for reports" });
    await expect(contacts.getByRole("link", { name: "Recommissioning of Cambridgeshire's Local Assistance Scheme" })).toBeVisible();
    await expectNoAxeViolations(page);

    const person = (await jsonLd(page)).find((d) => d["@type"] === "Person");
    expect(person?.name).toBe("Steve Criswell");
    expect(person?.alternateName).toContain("S Criswell");
    expect(JSON.stringify(person?.memberOf)).toContain("Communities and Partnership Committee");
  });

  test("a councillor's page shows their champion roles with the minute or report that states them", async ({ page }) => {
    // Minute 56 of 17 April 2018: "to appoint Councillor Janet French as the Fenland Area Champion".
    await page.goto("/people/janet-french");
    const roles = page.getByRole("region", { name: "Champion roles" });
    const fenland = roles.getByRole("listitem").filter({ hasText: "Fenland Area Champion" });
    await expect(fenland).toContainText("Fenland Area Champion, Communities and Partnership Committee, from 17 April 2018");
    await expect(fenland.getByRole("link", { name: "minute 56 of the meeting on 17 April 2018" }))
      .toHaveAttribute("href", "/meetings/2018-04-17-communities-and-partnership-committee#minute-56");
    await expectNoAxeViolations(page);

    // The 31 May 2018 report recommends Councillor Richards in place of Councillor Meschini.
    await page.goto("/people/claire-richards");
    const city = page.getByRole("region", { name: "Champion roles" }).getByRole("listitem").filter({ hasText: "Cambridge City Area Champion" });
    await expect(city).toContainText("from 31 May 2018");
    await expect(city.getByRole("link", { name: "report to the meeting on 31 May 2018" })).toHaveAttribute("href", /^\/reports\/2018-05-31-/);

    // The councillor replaced: the role ends the day before the new appointment.
    await page.goto("/people/s-tierney");
    await expect(page.getByRole("region", { name: "Champion roles" }).getByRole("listitem")).toContainText("Fenland Area Champion, Communities and Partnership Committee, until 16 April 2018");
  });

  test("apologies and substitutes are recorded", async ({ page }) => {
    // "Apologies: Councillors: S Taylor and S Tierney" in the minutes of 17 April 2018.
    await page.goto("/people/s-taylor");
    await expect(page.getByRole("region", { name: "Attendance" }).getByText(/present at 0, apologies for 1/)).toBeVisible();
    // "Councillor I Manning (Lib Dem)" is the substitute on the Innovate and Cultivate Fund panel.
    await page.goto("/people/ian-manning");
    await expect(page.getByRole("region", { name: "Outside bodies" }).getByRole("row", { name: /Innovate and Cultivate Fund Bid Assessment Panel\s+Substitute\s+Liberal Democrat/ })).toBeVisible();
  });

  test("an officer's page shows posts, reports, contacts and actions owned", async ({ page }) => {
    await page.goto("/people/adrian-chapman");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adrian Chapman");
    await expect(page.getByText("“A Chapman”", { exact: true })).toBeVisible();
    const posts = page.getByRole("region", { name: "Posts" });
    // Printed differently in 2021 and 2018.
    await expect(posts.getByRole("listitem").filter({ hasText: /^Service Director, Communities and Partnerships \(as printed for the meeting on 4 March 2021\)$/ })).toBeVisible();
    await expect(posts.getByRole("listitem").filter({ hasText: /^Service Director - Communities and Safety \(as printed for the meeting on 31 May 2018\)$/ })).toBeVisible();

    const reports = page.getByRole("region", { name: "Reports" });
    await expect(reports.getByRole("link", { name: "Improving Social Mobility" })).toHaveAttribute("href", "/reports/2021-03-04-improving-social-mobility");
    await expect(reports.getByRole("link", { name: "Integrated Communities Strategy Green Paper" }).first()).toBeVisible();

    // The 2021 action log: "Responsible officer(s): A Chapman".
    const actions = page.getByRole("region", { name: "Actions" });
    await expect(actions.getByRole("link", { name: /recruitment process for volunteers in the Covid-19 vaccination programme/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const person = (await jsonLd(page)).find((d) => d["@type"] === "Person");
    expect(person?.jobTitle).toBe("Service Director, Communities and Partnerships");
  });

  test("an unknown person gets a 404", async ({ page }) => {
    const response = await page.goto("/people/no-such-person");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
