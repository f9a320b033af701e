/**
 * The publish journey with the keyboard only (Tab and Enter): unpublish a report from its
 * dashboard page through the confirmation page, see it leave the public site, publish it
 * again and see it come back.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { openE2EDatabase } from "../support/e2e-db";
import { signInAs } from "../support/sign-in";

/**
 * From the top of the page: Tab to the skip link and press Enter (focus moves to the main
 * content), then press Tab until the focused element's text matches.
 */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  await page.locator("body").evaluate((b) => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); b.focus(); });
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "")).toBe("Skip to main content");
  await page.keyboard.press("Enter");
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.replace(/\s+/g, " ").trim() ?? "");
    if (name.test(text)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** A published report that the public-site specs do not read (so unpublishing it cannot disturb them). */
async function pickReport(): Promise<{ id: number; slug: string; title: string }> {
  const used = readdirSync("e2e/public").map((f) => readFileSync(`e2e/public/${f}`, "utf8")).join("\n");
  const db = openE2EDatabase();
  try {
    const rows = (await db.execute("SELECT id, slug, title FROM reports WHERE publication = 'published' ORDER BY id")).rows;
    const row = rows.find((r) => !used.includes(String(r.slug))) ?? rows[0];
    return { id: Number(row.id), slug: String(row.slug), title: String(row.title) };
  } finally {
    db.close();
  }
}

test("a clerk unpublishes and republishes a report with Tab and Enter only", async ({ page, request }) => {
  test.setTimeout(240_000);
  const report = await pickReport();
  await signInAs(page, "clerk", `/dashboard/report/${report.id}`);
  expect((await request.get(`/reports/${report.slug}`)).status()).toBe(200);

  await tabTo(page, /^Unpublish this report$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/dashboard/report/${report.id}/publish$`));
  await expect(page.getByRole("heading", { level: 1, name: "Unpublish this report?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, /^Unpublish report$/);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Unpublished: it is now a draft, hidden from the public site.")).toBeVisible();
  await expect.poll(async () => (await request.get(`/reports/${report.slug}`)).status(), { timeout: 15_000 }).toBe(404);

  await tabTo(page, /^Publish this report$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Publish this report?" })).toBeVisible();
  await tabTo(page, /^Publish report$/);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Published: it is now on the public site.")).toBeVisible();
  await expect.poll(async () => (await request.get(`/reports/${report.slug}`)).status(), { timeout: 15_000 }).toBe(200);
});
