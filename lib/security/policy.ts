/**
 * Which paths are dynamic, admin-only or accept a POST, and the headers each response carries.
 * Pure functions (no Next.js), used by proxy.ts and unit-tested on their own.
 */

/** Pages rendered on every request: they can carry a per-request CSP nonce. */
export function isDynamicPagePath(pathname: string): boolean {
  return isAdminPath(pathname) || pathname === "/search" || pathname === "/calendar";
}

/** Sign-in and the dashboard: never cached by a shared cache, never indexed. */
export function isAdminPath(pathname: string): boolean {
  return pathname === "/login" || pathname === "/dashboard" || pathname.startsWith("/dashboard/");
}

/**
 * The methods a path answers. Pages (all static or read-only) take GET and HEAD; sign-in and the
 * dashboard also take POST (their server actions); the auth endpoints GET and POST; the open-data
 * API (/api/v1) GET, HEAD and OPTIONS. Route
 * handlers elsewhere under /api/ decide for themselves (null) except for methods no route
 * handler knows (TRACE, CONNECT…), which would otherwise be a 500.
 */
export function allowedMethods(pathname: string): string[] | null {
  if (isAdminPath(pathname) || pathname === "/api/auth" || pathname.startsWith("/api/auth/")) return ["GET", "HEAD", "POST"];
  // The open-data API is read-only; OPTIONS answers browsers' CORS preflight.
  if (pathname === "/api/v1" || pathname.startsWith("/api/v1/")) return ["GET", "HEAD", "OPTIONS"];
  if (pathname.startsWith("/api/")) return null;
  return ["GET", "HEAD"];
}

const ROUTE_HANDLER_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** The Allow header value when `method` is refused on `pathname`, or null when it may pass. */
export function refusedMethod(pathname: string, method: string): string | null {
  const allowed = allowedMethods(pathname);
  if (allowed === null) return ROUTE_HANDLER_METHODS.has(method) ? null : "GET, HEAD";
  return allowed.includes(method) ? null : allowed.join(", ");
}

/** A path whose percent-encoding does not decode (e.g. /meetings/%C0%AF): answer 400, not a 500. */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export interface CspOptions {
  /** A per-request nonce for a dynamically rendered page; none for a static one. */
  nonce?: string;
  development?: boolean;
  /** Extra origins forms may be sent to (an OpenID provider the sign-in form redirects to). */
  formActionOrigins?: string[];
  https?: boolean;
}

/**
 * The Content-Security-Policy. Dynamic pages (sign-in, dashboard, search) allow only scripts
 * with this response's nonce (and what they load: 'strict-dynamic').
 *
 * Statically generated public pages are built once and served as stored to every reader, so
 * they cannot carry a per-request nonce; and hashes of their inline scripts (Next's RSC payload,
 * which embeds the page's data) would change with every on-demand revalidation, after which the
 * stored hashes would block the new page's scripts. So those pages allow 'self' 'unsafe-inline'
 * scripts: they render only imported committee records and no reader input (the pages that read
 * the query string, /search and /calendar, are dynamic and get the nonce). No page allows 'unsafe-eval' outside
 * `next dev`, whose tooling needs it. Styles need 'unsafe-inline' for experimental.inlineCss.
 */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const script = options.nonce ? [`'self'`, `'nonce-${options.nonce}'`, `'strict-dynamic'`] : [`'self'`, `'unsafe-inline'`];
  if (options.development) script.push(`'unsafe-eval'`);
  const directives = [
    `default-src 'self'`,
    `script-src ${script.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `frame-ancestors 'none'`,
    `base-uri 'self'`,
    `form-action ${[`'self'`, ...(options.formActionOrigins ?? [])].join(" ")}`,
    `object-src 'none'`,
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Headers every response carries (CSP apart). */
export function baseSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

export const ADMIN_HEADERS = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow" } as const;

/**
 * Statically generated public pages. Next would send `s-maxage=31536000` (pages revalidate on
 * demand, not on a timer), so a CDN or shared proxy would keep a page a year after a clerk's
 * correction. A shared cache may keep a page one second and serve it stale for a minute while
 * it fetches the new one in the background; browsers always ask again (the ETag makes that a
 * 304). So a publish reaches every reader through any honest cache within about a second.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=59";

/** The Cache-Control the proxy sets on a path, or null to leave it to the route (dynamic pages, API, assets). */
export function publicCacheControl(pathname: string, method: string): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (isDynamicPagePath(pathname) || pathname === "/api" || pathname.startsWith("/api/") || pathname.startsWith("/_next/")) return null;
  return PUBLIC_PAGE_CACHE_CONTROL;
}

/** Served over https: as the nearest proxy says (x-forwarded-proto), or as the site is configured. */
export function isHttps(forwardedProto: string | null, siteUrl: string | undefined): boolean {
  return forwardedProto?.split(",")[0].trim().toLowerCase() === "https" || (siteUrl ?? "").startsWith("https://");
}
