import { expect, test, type APIResponse } from "@playwright/test";

const MEETING = "/meetings/2021-03-04-communities-and-partnership-committee";

function expectSecurityHeaders(res: APIResponse, label: string): string {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]) {
    expect(csp, `${label}: ${directive}`).toContain(directive);
  }
  expect(csp, `${label}: no unsafe-eval`).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"], label).toBe("nosniff");
  expect(h["x-frame-options"], label).toBe("DENY");
  expect(h["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], label).toContain("camera=()");
  return csp;
}

const scriptSrc = (csp: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";

test.describe("security headers", () => {
  test("a static page, a 404, the malformed URL and an API route all carry them", async ({ request }) => {
    const page = await request.get(MEETING);
    expect(page.status()).toBe(200);
    // A static page cannot carry a per-request nonce (see lib/security/policy.ts).
    expect(scriptSrc(expectSecurityHeaders(page, "static page"))).toBe("script-src 'self' 'unsafe-inline'");

    const missing = await request.get("/no-such-page");
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing, "404");

    const malformed = await request.get("/meetings/%C0%AF");
    expect(malformed.status()).toBe(400);
    expectSecurityHeaders(malformed, "malformed URL");
    expect(await malformed.text()).toContain("Bad request");

    const api = await request.get("/api/auth/session");
    expect(api.status()).toBe(200);
    expectSecurityHeaders(api, "API route");

    const pack = await request.get(`${MEETING}/agenda-pack.txt`);
    expect(pack.status()).toBe(200);
    expectSecurityHeaders(pack, "agenda pack");
  });

  test("sign-in and the dashboard get a nonce, no caching and noindex", async ({ request }) => {
    for (const path of ["/login", "/dashboard"]) {
      const res = await request.get(path, { maxRedirects: 0 });
      const csp = expectSecurityHeaders(res, path);
      expect(res.headers()["cache-control"], path).toMatch(/private/);
      expect(res.headers()["cache-control"], path).toMatch(/no-store/);
      expect(res.headers()["x-robots-tag"], path).toMatch(/noindex/);
      if (path === "/login") {
        const nonce = /'nonce-([^']+)'/.exec(scriptSrc(csp))?.[1];
        expect(nonce, "login nonce").toBeTruthy();
        expect(scriptSrc(csp)).not.toContain("unsafe-inline");
        const html = await res.text();
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length).toBeGreaterThan(0);
        for (const s of scripts) expect(s, "every script carries the nonce").toContain(`nonce="${nonce}"`);
        const again = await request.get(path);
        expect(again.headers()["content-security-policy"]).not.toContain(nonce!);
      }
    }
  });

  test("HSTS only when served over https", async ({ request }) => {
    expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
    const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d{8}/);
  });

  test("pages and the agenda pack refuse POST, PUT and DELETE with 405 and Allow", async ({ request }) => {
    for (const path of ["/", MEETING, `${MEETING}/agenda-pack.txt`, "/search?q=x", "/no-such-page"]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const res = await request.fetch(path, { method, data: "x=1", maxRedirects: 0 });
        expect(res.status(), `${method} ${path}`).toBe(405);
        expect(res.headers()["allow"], `${method} ${path}`).toBe("GET, HEAD");
        expectSecurityHeaders(res, `${method} ${path}`);
      }
    }
  });

  test("TRACE gets 405 with Allow, not a 500", async ({ request }) => {
    for (const [path, allow] of [["/api/auth/session", "GET, HEAD, POST"], [`${MEETING}/agenda-pack.txt`, "GET, HEAD"], ["/", "GET, HEAD"], ["/login", "GET, HEAD, POST"]]) {
      const res = await request.fetch(path, { method: "TRACE" });
      expect(res.status(), path).toBe(405);
      expect(res.headers()["allow"], path).toBe(allow);
      expectSecurityHeaders(res, `TRACE ${path}`);
    }
  });

  test("search shows the query back at most twice, cleaned and capped", async ({ page, request }) => {
    const marker = "zqxv";
    const query = `${marker}\u0000\u0007${"y".repeat(5000)}`;
    // Text the page would not show as it is goes to the cleaned query first.
    const redirect = await request.get(`/search?q=${encodeURIComponent(query)}`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(303);
    expect(redirect.headers()["location"]).toMatch(new RegExp(`/search\\?q=${marker}\\+y{195}$`));
    expectSecurityHeaders(redirect, "search redirect");

    const res = await page.goto(`/search?q=${encodeURIComponent(query)}`);
    expect(res?.status()).toBe(200);
    const text = await page.locator("main").innerText();
    expect(text.split(marker).length - 1).toBeLessThanOrEqual(1);
    expect(text).not.toMatch(/y{201}/);
    await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue(new RegExp(`^${marker} y{195}$`));
    const html = await res!.text();
    expect(html).not.toContain("\u0000");
    expect(html).not.toContain("%00");
    expect(html).not.toMatch(/y{201}/);
  });

  test("no page's own scripts are blocked by the policy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    for (const path of ["/", MEETING, "/search?q=library", "/login", "/no-such-page"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
  });
});
