import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const COMMITTEE = "/committees/communities-and-partnership-committee";

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b));
}

test.describe("committees", () => {
  test("the list names each committee with its chairman and links to it", async ({ page }) => {
    await page.goto("/committees");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Committees");
    const link = page.getByRole("link", { name: "Communities and Partnership Committee" });
    await expect(link).toBeVisible();
    // Both packs' front sheets print "Councillor Steve Criswell (Chairman)".
    await expect(page.getByText("Councillor Steve Criswell")).toBeVisible();
    await expectNoAxeViolations(page);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${COMMITTEE}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Communities and Partnership Committee");
  });

  test("the committee page shows members with roles from the newest front sheet, and how membership changed", async ({ page }) => {
    await page.goto(COMMITTEE);
    const members = page.getByRole("region", { name: "Members", exact: true });
    await expect(members.getByText("As listed on the agenda for the meeting on Thursday 4 March 2021")).toBeVisible();
    const table = members.getByRole("table");
    await expect(table.getByRole("row", { name: /Councillor Steve Criswell\s+Chairman/ })).toBeVisible();
    // 2021 prints "Vice-Chairwoman" where 2018 printed "Vice-Chairman".
    await expect(table.getByRole("row", { name: /Councillor Lina Nieto\s+Vice-Chairwoman/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /Councillor Mandy Smith\s+Member/ })).toBeVisible();
    await expect(table.getByRole("rowheader")).toHaveCount(10);

    const changes = page.getByRole("region", { name: "Changes of membership" });
    await expect(changes.getByRole("heading", { level: 3 })).toHaveText("Between Thursday 31 May 2018 and Thursday 4 March 2021");
    const joined = changes.getByRole("definition").filter({ has: page.getByRole("link", { name: "Councillor Mandy Smith" }) });
    await expect(joined).toBeVisible();
    await expect(changes.getByText("Councillor Kevin Cuffley")).toBeVisible();
    await expect(changes.getByText("(was Vice-Chairman)")).toBeVisible();

    await page.getByRole("link", { name: "Councillor Steve Criswell" }).first().click();
    await expect(page).toHaveURL(/\/people\/steve-criswell$/);
  });

  test("the committee page shows members' champion roles and every champion the papers name", async ({ page }) => {
    await page.goto(COMMITTEE);
    const members = page.getByRole("region", { name: "Members", exact: true }).getByRole("table");
    await expect(members.getByRole("row", { name: /Councillor Janet French\s+Member\s*Fenland Area Champion since 17 April 2018/ })).toBeVisible();

    const champions = page.getByRole("region", { name: "Area champions" });
    const table = champions.getByRole("table");
    await expect(table.getByRole("row", { name: /Fenland \(Area Champion\)\s+Councillor Janet French\s+from 17 April 2018 \(current\)/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /Fenland \(Area Champion\)\s+Councillor S Tierney\s+until 16 April 2018/ })).toBeVisible();
    // Not on the 2021 front sheet, so her open role is not called current.
    const richards = table.getByRole("row", { name: /Cambridge City \(Area Champion\)\s+Councillor Claire Richards\s+from 31 May 2018 \(no later change in the papers\)/ });
    await expect(richards.getByRole("link", { name: "report to the meeting on 31 May 2018" })).toHaveAttribute("href", /^\/reports\/2018-05-31-/);
    await expect(table.getByRole("row", { name: /Cambridge City \(Area Champion\)\s+Councillor Elisa Meschini\s+until 30 May 2018/ })).toBeVisible();
    // The 2018 report notes South Cambridgeshire as vacant: no row.
    await expect(table.getByText("South Cambridgeshire")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("the committee page lists meetings by year, the agenda plan, open actions, workshops and outside bodies", async ({ page }) => {
    await page.goto(COMMITTEE);
    const meetings = page.getByRole("region", { name: "Meetings", exact: true });
    await expect(meetings.getByRole("heading", { level: 3, name: "2021" })).toBeVisible();
    await expect(meetings.getByRole("heading", { level: 3, name: "2018" })).toBeVisible();
    await expect(meetings.getByRole("link", { name: "Thursday 4 March 2021" })).toHaveAttribute("href", "/meetings/2021-03-04-communities-and-partnership-committee");
    await expect(meetings.getByRole("link", { name: "Thursday 31 May 2018" })).toBeVisible();

    const plan = page.getByRole("region", { name: "Agenda plan" });
    await expect(plan.getByText("As published with the agenda for the meeting on Thursday 4 March 2021")).toBeVisible();
    await expect(plan.getByText("Recommissioning of Cambridgeshire Local Assistance Scheme")).toBeVisible();
    await expect(plan.getByRole("heading", { name: /Thursday 1 April 2021\s*\(provisional\)/ })).toBeVisible();
    await expect(plan.getByRole("link", { name: "See the full forward plan" })).toHaveAttribute("href", "/forward-plan");

    const actions = page.getByRole("region", { name: "Open actions" });
    const vaccination = actions.getByRole("link", { name: /recruitment process for volunteers in the Covid-19 vaccination programme/ });
    await expect(vaccination).toHaveAttribute("href", /^\/actions\/.+/);
    // Marked "Complete" in the 2021 action log, so not open.
    await expect(actions.getByText(/Open Access Project could connect/)).toHaveCount(0);

    const workshops = page.getByRole("region", { name: "Workshops and training" });
    const june = workshops.getByRole("region", { name: "Thursday 21 June 2018" });
    await expect(june.getByText("Shared work programme with the CA")).toBeVisible();
    // A row whose bullets were lost in extraction is read as its three topics, with a plain-words flag, not an import note.
    const wisbech = workshops.getByRole("region", { name: "Thursday 28 September 2017" });
    await expect(wisbech.getByRole("listitem")).toHaveCount(3);
    await expect(wisbech.getByRole("listitem").nth(1)).toContainText("Business Planning");
    await expect(workshops.getByText(/Import note/)).toHaveCount(0);

    const bodies = page.getByRole("region", { name: "Outside bodies" });
    await expect(bodies.getByRole("link", { name: "Hunts Forum of Voluntary Organisations" })).toHaveAttribute("href", "/outside-bodies/hunts-forum-of-voluntary-organisations");
    await expectNoAxeViolations(page);
  });

  test("the committee page describes the committee as a GovernmentOrganization of the council", async ({ page }) => {
    await page.goto(COMMITTEE);
    const org = (await jsonLd(page)).find((d) => d["@type"] === "GovernmentOrganization");
    expect(org?.name).toBe("Communities and Partnership Committee");
    expect((org?.parentOrganization as { name: string }).name).toBe("Cambridgeshire County Council");
    const members = org?.member as { roleName: string; member: { name: string } }[];
    expect(members).toContainEqual(expect.objectContaining({ roleName: "Chairman", member: expect.objectContaining({ name: "Steve Criswell" }) }));
  });

  test("works without JavaScript and at 320 px wide", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto("/committees");
    await page.getByRole("link", { name: "Communities and Partnership Committee" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Communities and Partnership Committee");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test("an unknown committee gets a 404", async ({ page }) => {
    const response = await page.goto("/committees/no-such-committee");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
