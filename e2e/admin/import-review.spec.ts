import { readFileSync } from "node:fs";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import { IMPORT_REVIEW_ACTIONS } from "../../app/(admin)/dashboard/imports/action-list";
import { expectNoAxeViolations } from "../support/axe";
import { openE2EDatabase, rowsChecksum } from "../support/e2e-db";
import { signInAs } from "../support/sign-in";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://127.0.0.1:${PORT}`;
const ACTIONS_FILE = "app/(admin)/dashboard/imports/actions.ts";

/** Action ids from the build's server-reference manifest, by exported name. */
function actionIds(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(`.e2e/${PORT}/next/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  return Object.fromEntries(Object.entries(manifest.node).filter(([, e]) => e.filename === ACTIONS_FILE && e.exportedName).map(([id, e]) => [e.exportedName!, id]));
}

/** A plain (no-JavaScript) form post to a server action, as the browser would send it. */
function postAction(ctx: APIRequestContext, path: string, id: string, fields: Record<string, string>, file?: { name: string; mimeType: string; text: string }) {
  return ctx.post(path, {
    headers: { Origin: BASE },
    multipart: { [`$ACTION_ID_${id}`]: "", ...fields, ...(file ? { document: { name: file.name, mimeType: file.mimeType, buffer: Buffer.from(readFileSync(PACK, "utf8")) } } : {}) },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

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
    await expect(problem).toContainText("The document could not be read", { timeout: 30_000 });
    await expect(problem).toContainText("could not read this as an agenda pack or minutes");
    await expect(page).toHaveURL(/\/dashboard\/imports\/new$/);
    await expectNoAxeViolations(page);
    await upload(page, { name: "minutes.docx", mimeType: "application/octet-stream", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]) });
    await expect(problem).toContainText("Word or other office document", { timeout: 30_000 });
  });

  test("a clerk uploads a pack, sees an issue beside its line, corrects a field and creates draft records", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "clerk", "/dashboard/imports/new");
    await upload(page, PACK);
    await expect(page).toHaveURL(/\/dashboard\/imports\/\d+$/, { timeout: 30_000 });
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
    // Saving re-renders the whole review; this machine is slow under parallel builds.
    await expect(page.getByText("Saved 1 correction and 1 issue decision")).toBeVisible({ timeout: 30_000 });
    await expect(meeting.getByLabel(/Venue/)).toHaveValue("Council Chamber, Kingsgate House, Ashbridge");

    await page.getByRole("button", { name: "Create records as drafts" }).click();
    const created = page.getByRole("region", { name: "Created as draft records" });
    await expect(created).toContainText("Highways and Transport Committee, 2019-06-12: draft, not public", { timeout: 30_000 });
    await expect(created.getByRole("link", { name: "Open the draft meeting in the dashboard" })).toHaveAttribute("href", /\/dashboard\/meeting\/\d+$/);
    await expectNoAxeViolations(page);
    const reviewedUrl = page.url();

    // The draft meeting in the dashboard, with the clerk's corrected venue.
    await created.getByRole("link", { name: "Open the draft meeting in the dashboard" }).click();
    await expect(page).toHaveURL(/\/dashboard\/meeting\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2019");
    await expect(page.getByText(/draft/i).first()).toBeVisible();
    await expect(page.getByLabel(/Venue/)).toHaveValue("Council Chamber, Kingsgate House, Ashbridge");
    await page.goto(reviewedUrl);

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
    await expect(page).toHaveURL(/\/dashboard\/imports\/\d+$/, { timeout: 30_000 });
    const accept = page.getByRole("region", { name: "Create the records as drafts" });
    await expect(accept).toContainText("This meeting is already stored (as a draft)");
    const changes = accept.getByRole("table");
    await expect(changes.getByRole("row", { name: /Start time 10:30 11:00/ })).toBeVisible();
    const venue = accept.getByRole("group", { name: "Meeting: Venue" });
    await expect(venue.getByLabel(/Keep the clerk's value: Council Chamber, Kingsgate House, Ashbridge/)).toBeChecked();
    await expect(venue.getByLabel(/Take the document's value: .*Ashbridge Library/)).not.toBeChecked();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Create records as drafts" }).click();
    await expect(page.getByRole("region", { name: "Created as draft records" })).toBeVisible({ timeout: 30_000 });
  });

  test("every import action refuses anonymous visitors and a clerk of another committee, changing nothing", async ({ page }) => {
    test.setTimeout(180_000);
    const ids = actionIds();
    const exported = [...readFileSync(ACTIONS_FILE, "utf8").matchAll(/^export\s+async\s+function\s+(\w+)/gm)].map((m) => m[1]).sort();
    expect(exported).toEqual(Object.keys(IMPORT_REVIEW_ACTIONS).sort());
    expect(Object.keys(ids).sort()).toEqual(exported);

    // A pending review of the Highways committee (which the limited clerk does not clerk).
    await signInAs(page, "clerk", "/dashboard/imports/new");
    await upload(page, PACK);
    await expect(page).toHaveURL(/\/dashboard\/imports\/\d+$/, { timeout: 30_000 });
    const path = new URL(page.url()).pathname;
    const reviewId = Number(path.split("/").pop());
    const db = openE2EDatabase();
    const checksum = () => rowsChecksum(db, [
      { sql: "SELECT id, status, version, parsed, meeting_id FROM import_reviews ORDER BY id" },
      { sql: "SELECT * FROM meetings ORDER BY id" },
      { sql: "SELECT * FROM committees ORDER BY id" },
      { sql: "SELECT * FROM audit_log WHERE entity_type = 'import_review' ORDER BY id" },
    ]);
    try {
      const version = Number((await db.execute({ sql: "SELECT version FROM import_reviews WHERE id = ?", args: [reviewId] })).rows[0].version);
      const target = { reviewId, reviewVersion: version };
      const limitedPage = await page.context().browser()!.newPage({ baseURL: BASE });
      await signInAs(limitedPage, "limitedClerk", "/dashboard/imports/new");
      for (const [name, attempts] of Object.entries(IMPORT_REVIEW_ACTIONS)) {
        for (const attempt of attempts) {
          const before = await checksum();
          const postPath = name === "uploadDocumentAction" ? "/dashboard/imports/new" : path;
          const anonymous = await playwrightRequest.newContext({ baseURL: BASE });
          const res = await postAction(anonymous, postPath, ids[name], attempt.form(target), attempt.file);
          // 303 from the action's own check, or 307 when the dashboard layout redirects first.
          expect([303, 307], `${name} anonymous`).toContain(res.status());
          expect(res.headers().location, `${name} anonymous`).toMatch(/\/login/);
          const forged = await playwrightRequest.newContext({ baseURL: BASE, extraHTTPHeaders: { Cookie: "authjs.session-token=forged-not-a-session" } });
          const res2 = await postAction(forged, postPath, ids[name], attempt.form(target), attempt.file);
          expect(res2.headers().location ?? "", `${name} forged cookie`).not.toMatch(/\/dashboard\/imports\/\d+/);
          const res3 = await postAction(limitedPage.request, postPath, ids[name], attempt.form(target), attempt.file);
          expect(res3.headers().location ?? "", `${name} limited clerk`).not.toMatch(/\/dashboard\/imports\/\d+/);
          expect(await checksum(), `${name}: nothing changed`).toBe(before);
          await anonymous.dispose();
          await forged.dispose();
        }
      }
      // Not vacuous: the same discard by the clerk who may does change the review.
      const ok = await postAction(page.request, path, ids.discardReviewAction, IMPORT_REVIEW_ACTIONS.discardReviewAction[0].form(target));
      expect(ok.headers().location ?? "").toMatch(/discarded=1/);
      expect((await db.execute({ sql: "SELECT status FROM import_reviews WHERE id = ?", args: [reviewId] })).rows[0].status).toBe("discarded");
      await limitedPage.close();
    } finally {
      db.close();
    }
  });

  test("a clerk limited to another committee is refused, and nothing is created", async ({ page }) => {
    await signInAs(page, "limitedClerk", "/dashboard/imports/new");
    await upload(page, PACK);
    await expect(page.getByTestId("form-problem")).toContainText(/not a committee you clerk|not a clerk for this committee/, { timeout: 30_000 });
    await expect(page).toHaveURL(/\/dashboard\/imports\/new$/);
    if (reviewUrl) {
      const response = await page.goto(reviewUrl);
      expect(response?.status()).toBe(404);
    }
  });
});
