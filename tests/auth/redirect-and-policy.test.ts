import { describe, expect, it } from "vitest";
import { entraIdConfigured } from "@/lib/auth/entra-id";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { contentSecurityPolicy, hasMalformedEncoding, isDynamicPagePath, isHttps, refusedMethod } from "@/lib/security/policy";

describe("safeRedirectPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeRedirectPath("/dashboard/meetings?page=2#x")).toBe("/dashboard/meetings?page=2#x");
  });
  it.each(["//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "dashboard", "", "/\t/evil.example", "/%0d%0aLocation:x".replace("%0d%0a", "\r\n"), "/login", "/api/auth/signout", null, 42])(
    "refuses %j",
    (next) => {
      expect(safeRedirectPath(next)).toBe("/dashboard");
    },
  );
});

describe("security policy", () => {
  it("nonce CSP for dynamic pages, unsafe-inline only without a nonce, never unsafe-eval in production", () => {
    const dynamic = contentSecurityPolicy({ nonce: "abc" });
    expect(dynamic).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(dynamic).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy()).toContain("script-src 'self' 'unsafe-inline'");
    for (const csp of [dynamic, contentSecurityPolicy()]) {
      expect(csp).not.toContain("unsafe-eval");
      for (const d of ["default-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]) expect(csp).toContain(d);
    }
    expect(contentSecurityPolicy({ formActionOrigins: ["https://login.microsoftonline.com"] })).toContain("form-action 'self' https://login.microsoftonline.com");
  });

  it("methods: pages GET/HEAD, sign-in and dashboard also POST, route handlers decide except TRACE", () => {
    expect(refusedMethod("/", "POST")).toBe("GET, HEAD");
    expect(refusedMethod("/meetings/x/agenda-pack.txt", "DELETE")).toBe("GET, HEAD");
    expect(refusedMethod("/", "HEAD")).toBeNull();
    expect(refusedMethod("/login", "POST")).toBeNull();
    expect(refusedMethod("/dashboard/users/3", "POST")).toBeNull();
    expect(refusedMethod("/dashboard", "PUT")).toBe("GET, HEAD, POST");
    expect(refusedMethod("/api/auth/callback/credentials", "POST")).toBeNull();
    expect(refusedMethod("/api/meetings", "DELETE")).toBeNull();
    expect(refusedMethod("/api/meetings", "TRACE")).toBe("GET, HEAD");
    expect(refusedMethod("/api/v1/meetings", "OPTIONS")).toBeNull();
    expect(refusedMethod("/api/v1/meetings/1", "HEAD")).toBeNull();
    expect(refusedMethod("/api/v1/meetings", "POST")).toBe("GET, HEAD, OPTIONS");
    expect(refusedMethod("/api/v1/resolutions.csv", "DELETE")).toBe("GET, HEAD, OPTIONS");
  });

  it("pages that read the query string are dynamic (nonce CSP); feeds and static pages are not", () => {
    expect(isDynamicPagePath("/search")).toBe(true);
    expect(isDynamicPagePath("/calendar")).toBe(true);
    expect(isDynamicPagePath("/feeds/meetings.ics")).toBe(false);
    expect(isDynamicPagePath("/decisions")).toBe(false);
    expect(refusedMethod("/feeds/meetings.atom", "POST")).toBe("GET, HEAD");
    expect(refusedMethod("/committees/x/feeds/meetings.ics", "HEAD")).toBeNull();
  });

  it("malformed percent-encoding and https detection", () => {
    expect(hasMalformedEncoding("/meetings/%C0%AF")).toBe(true);
    expect(hasMalformedEncoding("/meetings/%E2%80%99")).toBe(false);
    expect(isHttps("https", undefined)).toBe(true);
    expect(isHttps("http", "https://committee.example")).toBe(true);
    expect(isHttps(null, "http://localhost:3000")).toBe(false);
  });
});

describe("entraIdConfigured", () => {
  const env = (issuer: string, extra: Record<string, string> = {}) =>
    ({ AUTH_MICROSOFT_ENTRA_ID_ID: "id", AUTH_MICROSOFT_ENTRA_ID_SECRET: "secret", AUTH_MICROSOFT_ENTRA_ID_ISSUER: issuer, ...extra }) as unknown as NodeJS.ProcessEnv;
  it("needs all three settings and a tenant-specific issuer", () => {
    expect(entraIdConfigured(env("https://login.microsoftonline.com/0b1c2d3e-0000-4000-8000-000000000000/v2.0"))).toBe(true);
    expect(entraIdConfigured(env("https://login.microsoftonline.com/common/v2.0"))).toBe(false);
    expect(entraIdConfigured(env("https://login.microsoftonline.com/organizations/v2.0"))).toBe(false);
    expect(entraIdConfigured(env(""))).toBe(false);
    expect(entraIdConfigured({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://login.microsoftonline.com/t/v2.0" } as unknown as NodeJS.ProcessEnv)).toBe(false);
  });
});
