import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { credentialsFor, signInAs, signOut, submitSignIn } from "../support/sign-in";

const INVALID = "Email address or password is incorrect";

const errorSummary = (page: Page) => page.locator("[aria-labelledby=error-summary-title]");

test.describe("sign-in", () => {
  // Sign-ins are deliberately slow (argon2id); several per test on a busy machine.
  test.slow();

  test("a clerk signs in and is sent back to the dashboard page they asked for", async ({ page }) => {
    await page.goto("/dashboard/users?from=test");
    await expect(page).toHaveURL(/\/login\?next=%2Fdashboard%2Fusers%3Ffrom%3Dtest$/);
    const { email, password } = credentialsFor("clerk");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL("**/dashboard/users?from=test");
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  });

  test("the redirect after sign-in never leaves the site", async ({ page, baseURL }) => {
    for (const next of ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]) {
      await page.context().clearCookies();
      const { email, password } = credentialsFor("clerk");
      await submitSignIn(page, email, password, next);
      await page.waitForURL((url) => url.pathname !== "/login");
      expect(new URL(page.url()).origin, next).toBe(new URL(baseURL!).origin);
      expect(new URL(page.url()).pathname, next).toBe("/dashboard");
    }
  });

  test("a wrong password and an unknown email give the same message", async ({ page }) => {
    await submitSignIn(page, credentialsFor("limitedClerk").email, "not-the-password");
    await expect(errorSummary(page)).toContainText(INVALID);
    const wrongPassword = (await page.locator("main").innerText()).trim();
    await submitSignIn(page, `nobody-${randomUUID()}@example.test`, "not-the-password");
    await expect(errorSummary(page)).toContainText(INVALID);
    const unknownEmail = (await page.locator("main").innerText()).trim();
    expect(unknownEmail).toBe(wrongPassword);
    // The summary links to the field, and the field shows the message beside it.
    await expect(errorSummary(page).getByRole("link", { name: INVALID })).toHaveAttribute("href", "#email");
    await expect(page.locator("#email-error")).toContainText(INVALID);
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  });

  test("empty fields are reported beside each field and in the summary", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(errorSummary(page).getByRole("link", { name: "Enter your email address" })).toHaveAttribute("href", "#email");
    await expect(errorSummary(page).getByRole("link", { name: "Enter your password" })).toHaveAttribute("href", "#password");
    await expect(page.locator("#password-error")).toContainText("Enter your password");
    await expect(errorSummary(page)).toBeFocused();
  });

  test("a disabled user is refused with the same message", async ({ page }) => {
    const { email, password } = credentialsFor("disabledClerk");
    await submitSignIn(page, email, password);
    await expect(errorSummary(page)).toContainText(INVALID);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });

  test("after 5 failures for one account, sign-in is refused for a while", async ({ page }) => {
    const email = `rate-limit-${randomUUID()}@example.test`;
    for (let i = 0; i < 5; i++) {
      await submitSignIn(page, email, `wrong-${i}`);
      await expect(errorSummary(page)).toContainText(INVALID);
    }
    await submitSignIn(page, email, "wrong-again");
    await expect(errorSummary(page)).toContainText(/Too many sign-in attempts\. Try again in 1[45] minutes\./);
  });

  test("sign out ends the session, and the old cookie no longer works", async ({ page, context }) => {
    await signInAs(page, "clerk");
    const before = await context.cookies();
    await signOut(page);
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);
    // A copy of the cookie taken before signing out is refused: the session was revoked on the server.
    await context.addCookies(before.filter((c) => c.name.includes("session-token")));
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);
  });

  test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
    await signInAs(page, "limitedClerk");
    const session = (await context.cookies()).find((c) => /authjs\.session-token/.test(c.name));
    expect(session, "session cookie").toBeDefined();
    expect(session!.httpOnly).toBe(true);
    expect(["Lax", "Strict"]).toContain(session!.sameSite);
    // At most 8 hours, as the README says.
    expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 60 * 60 * 1000 + 60_000);
  });

  test("the login page has no accessibility violations, normally and with errors", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await submitSignIn(page, `nobody-${randomUUID()}@example.test`, "wrong");
    await expect(errorSummary(page)).toContainText(INVALID);
    await expectNoAxeViolations(page);
  });
});

test.describe("sign-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form works as a plain POST", async ({ page }) => {
    await submitSignIn(page, `nobody-${randomUUID()}@example.test`, "wrong");
    await expect(errorSummary(page)).toContainText(INVALID);
    const { email, password } = credentialsFor("admin");
    await submitSignIn(page, email, password, "/dashboard/users");
    await page.waitForURL("**/dashboard/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  });
});
