import { createClient, type Client } from "@libsql/client";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { signBody, SIGNATURE_HEADER } from "../../lib/publishing/signature";

/**
 * Publish = write + revalidate, on the production server the tests run against (`next build` +
 * `next start`): a write straight to the database, then the signed revalidation call the import
 * CLI makes, and a reader sees the change within a second, without a rebuild. Unknown slugs are
 * answered before any render and leave nothing in the page cache.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_DIR = `.e2e/${PORT}`;
const DIST_DIR = process.env.NEXT_DIST_DIR ?? `${E2E_DIR}/next`;
// The secret playwright.config.ts gives the test server.
const SECRET = process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-000000000000";

let client: Client;
test.beforeAll(() => {
  client = createClient({ url: `file:${E2E_DIR}/council.db` });
  void client.execute("PRAGMA busy_timeout = 10000").catch(() => undefined);
});
test.afterAll(() => client.close());

async function revalidate(request: APIRequestContext, changes: object[]) {
  const body = JSON.stringify({ issuedAt: Date.now(), changes });
  const res = await request.post("/api/internal/revalidate", { data: body, headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signBody(body, SECRET) } });
  expect(res.status(), await res.text()).toBe(200);
}

test.describe("publishing", () => {
  test.describe.configure({ mode: "serial" });
  const slug = `e2e-person-${Date.now().toString(36)}`;

  test("a record written after the build shows within a second of revalidation, changes, and a draft is a 404 and leaves the list", async ({ page, request }) => {
    // A reader's first request to a cold server loads the route's code: warm it, as any live site is.
    await revalidate(request, [{ kind: "person", slug: "steve-criswell" }]);
    for (const path of ["/people", "/people/steve-criswell"]) expect((await request.get(path)).status()).toBe(200);
    await client.execute({ sql: "insert into people (slug, full_name, is_councillor, publication) values (?, ?, 0, 'draft')", args: [slug, "Pat Newcomer"] });
    expect((await request.get(`/people/${slug}`)).status(), "a draft has no page").toBe(404);

    await client.execute({ sql: "update people set publication = 'published' where slug = ?", args: [slug] });
    await revalidate(request, [{ kind: "person", slug, before: "draft", after: "published" }]);
    const timed = async (path: string) => {
      const t0 = Date.now();
      const res = await request.get(path);
      const text = await res.text();
      expect(Date.now() - t0, `${path} answered within a second of revalidation`).toBeLessThan(1_000);
      return { status: res.status(), text };
    };
    const own = await timed(`/people/${slug}`);
    expect(own.status).toBe(200);
    expect(own.text).toContain("Pat Newcomer");
    expect((await timed("/people")).text).toContain(`/people/${slug}`);
    await page.goto(`/people/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pat Newcomer");

    await client.execute({ sql: "update people set full_name = 'Pat Renamed' where slug = ?", args: [slug] });
    await revalidate(request, [{ kind: "person", slug }]);
    expect((await timed(`/people/${slug}`)).text).toContain("Pat Renamed");

    await client.execute({ sql: "update people set publication = 'draft' where slug = ?", args: [slug] });
    await revalidate(request, [{ kind: "person", slug, before: "published", after: "draft" }]);
    expect((await timed(`/people/${slug}`)).status).toBe(404);
    expect((await timed("/people")).text).not.toContain(slug);
    expect(await (await request.get("/sitemap.xml")).text()).not.toContain(`/people/${slug}`);

    // Leave it published so the other specs' sitemap crawl finds a working page.
    await client.execute({ sql: "update people set publication = 'published' where slug = ?", args: [slug] });
    await revalidate(request, [{ kind: "person", slug, before: "draft", after: "published" }]);
    expect((await request.get(`/people/${slug}`)).status()).toBe(200);
  });

  test("a report turned draft is a 404 and leaves its meeting's agenda and the reports list; published again it returns", async ({ request }) => {
    const { rows } = await client.execute(
      // A public report: other specs running alongside add draft reports (the import review).
      "select r.slug, r.title, m.slug as meeting from reports r join meetings m on m.id = r.meeting_id join committees c on c.id = m.committee_id where r.publication = 'published' and m.publication = 'published' and c.publication = 'published' order by r.id desc limit 1",
    );
    const report = String(rows[0].slug);
    const meeting = String(rows[0].meeting);
    const linked = async (path: string) => (await (await request.get(path)).text()).includes(`/reports/${report}"`);
    expect(await linked(`/meetings/${meeting}`)).toBe(true);
    try {
      await client.execute({ sql: "update reports set publication = 'draft' where slug = ?", args: [report] });
      await revalidate(request, [{ kind: "report", slug: report, meetingSlug: meeting, before: "published", after: "draft" }]);
      expect((await request.get(`/reports/${report}`)).status()).toBe(404);
      expect(await linked(`/meetings/${meeting}`)).toBe(false);
      expect(await linked("/reports")).toBe(false);
    } finally {
      await client.execute({ sql: "update reports set publication = 'published' where slug = ?", args: [report] });
      await revalidate(request, [{ kind: "report", slug: report, before: "draft", after: "published" }]);
    }
    expect((await request.get(`/reports/${report}`)).status()).toBe(200);
    expect(await linked(`/meetings/${meeting}`)).toBe(true);
  });

  test("the revalidation endpoint refuses unsigned, wrongly signed, stale and oversized requests, and other methods", async ({ request }) => {
    const body = JSON.stringify({ issuedAt: Date.now(), changes: [{ kind: "import" }] });
    expect((await request.post("/api/internal/revalidate", { data: body })).status()).toBe(401);
    expect((await request.post("/api/internal/revalidate", { data: body, headers: { [SIGNATURE_HEADER]: signBody(body, "not-the-secret") } })).status()).toBe(401);
    const stale = JSON.stringify({ issuedAt: Date.now() - 3_600_000, changes: [{ kind: "import" }] });
    expect((await request.post("/api/internal/revalidate", { data: stale, headers: { [SIGNATURE_HEADER]: signBody(stale, SECRET) } })).status()).toBe(401);
    const big = JSON.stringify({ issuedAt: Date.now(), changes: [{ kind: "import" }], pad: "x".repeat(20_000) });
    expect((await request.post("/api/internal/revalidate", { data: big, headers: { [SIGNATURE_HEADER]: signBody(big, SECRET) } })).status()).toBe(413);
    expect((await request.get("/api/internal/revalidate")).status()).toBe(405);
  });
});

/** Every file under the build's server output and data cache, with its size. */
function cacheFiles(): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(path, statSync(path).size);
    }
  };
  walk(join(DIST_DIR, "server"));
  walk(join(DIST_DIR, "cache"));
  return out;
}

test("50 unknown slugs get a 404 without a render, a long-lived s-maxage or anything written to the page cache", async ({ request }) => {
  const routes = ["meetings", "reports", "decisions", "actions", "committees", "people", "outside-bodies", "strategies", "funding/lines", "funding/reports"];
  const slugs = Array.from({ length: 50 }, (_, i) => `${routes[i % routes.length]}/no-such-${Math.random().toString(36).slice(2, 10)}`);
  const before = cacheFiles();
  for (const path of slugs) {
    const res = await request.get(`/${path}`);
    expect(res.status(), path).toBe(404);
    expect(res.headers()["cache-control"] ?? "", path).not.toMatch(/s-maxage/);
    expect(await res.text()).toContain("Page not found");
  }
  await new Promise((r) => setTimeout(r, 500));
  const after = cacheFiles();
  const added = [...after.keys()].filter((f) => !before.has(f));
  // Other specs run beside this one and may regenerate pages they revalidate; none of theirs is named after these slugs.
  const ours = added.filter((f) => slugs.some((s) => f.includes(s.split("/").pop()!)));
  expect(ours, "cache files written for unknown slugs").toEqual([]);
  const grown = [...after].filter(([f, size]) => slugs.some((s) => f.includes(s.split("/").pop()!)) && size !== before.get(f));
  expect(grown).toEqual([]);
});
