import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectValidHtml } from "../support/validate-html";

/**
 * Three people's journeys from the home page, each at a phone's width and a desktop's. A step is a
 * click that loads another page (a link to a part of the same page is not a step); each journey
 * asserts what the person must find and the most steps it may take.
 */

const WIDTHS = [
  { name: "phone", width: 375, height: 812 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

const MEETING_2021 = "/meetings/2021-03-04-communities-and-partnership-committee";

/** Clicks that load another page, counted. */
class Journey {
  steps = 0;
  constructor(private readonly page: Page) {}

  async follow(link: Locator): Promise<void> {
    const path = (url: string) => new URL(url).pathname;
    const from = path(this.page.url());
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await this.page.waitForURL((url) => url.pathname !== from);
    await this.page.waitForLoadState("domcontentloaded");
    this.steps++;
  }
}

for (const size of WIDTHS) {
  test.describe(`journeys at ${size.width}px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("a resident finds what was decided on the local assistance scheme, and where the answer will be", async ({ page }) => {
      const journey = new Journey(page);
      await page.goto("/");
      // The home page says how current it is, from the data.
      await expect(page.getByText(/Papers up to 4 March 2021, last updated \d{1,2} \w+ \d{4}\./)).toBeVisible();

      const latest = page.getByRole("region", { name: "Latest meeting" });
      await journey.follow(latest.getByRole("link", { name: "Recommissioning of Cambridgeshire Local Assistance Scheme" }));
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Local Assistance Scheme");

      const decision = page.getByRole("region", { name: "Decision" });
      await expect(decision).toContainText("No decision is recorded yet");
      // When and where the committee takes it, and where its decision will appear.
      await expect(decision).toContainText("Thursday 4 March 2021 at 10am, held online");
      await expect(decision).toContainText("Its decision will appear here when the minutes of that meeting are published");
      const council = decision.getByRole("link", { name: /Cambridgeshire County Council's website/ });
      await expect(council).toHaveAttribute("href", /^https:\/\/www\.cambridgeshire\.gov\.uk/);
      expect(journey.steps).toBeLessThanOrEqual(1);

      // A decision that is on record: its outcome, the recommendation, and who was there to vote.
      await page.goto("/");
      const resident = new Journey(page);
      await resident.follow(page.getByRole("region", { name: "Latest decisions" }).getByRole("link", { name: /^Minute / }).first());
      await expect(page.getByRole("definition").filter({ hasText: /Agreed|Carried|Resolved/ }).first()).toBeVisible();
      const present = page.getByRole("region", { name: "Who was present" });
      await expect(present.getByRole("link", { name: "Councillor Steve Criswell" })).toBeVisible();
      expect(resident.steps).toBeLessThanOrEqual(1);
      await expectNoAxeViolations(page);
      await expectValidHtml(page);
    });

    test("a journalist checks a councillor's record and a budget line", async ({ page }) => {
      const journey = new Journey(page);
      await page.goto("/");
      await journey.follow(page.getByRole("region", { name: "Committees" }).getByRole("link", { name: "Communities and Partnership Committee" }));
      await journey.follow(page.getByRole("link", { name: /Steve Criswell/ }).first());
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Councillor Steve Criswell");
      // Party, committees, attendance, and the decisions the councillor was present for.
      await expect(page.getByRole("definition").filter({ hasText: "Conservative" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Committees and roles" }).getByRole("link", { name: "Communities and Partnership Committee" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Attendance" }).getByText(/present at \d+/)).toBeVisible();
      expect(journey.steps).toBeLessThanOrEqual(2);

      // Spending: a budget line followed across reports, with its budget and actual figures.
      await page.goto("/funding");
      const spending = new Journey(page);
      await spending.follow(page.getByRole("link", { name: "Total Expenditure" }).first());
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Total Expenditure");
      await expect(page.getByRole("table").first()).toContainText("Thursday 4 March 2021");
      expect(spending.steps).toBeLessThanOrEqual(1);
    });

    test("a councillor opens the papers for item 4 of the latest meeting and its downloads", async ({ page, request }) => {
      const journey = new Journey(page);
      await page.goto("/");
      await journey.follow(page.getByRole("region", { name: "Latest meeting" }).getByRole("link", { name: "papers for item 4" }));
      expect(journey.steps).toBeLessThanOrEqual(1);
      await expect(page).toHaveURL(`${MEETING_2021}/papers/4`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommissioning of Cambridgeshire Local Assistance Scheme");
      const papers = page.getByRole("region", { name: "The papers" });
      await expect(papers).toContainText("CLAS has an annual budget of £300,000");
      // Clean: no markdown debris reaches the reader.
      expect(await papers.innerText()).not.toMatch(/\*\*|<\/?p>|\]\(#\)/);

      const original = page.getByRole("link", { name: "The whole agenda pack as received (text)" });
      const originalRes = await request.get((await original.getAttribute("href"))!);
      expect(originalRes.status()).toBe(200);
      expect(originalRes.headers()["content-type"]).toMatch(/^text\/plain/);

      const clean = page.getByRole("link", { name: "The whole agenda pack as clean text" });
      const cleanRes = await request.get((await clean.getAttribute("href"))!);
      expect(cleanRes.status()).toBe(200);
      const text = await cleanRes.text();
      expect(text).toContain("Recommissioning of Cambridgeshire's Local Assistance Scheme");
      expect(text).not.toContain("localhost");
      expect(text).not.toMatch(/\*\*|\]\(#\)/);

      // The same papers from the meeting's agenda, and the next item's from here.
      await page.goto(MEETING_2021);
      const fromAgenda = new Journey(page);
      await fromAgenda.follow(page.getByRole("link", { name: "Papers for item 4 (pages 5 to 12 of the pack)" }));
      await expect(page).toHaveURL(`${MEETING_2021}/papers/4`);
      expect(fromAgenda.steps).toBe(1);
      await expectNoAxeViolations(page);
      await expectValidHtml(page);
    });
  });
}

test.describe("papers and printed links", () => {
  test("the printed 'View minutes here' is a link, and the action log's papers open on their own page", async ({ page }) => {
    await page.goto(MEETING_2021);
    const item = page.locator("#item-2a");
    await expect(item.getByRole("link", { name: "Minutes - 21st January 2021" })).toHaveAttribute("href", /^https:\/\/www\.cambridgeshire\.gov\.uk/);
    await page.goto(`${MEETING_2021}/papers/2b`);
    await expect(page.getByRole("table").first()).toContainText("Libraries Open Access Project");
  });

  test("papers of an item that prints no pages, or of an unknown meeting, are not found", async ({ request }) => {
    expect((await request.get(`${MEETING_2021}/papers/3`)).status()).toBe(404);
    expect((await request.get("/meetings/no-such-meeting/papers/4")).status()).toBe(404);
    expect((await request.get("/meetings/no-such-meeting/original")).status()).toBe(404);
  });

  test("the decisions list says why its newest decisions are older than the newest papers", async ({ page }) => {
    await page.goto("/decisions");
    await expect(page.getByText("Decisions of the meeting on Thursday 4 March 2021 are not on record yet.")).toBeVisible();
    await expect(page.getByText(/planned for the meeting on 27 May 2021/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await expectValidHtml(page);
  });
});
