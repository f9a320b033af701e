import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import type { E2ECredentials, E2ERole, E2EUsers } from "./e2e-users";

export type { E2ECredentials, E2ERole } from "./e2e-users";

/** The test server's folder (as in playwright.config.ts): users.json is written there at start. */
const E2E_DIR = `.e2e/${Number(process.env.E2E_PORT ?? 3100)}`;

let cache: E2EUsers | undefined;

/**
 * Email and password of a test account: "admin", "clerk" (every committee), "limitedClerk"
 * (one committee: `committeeSlugs`), "disabledClerk" (refused at sign-in).
 */
export function credentialsFor(role: E2ERole): E2ECredentials {
  cache ??= JSON.parse(readFileSync(`${E2E_DIR}/users.json`, "utf8")) as E2EUsers;
  return cache[role];
}

/** Fill in the sign-in form (no redirect check: for tests of failures). */
export async function submitSignIn(page: Page, email: string, password: string, next?: string): Promise<void> {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/**
 * Sign in through the real form as one of the test accounts, and wait until the dashboard (or
 * `next`, a path on the site) has loaded. The session cookie stays in the page's context.
 */
export async function signInAs(page: Page, role: Exclude<E2ERole, "disabledClerk">, next = "/dashboard"): Promise<E2ECredentials> {
  const user = credentialsFor(role);
  await submitSignIn(page, user.email, user.password, next);
  await page.waitForURL((url) => url.pathname !== "/login", { timeout: 30_000 });
  expect(new URL(page.url()).pathname).toBe(next.split(/[?#]/)[0]);
  return user;
}

/** Sign out with the dashboard header's button. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);
}
