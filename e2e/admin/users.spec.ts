import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { signInAs, submitSignIn } from "../support/sign-in";

const INVALID = "Email address or password is incorrect";

async function addClerk(page: Page, email: string, name = "Test Clerk"): Promise<{ password: string; userUrl: string }> {
  await page.goto("/dashboard/users/new");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel(/^Clerk/).check();
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("status")).toContainText(`${email} has been added.`);
  const password = (await page.getByTestId("one-time-password").innerText()).trim();
  expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
  await page.goto("/dashboard/users");
  const userUrl = new URL(await page.getByRole("link", { name: email }).getAttribute("href") as string, page.url()).pathname;
  return { password, userUrl };
}

/** Sign in through the form in a fresh browser context; true when it reached the dashboard. */
async function canSignIn(browser: Browser, email: string, password: string): Promise<boolean> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await submitSignIn(page, email, password);
  const ok = await Promise.race([
    page.waitForURL("**/dashboard").then(() => true),
    page.locator("[aria-labelledby=error-summary-title]").getByText(INVALID).waitFor().then(() => false),
  ]);
  await context.close();
  return ok;
}

test.describe("users admin", () => {
  // Several sign-ins per test (each a deliberate argon2id hash): slow on a busy machine.
  test.slow();

  test("an admin adds a clerk, who can then sign in with the one-time password", async ({ page, browser }) => {
    await signInAs(page, "admin", "/dashboard/users");
    await expectNoAxeViolations(page);
    const email = `new-clerk-${randomUUID()}@example.test`;
    const { password } = await addClerk(page, email);
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Clerk");
    expect(await canSignIn(browser, email, password)).toBe(true);
  });

  test("the add form reports errors beside the fields and in the summary", async ({ page }) => {
    await signInAs(page, "admin", "/dashboard/users/new");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Add user" }).click();
    const summary = page.locator("[aria-labelledby=error-summary-title]");
    await expect(summary.getByRole("link", { name: /correct format/ })).toHaveAttribute("href", "#email");
    await expect(summary.getByRole("link", { name: "Enter the person’s name" })).toHaveAttribute("href", "#name");
    await expect(page.locator("#name-error")).toContainText("Enter the person’s name");
    await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
    await expectNoAxeViolations(page);
  });

  test("an admin resets a password, shown once; the old one stops working", async ({ page, browser }) => {
    await signInAs(page, "admin", "/dashboard/users");
    const email = `reset-${randomUUID()}@example.test`;
    const { password: first, userUrl } = await addClerk(page, email);
    await page.goto(userUrl);
    await page.getByRole("button", { name: "Reset password" }).click();
    await expect(page.getByRole("status")).toContainText("The password has been reset");
    const second = (await page.getByTestId("one-time-password").innerText()).trim();
    expect(second).not.toBe(first);
    await page.reload();
    await expect(page.getByTestId("one-time-password")).toHaveCount(0);
    expect(await canSignIn(browser, email, first)).toBe(false);
    expect(await canSignIn(browser, email, second)).toBe(true);
  });

  test("an admin disables a user, who is refused, and re-enables them", async ({ page, browser }) => {
    await signInAs(page, "admin", "/dashboard/users");
    const email = `disable-${randomUUID()}@example.test`;
    const { password: second, userUrl } = await addClerk(page, email);
    await page.goto(userUrl);
    await page.getByRole("button", { name: "Disable user" }).click();
    await expect(page.getByRole("button", { name: "Re-enable user" })).toBeVisible();
    expect(await canSignIn(browser, email, second)).toBe(false);
    await page.getByRole("button", { name: "Re-enable user" }).click();
    await expect(page.getByRole("button", { name: "Disable user" })).toBeVisible();
    expect(await canSignIn(browser, email, second)).toBe(true);
  });

  test("an admin limits a clerk to a committee", async ({ page }) => {
    await signInAs(page, "admin", "/dashboard/users");
    const email = `scope-${randomUUID()}@example.test`;
    const { userUrl } = await addClerk(page, email);
    await page.goto(userUrl);
    const committee = page.getByRole("group", { name: "Committees (clerks only)" }).getByRole("checkbox").first();
    const committeeName = (await page.locator(`label[for="${await committee.getAttribute("id")}"]`).innerText()).trim();
    await committee.check();
    await page.getByRole("button", { name: "Save role and committees" }).click();
    await expect(page.getByRole("status")).toContainText("Role and committees saved.");
    await page.goto("/dashboard/users");
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText(committeeName);
  });

  test("a clerk (and an anonymous visitor) is refused the users pages and actions, and nothing changes", async ({ page, browser }) => {
    // The admin opens a user's page; then the same browser acts with a clerk's session.
    await signInAs(page, "admin", "/dashboard/users");
    const email = `target-${randomUUID()}@example.test`;
    const { password, userUrl } = await addClerk(page, email);
    await page.goto(userUrl);
    await expect(page.getByRole("button", { name: "Disable user" })).toBeVisible();

    const clerkContext = await browser.newContext();
    const clerkPage = await clerkContext.newPage();
    await signInAs(clerkPage, "clerk");
    for (const path of ["/dashboard/users", "/dashboard/users/new", userUrl]) {
      await clerkPage.goto(path);
      await expect(clerkPage.getByRole("heading", { level: 1 })).toHaveText("You do not have permission to see this page");
      await expect(clerkPage.getByText(email)).toHaveCount(0);
    }
    const clerkCookies = await clerkContext.cookies();
    await clerkContext.close();

    // Swap the admin's session cookie for the clerk's, then press the admin's buttons.
    await page.context().clearCookies();
    await page.context().addCookies(clerkCookies);
    const buttons = ["Disable user", "Reset password", "Save role and committees"];
    for (const [i, button] of buttons.entries()) {
      await page.getByRole("button", { name: button }).click();
      await expect(page.getByRole("link", { name: "Only an administrator can do this." })).toHaveCount(i + 1);
    }
    await expect(page.getByTestId("one-time-password")).toHaveCount(0);
    // And with no session at all: the action refuses (the proxy lets a POST through to it).
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Disable user" }).click();
    await expect(page.getByRole("link", { name: "You must be signed in as a clerk to do this." })).toBeVisible();

    // Nothing changed: the user can still sign in with the first password, and is still a clerk.
    expect(await canSignIn(browser, email, password)).toBe(true);
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await signInAs(adminPage, "admin", "/dashboard/users");
    await expect(adminPage.getByRole("row", { name: new RegExp(email) })).toContainText("Active");
    await expect(adminPage.getByRole("row", { name: new RegExp(email) })).toContainText("Clerk");
    await adminContext.close();
  });
});
