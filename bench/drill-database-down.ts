/**
 * npx tsx bench/drill-database-down.ts [--port=3307] [--skip-build]
 *
 * The database-down drill, on loopback only, stopping by itself: a libSQL server (sqld) with the
 * demo data, the site built and started against it (`next build` + `next start`), a clerk signed
 * in. Then the server is stopped: published pages must keep serving (from the static cache), the
 * dashboard and search must say the service is degraded (no bare 500); the server is started
 * again (same data, same port): both must recover. Prints one line per check; exit 1 if any failed.
 * Build output goes to .e2e/drill-db-down/ (--skip-build reuses it), with screenshots of the
 * degraded dashboard at 375 and 1280 px.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { chromiumPath } from "../e2e/support/chromium-path";
import type { E2EUsers } from "../e2e/support/e2e-users";
import { freePort, startSqld, type SqldServer } from "../tests/support/sqld-server";

const args = process.argv.slice(2);
const PORT = Number(args.find((a) => a.startsWith("--port="))?.slice(7) ?? 3307);
const SKIP_BUILD = args.includes("--skip-build");
const DIR = resolve(".e2e/drill-db-down");
const BASE = `http://127.0.0.1:${PORT}`;
const MEETING = "/meetings/2021-03-04-communities-and-partnership-committee";
const SEARCH = "/search?q=library";
const DEGRADED = /unavailable at the moment/i;

interface Check { phase: string; path: string; status: number; ok: boolean; note: string }
const results: Check[] = [];

function run(command: string, argv: string[], env: NodeJS.ProcessEnv, input?: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, argv, { env, stdio: [input ? "pipe" : "ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (c: Buffer) => { stderr = (stderr + c.toString()).slice(-4000); });
    if (input) child.stdin?.end(input);
    child.once("exit", (code) => (code === 0 ? done() : fail(new Error(`${command} ${argv.join(" ")} exited ${code}: ${stderr}`))));
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).status < 500) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

async function check(page: Page, phase: string, path: string, expect: "page" | "degraded", marker?: RegExp): Promise<void> {
  const started = Date.now();
  const response = await page.goto(`${BASE}${path}`, { waitUntil: "domcontentloaded", timeout: 30_000 }).catch(() => null);
  const status = response?.status() ?? 0;
  const text = (await page.locator("main").first().innerText().catch(() => "")) || (await page.content().catch(() => ""));
  const degraded = DEGRADED.test(text);
  const ok = expect === "degraded" ? status < 500 && degraded : status === 200 && !degraded && (!marker || marker.test(text));
  const note = `${expect === "degraded" ? (degraded ? "says degraded" : "NO degraded message") : degraded ? "says degraded" : "content shown"}, ${Date.now() - started} ms`;
  results.push({ phase, path, status, ok, note });
  console.log(`${ok ? "ok  " : "FAIL"} ${phase.padEnd(14)} ${String(status).padEnd(4)} ${path.padEnd(62)} ${note}`);
}

async function main(): Promise<number> {
  mkdirSync(DIR, { recursive: true });
  const sqldDir = join(DIR, "sqld");
  rmSync(sqldDir, { recursive: true, force: true });
  mkdirSync(sqldDir, { recursive: true });
  const sqldPort = await freePort();
  let server: SqldServer = await startSqld({ dir: sqldDir, port: sqldPort });
  let next: ChildProcess | undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env, DATABASE_URL: server.url, NEXT_DIST_DIR: join(DIR, "next"), NEXT_SKIP_TYPECHECK: "1",
    SITE_URL: BASE, AUTH_SECRET: "drill-only-secret-not-for-production-0000000000", NEXT_TELEMETRY_DISABLED: "1",
    SKIP_DEMO_CLERK: "1",
  };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    console.log(`sqld at ${server.url}; preparing the database and accounts`);
    await run("npx", ["tsx", "scripts/prepare-database.ts"], env);
    await run("npx", ["tsx", "scripts/e2e-users.ts", DIR], env);
    if (!SKIP_BUILD) {
      console.log("building (next build)…");
      const t = Date.now();
      await run("npx", ["next", "build"], env);
      console.log(`built in ${Math.round((Date.now() - t) / 1000)} s`);
    }
    next = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
    await waitFor(`${BASE}/`, 120_000);

    const page = await browser.newPage();
    const clerk = (JSON.parse(readFileSync(join(DIR, "users.json"), "utf8")) as E2EUsers).admin;
    await page.goto(`${BASE}/login`);
    await page.getByLabel("Email address").fill(clerk.email);
    await page.getByLabel("Password", { exact: true }).fill(clerk.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/dashboard/, { timeout: 30_000 });

    const publicPages = ["/", MEETING, "/decisions"];
    for (const path of publicPages) await check(page, "server up", path, "page");
    await check(page, "server up", "/dashboard", "page", /Committees and meetings/);
    await check(page, "server up", SEARCH, "page");

    await server.stop();
    console.log("sqld stopped");
    for (const path of publicPages) await check(page, "server down", path, "page");
    await check(page, "server down", "/dashboard", "degraded");
    // What a clerk sees, at a phone's width and a desktop's (saved beside the build).
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(DIR, `dashboard-degraded-${width}.png`), fullPage: true });
    }
    await check(page, "server down", SEARCH, "degraded");

    server = await startSqld({ dir: sqldDir, port: sqldPort });
    console.log("sqld started again");
    for (const path of publicPages) await check(page, "server back", path, "page");
    await check(page, "server back", "/dashboard", "page", /Committees and meetings/);
    await check(page, "server back", SEARCH, "page");
  } finally {
    await browser.close();
    if (next?.pid) {
      try { process.kill(-next.pid, "SIGTERM"); } catch { /* already gone */ }
    }
    await server.stop();
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(1);
  },
);
