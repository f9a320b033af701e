import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { createClient, type Client } from "@libsql/client";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signBody, SIGNATURE_HEADER } from "../../lib/publishing/signature";

/**
 * Two instances of the site on one database agree. A second `next start` (B, its own copy of the
 * build folder, as scripts/front/launch.ts gives each instance) runs beside the test server (A).
 * Neither has PEER_URLS, so no broadcast can help: a change published through A reaches B only
 * through the revalidation journal in the shared database (lib/publishing/journal.ts), and an
 * instance that was stopped while A published expires its stale pages when it starts again.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_DIR = `.e2e/${PORT}`;
const DIST_DIR = process.env.NEXT_DIST_DIR ?? `${E2E_DIR}/next`;
const B_DIST = `${E2E_DIR}/next-instance-b`;
const B_PORT = PORT + 1000;
const B = `http://127.0.0.1:${B_PORT}`;
const SECRET = process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-000000000000";

let client: Client;
let instanceB: ChildProcess | null = null;

async function startB(): Promise<void> {
  instanceB = spawn("npx", ["next", "start", "-p", String(B_PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: `file:${E2E_DIR}/council.db`, NEXT_DIST_DIR: B_DIST, AUTH_SECRET: SECRET, SITE_URL: B, NEXT_TELEMETRY_DISABLED: "1", PEER_URLS: "" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${B}/about`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance B did not start on ${B}`);
}

async function stopB(): Promise<void> {
  const child = instanceB;
  instanceB = null;
  if (!child?.pid) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid, "SIGTERM");
  await exited;
}

/** What the import CLI does after writing: the signed revalidation request, here to instance A only. */
async function publishThroughA(request: APIRequestContext, changes: object[]) {
  const body = JSON.stringify({ issuedAt: Date.now(), changes });
  const res = await request.post("/api/internal/revalidate", { data: body, headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signBody(body, SECRET) } });
  expect(res.status(), await res.text()).toBe(200);
}

const readB = async (path: string) => {
  const res = await fetch(`${B}${path}`);
  return { status: res.status, text: await res.text() };
};

test.describe("two instances on one database", () => {
  test.describe.configure({ mode: "serial" });
  const slug = `e2e-instances-${Date.now().toString(36)}`;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    client = createClient({ url: `file:${E2E_DIR}/council.db` });
    await client.execute("PRAGMA busy_timeout = 10000");
    rmSync(B_DIST, { recursive: true, force: true });
    cpSync(DIST_DIR, B_DIST, { recursive: true });
    await startB();
  });
  test.afterAll(async () => {
    await stopB();
    client?.close();
    rmSync(B_DIST, { recursive: true, force: true });
  });

  test("a change published through one instance shows on the other, with no broadcast between them", async ({ request }) => {
    await client.execute({ sql: "insert into people (slug, full_name, is_councillor, publication) values (?, ?, 0, 'published')", args: [slug, "Sam Journal"] });
    expect((await request.get(`/people/${slug}`)).status()).toBe(200);
    // B renders and keeps the page now, as it would for any reader.
    expect((await readB(`/people/${slug}`)).text).toContain("Sam Journal");

    await client.execute({ sql: "update people set full_name = 'Sam Renamed' where slug = ?", args: [slug] });
    await publishThroughA(request, [{ kind: "person", slug }]);
    expect(await (await request.get(`/people/${slug}`)).text()).toContain("Sam Renamed");
    await expect.poll(async () => (await readB(`/people/${slug}`)).text, { timeout: 15_000, intervals: [100] }).toContain("Sam Renamed");
    await expect.poll(async () => (await readB("/people")).text, { timeout: 15_000, intervals: [100] }).toContain("Sam Renamed");
  });

  test("an instance stopped while a change was published drops its old copy when it starts again", async ({ request }) => {
    test.setTimeout(180_000);
    expect((await readB(`/people/${slug}`)).text).toContain("Sam Renamed");
    await stopB();
    await client.execute({ sql: "update people set full_name = 'Sam While-Down' where slug = ?", args: [slug] });
    await publishThroughA(request, [{ kind: "person", slug }]);
    await startB();
    await expect.poll(async () => (await readB(`/people/${slug}`)).text, { timeout: 15_000, intervals: [100] }).toContain("Sam While-Down");
  });
});
