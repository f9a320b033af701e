import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/support/chromium-path";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
/** Each test server gets its own database and build folder, so parallel runs never collide. */
const E2E_DIR = `.e2e/${PORT}`;

/**
 * End-to-end tests run against a production build (`next build` + `next start`) on a fresh
 * libSQL file with the demo packs imported, in the system Chromium (browsers cannot be
 * downloaded here).
 */
export default defineConfig({
  testDir: "./e2e",
  outputDir: `${E2E_DIR}/test-results`,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // Test accounts get passwords generated now, written to .e2e/<port>/users.json (e2e/support/sign-in.ts).
    command: `rm -rf ${E2E_DIR} && npm run -s db:prepare && npx tsx scripts/e2e-users.ts ${E2E_DIR} && npx next build && npx next start -p ${PORT} -H 127.0.0.1`,
    url: baseURL,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: `file:${E2E_DIR}/council.db`,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? `${E2E_DIR}/next`,
      NEXT_SKIP_TYPECHECK: "1",
      SITE_URL: baseURL,
      AUTH_SECRET: "e2e-only-secret-not-for-production-000000000000",
      NEXT_TELEMETRY_DISABLED: "1",
      // The e2e accounts are made by scripts/e2e-users.ts; no demo clerk needed.
      SKIP_DEMO_CLERK: "1",
      // Every spec signs in from 127.0.0.1: the per-address limit would be shared by all of them.
      // The per-account limit (5) is kept and tested; the per-address one has unit tests.
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: "1000",
    },
  },
});
