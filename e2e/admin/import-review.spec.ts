import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { signInAs } from "../support/sign-in";

const PACK = "tests/fixtures/packs/highways-2019-06-12.txt";
const PUBLIC_PAGE = "/meetings/2019-06-12-highways-and-transport-committee";

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Agenda pack or minutes file").setInputFiles(file);
  await page.getByRole("button", { name: "Upload and read" }).click();
}

test.describe("import review", () => {
  test.describe.configure({ mode: "serial" });
  let reviewUrl = "";

  test("anonymous visitors are sent to sign in", async ({ page }) => {
    await page.goto("/dashboard/imports/new");
    await expect(page).toHaveURL(/\/login\?next=%2Fdashboard%2Fimports%2Fnew/);
    await page.goto("/dashboard/imports/1");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the upload page is accessible, and says clearly what cannot be read", async ({ page }) => {
    await signInAs(page, "clerk", "/dashboard/imports/new");
    await expect(page.getByRole("heading", { level: 1, name: "Upload an agenda pack or minutes" })).toBeVisible();
    await expectNoAxeViolations(page);
    await upload(page, { name: "letter.txt", mimeType: "text/plain", buffer: Buffer.from("Dear resident,\nThank you for your letter.\n") });
    const problem = page.getByTestId("form-problem");
    await expect(problem).toContainText("The document could not be read");
    await expect(problem).toContainText("could not read this as an agenda pack or minutes");
    await expect(page).toHaveURL(/\/dashboard\/imports\/new$/);
    await expectNoAxeViolations(page);
    await upload(page, { name: "minutes.docx", mimeType: "application/octet-stream", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]) });
    await expect(problem).toContainText("Word or other office document");
  });

  test("a clerk uploads a pack, sees an issue beside its line, corrects a field and creates draft records", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "clerk", "/dashboard/imports/new");
    await upload(page, PACK);
    await expect(page).toHaveURL(/\/dashboard\/imports\/\d+$/);
    reviewUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name: "Review: highways-2019-06-12.txt" })).toBeVisible();

    // The weekday misprint (line 69) is shown beside the minutes record that covers that line, with the source.
    const minutes = page.getByRole("region", { name: "Minutes of 2019-05-14: attendance" });
    await expect(minutes).toContainText("2019-05-14 was a Tuesday");
    await expect(minutes.getByRole("link", { name: "line 69" })).toHaveAttribute("href", `${reviewUrl}/source#L69`);
    await expect(minutes.getByRole("link", { name: /^lines 67–/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const meeting = page.getByRole("region", { name: /^Meeting: Highways and Transport Committee/ });
    await meeting.getByLabel("Venue").fill("Council Chamber, Kingsgate House, Ashbridge");
    await minutes.getByLabel("Decision on this issue").selectOption("accepted");
    await minutes.getByLabel("Note on this issue").fill("Misprinted weekday; 14 May is right.");
    await page.getByRole("button", { name: "Save corrections" }).click();
    await expect(page.getByText("Saved 1 correction and 1 issue decision")).toBeVisible();
    await expect(meeting.getByLabel(/Venue/)).toHaveValue("Council Chamber, Kingsgate House, Ashbridge");

    await page.getByRole("button", { name: "Create records as drafts" }).click();
    const created = page.getByRole("region", { name: "Created as draft records" });
    await expect(created).toContainText("Highways and Transport Committee, 2019-06-12: draft, not public");
    await expect(created.getByRole("link", { name: "Open the draft meeting in the dashboard" })).toHaveAttribute("href", /\/dashboard\/meetings\/\d+$/);
    await expectNoAxeViolations(page);

    // The whole numbered source, with an anchor per line.
    await page.goto(`${reviewUrl}/source#L69`);
    await expect(page.locator("#L69")).toContainText("Wednesday, 14th May 2019");

    const response = await page.goto(PUBLIC_PAGE);
    expect(response?.status()).toBe(404);
  });

  test("a revised document shows its changes field by field and asks before overwriting a clerk's edit", async ({ page }) => {
    test.setTimeout(120_000);
    const revised = readFileSync(PACK, "utf8").replace("10:30hr", "11:00hr").replace("Kingsgate House, Abbey Road, Ashbridge, NM1 4QT", "Ashbridge Library, Market Street, Ashbridge, NM1 2AB");
    await signInAs(page, "clerk", "/dashboard/imports/new");
    await upload(page, { name: "highways-2019-06-12-revised.txt", mimeType: "text/plain", buffer: Buffer.from(revised) });
    await expect(page).toHaveURL(/\/dashboard\/imports\/\d+$/);
    const accept = page.getByRole("region", { name: "Create the records as drafts" });
    await expect(accept).toContainText("This meeting is already stored (as a draft)");
    const changes = accept.getByRole("table");
    await expect(changes.getByRole("row", { name: /Start time 10:30 11:00/ })).toBeVisible();
    const venue = accept.getByRole("group", { name: "Meeting: Venue" });
    await expect(venue.getByLabel(/Keep the clerk's value: Council Chamber, Kingsgate House, Ashbridge/)).toBeChecked();
    await expect(venue.getByLabel(/Take the document's value: .*Ashbridge Library/)).not.toBeChecked();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Create records as drafts" }).click();
    await expect(page.getByRole("region", { name: "Created as draft records" })).toBeVisible();
  });

  test("a clerk limited to another committee is refused, and nothing is created", async ({ page }) => {
    await signInAs(page, "limitedClerk", "/dashboard/imports/new");
    await upload(page, PACK);
    await expect(page.getByTestId("form-problem")).toContainText(/not a committee you clerk|not a clerk for this committee/);
    await expect(page).toHaveURL(/\/dashboard\/imports\/new$/);
    if (reviewUrl) {
      const response = await page.goto(reviewUrl);
      expect(response?.status()).toBe(404);
    }
  });
});
