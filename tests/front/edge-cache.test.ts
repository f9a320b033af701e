import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PUBLIC_PAGE_CACHE_CONTROL, publicCacheControl } from "@/lib/security/policy";
import { NGINX_TEMPLATE, renderSiteConfig } from "@/scripts/front/nginx-config";

describe("publicCacheControl", () => {
  it("lets shared caches keep a static public page one second, never a year", () => {
    for (const path of ["/", "/meetings/2021-03-04-communities-and-partnership-committee", "/reports", "/sitemap.xml"]) {
      expect(publicCacheControl(path, "GET")).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    }
    expect(PUBLIC_PAGE_CACHE_CONTROL).toMatch(/s-maxage=1\b/);
    expect(PUBLIC_PAGE_CACHE_CONTROL).toMatch(/max-age=0\b/);
    expect(PUBLIC_PAGE_CACHE_CONTROL).toMatch(/stale-while-revalidate=\d+/);
  });
  it.each(["/login", "/dashboard", "/dashboard/meetings", "/search", "/api/auth/session", "/api/internal/revalidate", "/api/v1/meetings", "/_next/static/x.js"])(
    "leaves %s to its route",
    (path) => expect(publicCacheControl(path, "GET")).toBeNull(),
  );
  it("says nothing about a POST", () => expect(publicCacheControl("/", "POST")).toBeNull());
});

describe("the shipped nginx configuration", () => {
  const template = readFileSync(NGINX_TEMPLATE, "utf8");
  const config = renderSiteConfig(template, { listen: "127.0.0.1:8080", upstreams: ["127.0.0.1:3001", "127.0.0.1:3002"], cacheDir: "/tmp/c" });

  it("fills every placeholder", () => {
    expect(config).toContain("server 127.0.0.1:3001;\n    server 127.0.0.1:3002;");
    expect(config).toContain("listen 127.0.0.1:8080;");
    expect(config).not.toMatch(/@@[A-Z_]+@@/);
  });
  it("lets only the instances' addresses ask for a page to be fetched afresh, and stores what they get", () => {
    expect(config).toMatch(/geo \$open_committee_refresh_allowed \{\s*default 0;\s*127\.0\.0\.1 1;\s*\}/);
    expect(config).toMatch(/map "\$open_committee_refresh_allowed:\$http_x_open_committee_refresh" \$open_committee_refresh \{\s*default 0;\s*"1:1" 1;\s*\}/);
    expect(config).toMatch(/proxy_cache_bypass \$open_committee_no_cache \$open_committee_refresh;/);
    // Stored: proxy_no_cache names only the signed-in and private requests.
    expect(config).toMatch(/proxy_no_cache \$open_committee_no_cache;/);
    const other = renderSiteConfig(template, { listen: "x", upstreams: ["10.0.0.2:3000"], cacheDir: "/c", refreshFrom: ["10.0.0.2", "10.0.0.3"] });
    expect(other).toContain("10.0.0.2 1;\n    10.0.0.3 1;");
  });
  it("refuses a template with a placeholder it does not know", () => {
    expect(() => renderSiteConfig(`${template}\n@@OTHER@@`, { listen: "x", upstreams: [], cacheDir: "/c" })).toThrow(/@@OTHER@@/);
  });
  it("never caches for a signed-in clerk, sign-in or the dashboard", () => {
    expect(config).toMatch(/authjs\\\.session-token/);
    for (const path of ["/login", "/dashboard", "/api/auth", "/api/internal"]) expect(config).toContain(`~^${path} 1;`);
    expect(config).toMatch(/proxy_no_cache \$open_committee_no_cache;/);
  });
  it("serves stale while one request refreshes, and takes agenda-pack uploads", () => {
    expect(config).toMatch(/proxy_cache_use_stale updating/);
    expect(config).toMatch(/proxy_cache_background_update on;/);
    expect(config).toMatch(/proxy_cache_lock on;/);
    expect(config).toMatch(/client_max_body_size 21m;/);
  });
  it("keeps /search, the search API, /calendar and the feeds one second, as it keeps pages", () => {
    for (const location of ["location = /search {", "location ~ ^/(calendar$|feeds/|committees/[^/]+/feeds/|api/v1/search$) {"]) {
      const block = config.slice(config.indexOf(location), config.indexOf("}", config.indexOf(location)));
      expect(block, location).toMatch(/proxy_ignore_headers Cache-Control Expires Vary;/);
      expect(block, location).toMatch(/proxy_cache_valid 200 1s;/);
    }
  });
});
