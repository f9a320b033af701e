import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectValidHtml } from "../support/validate-html";

test.describe("open data", () => {
  test("the developers page explains the API, links its document and the CSV downloads, and states the licence", async ({ page }) => {
    await page.goto("/developers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data and API");
    await expect(page.getByRole("link", { name: "The OpenAPI 3.1 document" })).toHaveAttribute("href", "/api/v1/openapi.json");
    await expect(page.getByRole("link", { name: "Open Government Licence v3.0" }).first()).toBeVisible();
    await expect(page.getByRole("group", { name: "Example: list meetings" })).toContainText("curl '");
    const table = page.getByRole("region", { name: "Addresses" });
    await expect(table.getByRole("link", { name: "/api/v1/meetings" })).toHaveAttribute("href", "/api/v1/meetings");
    for (const csv of ["resolutions", "actions", "budget lines", "funding facts", "appointments"]) {
      await expect(table.getByRole("link", { name: `Download all ${csv} (CSV)` })).toBeVisible();
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/developers$/);
    await expectNoAxeViolations(page);
    await expectValidHtml(page);

    const download = page.waitForEvent("download");
    await table.getByRole("link", { name: "Download all resolutions (CSV)" }).click();
    expect((await download).suggestedFilename()).toBe("resolutions.csv");
  });

  test("the API answers through the real server: JSON with CORS, a 304 for an unchanged page, and the sitemap lists /developers", async ({ request }) => {
    const res = await request.get("/api/v1/meetings?per_page=1");
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    expect(body.meta.perPage).toBe(1);
    expect(body.data[0].url).toMatch(/\/meetings\/\d{4}-\d{2}-\d{2}-/);
    const again = await request.get("/api/v1/meetings?per_page=1", { headers: { "If-None-Match": res.headers().etag } });
    expect(again.status()).toBe(304);
    const bad = await request.get("/api/v1/meetings/not-a-number");
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toBe("application/problem+json");
    const post = await request.post("/api/v1/meetings", { data: {} });
    expect(post.status()).toBe(405);
    expect(post.headers().allow).toBe("GET, HEAD, OPTIONS");
    const preflight = await request.fetch("/api/v1/people", { method: "OPTIONS", headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" } });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(await (await request.get("/sitemap.xml")).text()).toContain("/developers</loc>");
  });
});
