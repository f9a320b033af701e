import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test.describe("meetings", () => {
  test("home lists meetings newest first and links to the 4 March 2021 meeting", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Committee meetings");
    const links = page.getByRole("link", { name: /Communities and Partnership Committee, .*\d{4}/ });
    const names = await links.allTextContents();
    expect(names[0]).toContain("4 March 2021");
    expect(names.findIndex((n) => n.includes("31 May 2018"))).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await page.getByRole("region", { name: "Past meetings, newest first" }).getByRole("link", { name: /4 March 2021/ }).click();
    await expect(page).toHaveURL(/\/meetings\/2021-03-04-communities-and-partnership-committee$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meeting on Thursday 4 March 2021");
    await expect(page.getByText("Held virtually")).toBeVisible();

    for (const section of ["Constitutional matters", "Key decisions", "Other decisions"]) {
      await expect(page.getByRole("heading", { level: 3, name: section })).toBeVisible();
    }
    const keyDecisions = page.getByRole("region", { name: "Key decisions" });
    await expect(keyDecisions.getByText("Recommissioning of Cambridgeshire Local Assistance Scheme")).toBeVisible();
    await expect(keyDecisions.getByRole("link", { name: "Papers for item 4 (pages 5 to 12 of the pack)" })).toHaveAttribute("href", "/meetings/2021-03-04-communities-and-partnership-committee/papers/4");
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
    // Addresses printed in item text are links, as printed.
    const conductCode = page.locator("#main-content").getByRole("link", { name: /tinyurl\.com\/ccc-conduct-code/ }).first();
    await expect(conductCode).toHaveAttribute("href", /^https?:\/\/tinyurl\.com\/ccc-conduct-code$/);
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("region", { name: "Latest meeting" }).getByRole("link", { name: /4 March 2021/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meeting on Thursday 4 March 2021");
    await context.close();
  });

  test("a meeting known only from its minutes shows attendance, minutes, decisions and actions", async ({ page }) => {
    await page.goto("/meetings/2018-04-17-communities-and-partnership-committee");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meeting on Tuesday 17 April 2018");
    await expect(page.getByText("This meeting is known from its minutes only")).toBeVisible();
    await expect(page.getByText("10am to 11:30am").first()).toBeVisible();

    const present = page.getByRole("region", { name: "Present" });
    await expect(present.getByRole("listitem").filter({ hasText: "Steve Criswell" })).toContainText("(Chairman)");
    await expect(present.getByRole("link", { name: "Steve Criswell" })).toHaveAttribute("href", "/people/steve-criswell");
    await expect(present.getByRole("listitem").filter({ hasText: "Ambrose Smith" })).toContainText("substituting for Cllr Tierney");
    await expect(page.getByRole("region", { name: "Apologies for absence" }).getByRole("listitem")).toHaveCount(2);

    const minute52 = page.getByRole("region", { name: /^52\. Cambridgeshire adult learning and skills service/ });
    await expect(minute52.getByText("Agreed unanimously")).toBeVisible();
    await expect(minute52.getByRole("listitem").filter({ hasText: "To approve the adoption of the Skills Blueprint" })).toContainText("a)");
    const actionLink = minute52.getByRole("region", { name: "Actions from this minute" }).getByRole("link").first();
    await expect(actionLink).toHaveAttribute("href", /^\/actions\/2018-04-17-minute-52-action-\d+$/);

    const minute56 = page.getByRole("region", { name: /^56\. Committee agenda plan and appointments/ });
    await expect(minute56.getByRole("heading", { level: 4, name: "Decision 2 of 2" })).toBeVisible();
    await expect(minute56.getByText("Votes: 7 for, 1 abstention")).toBeVisible();
    await expect(minute56.getByText("Agreed by a majority")).toBeVisible();
    // The resolution is shown once, in its block, not again in the narrative.
    await expect(minute56.getByText(/to appoint Councillor Janet French as the Fenland Area Champion/)).toHaveCount(1);

    await expect(page.getByText("No agenda for this meeting is on record.")).toBeVisible();
    await expect(page.getByRole("link", { name: "The whole agenda pack as clean text" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Other meetings of this committee" }).getByRole("link", { name: "Thursday 31 May 2018" })).toBeVisible();
    await expectNoAxeViolations(page);

    await minute56.getByRole("link", { name: "Decision 2 of minute 56 on its own page" }).click();
    await expect(page).toHaveURL(/\/decisions\/2018-04-17-minute-56-2$/);
  });

  test("a meeting without minutes says so, links its pack, members and neighbours, and describes itself as an Event", async ({ page, request }) => {
    await page.goto("/meetings/2021-03-04-communities-and-partnership-committee");
    await expect(page.getByText("The minutes of this meeting are not on record yet.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Steve Criswell" })).toHaveAttribute("href", "/people/steve-criswell");
    await expect(page.getByRole("link", { name: "Thursday 31 May 2018" })).toHaveAttribute("href", "/meetings/2018-05-31-communities-and-partnership-committee");

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(jsonLd["@type"]).toBe("Event");
    expect(jsonLd.eventStatus).toBe("https://schema.org/EventScheduled");
    expect(jsonLd.location["@type"]).toBe("VirtualLocation");
    expect(jsonLd.startDate).toBe("2021-03-04T10:00:00+00:00");

    const download = page.getByRole("link", { name: "The whole agenda pack as clean text" });
    await expect(download).toHaveAttribute("href", "/meetings/2021-03-04-communities-and-partnership-committee/agenda-pack.txt");
    const response = await request.get((await download.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    expect(response.headers()["content-disposition"]).toContain('filename="2021-03-04-communities-and-partnership-committee-agenda-pack.txt"');
    const text = await response.text();
    expect(text).toContain("Open Government Licence v3.0");
    expect(text).toContain("Thursday, 04 March 2021");
  });

  test("the 2018 pack's minutes item leads to the minutes it printed, and its Place has an address", async ({ page }) => {
    await page.goto("/meetings/2018-05-31-communities-and-partnership-committee");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(jsonLd.location).toMatchObject({ "@type": "Place", address: { postalCode: "CB3 0AP", addressLocality: "Cambridge" } });
    expect(jsonLd.startDate).toBe("2018-05-31T14:00:00+01:00");
    await page.getByRole("link", { name: "Read the minutes of Tuesday 17 April 2018" }).click();
    await expect(page).toHaveURL(/\/meetings\/2018-04-17-communities-and-partnership-committee#minutes$/);
    await expect(page.getByRole("heading", { level: 2, name: "Minutes and decisions" })).toBeVisible();
  });

  test("an agenda item leads to its report, and the report back to the meeting", async ({ page }) => {
    await page.goto("/meetings/2021-03-04-communities-and-partnership-committee");
    await page.getByRole("region", { name: "Key decisions" }).getByRole("link", { name: "Recommissioning of Cambridgeshire Local Assistance Scheme" }).click();
    await expect(page).toHaveURL(/\/reports\/2021-03-04-recommissioning-of-cambridgeshires-local-assistance-scheme$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommissioning of Cambridgeshire's Local Assistance Scheme");
    await page.getByRole("link", { name: "Communities and Partnership Committee, Thursday 4 March 2021" }).click();
    await expect(page).toHaveURL(/\/meetings\/2021-03-04-communities-and-partnership-committee$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meeting on Thursday 4 March 2021");
  });

  test("the 2018 meeting tells the next meeting its agenda states from the next one held here, and shows no clerks' notes", async ({ page }) => {
    await page.goto("/meetings/2018-05-31-communities-and-partnership-committee");
    const others = page.getByRole("region", { name: "Other meetings of this committee" });
    await expect(others.getByText("The agenda gives the next meeting as 5 July 2018; no papers for it are held on this site yet.")).toBeVisible();
    await expect(others.getByText("Next meeting with papers on this site")).toBeVisible();
    await expect(others.getByRole("link", { name: "Thursday 4 March 2021" })).toBeVisible();
    await expect(page.getByText(/Notes on reading the pack|Note from the import|Import note|\(line \d+\)|pack file|\.txt\)/)).toHaveCount(0);
  });

  test("minute 52 reads as the minutes print it: no heading run into the text, no broken words", async ({ page }) => {
    await page.goto("/meetings/2018-04-17-communities-and-partnership-committee");
    await expect(page.getByText(/Action required How/)).toHaveCount(0);
    await expect(page.getByText(/How the Services' success could be quantified/).first()).toBeVisible();
    await expect(page.getByText(/Cambridge-shire|apprentice-ships/i)).toHaveCount(0);
  });

  test("an unknown meeting gets a helpful 404", async ({ page }) => {
    const response = await page.goto("/meetings/1999-01-01-no-such-committee");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Browse all meetings" })).toBeVisible();
  });
});
