import { type NextRequest, NextResponse } from "next/server";
import { gatePageNumber } from "@/lib/publishing/page-gate";
import { gateUnknownSlug } from "@/lib/publishing/slug-gate";
import { REQUEST_PATH_HEADER_NAME } from "@/lib/security/request-path";
import { cleanSearchQuery, needsCleaning } from "@/lib/text/search-query";
import {
  ADMIN_HEADERS, baseSecurityHeaders, contentSecurityPolicy, hasMalformedEncoding, isAdminPath, isDynamicPagePath, isHttps, publicCacheControl, refusedMethod,
} from "@/lib/security/policy";

/** The OpenID provider's origin, which the sign-in form's redirect must be allowed to reach. */
function formActionOrigins(): string[] {
  try {
    const issuer = process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER;
    return issuer ? [new URL(issuer).origin] : [];
  } catch {
    return [];
  }
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

function plainPage(status: number, title: string, body: string, headers: Record<string, string>): NextResponse {
  const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="/">Go to the home page</a></p></main></body></html>`;
  return withHeaders(new NextResponse(html, { status, headers: { "Content-Type": "text/html; charset=utf-8" } }), headers);
}

/**
 * Every response gets the security headers here, errors included: the proxy answers bad
 * requests itself (malformed percent-encoding: 400; a method the path does not take: 405 with
 * Allow) before Next.js could turn them into a 500 without headers. Dynamic pages get a
 * per-request nonce (see lib/security/policy.ts for why static pages cannot).
 * Addresses of records that are not public are answered 404 without rendering
 * (lib/publishing/slug-gate.ts), as are list pages past the end (lib/publishing/page-gate.ts). Signing in is not checked here beyond a convenience redirect: every page and action checks.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = isHttps(request.headers.get("x-forwarded-proto"), process.env.SITE_URL);
  const development = process.env.NODE_ENV === "development";
  const dynamic = isDynamicPagePath(pathname);
  const nonce = dynamic ? btoa(crypto.randomUUID()) : undefined;
  const csp = contentSecurityPolicy({ nonce, development, https, formActionOrigins: pathname === "/login" ? formActionOrigins() : [] });
  const headers: Record<string, string> = {
    ...baseSecurityHeaders(https),
    "Content-Security-Policy": csp,
    ...(isAdminPath(pathname) ? ADMIN_HEADERS : {}),
  };

  if (hasMalformedEncoding(pathname)) {
    return plainPage(400, "Bad request", "This web address is not valid. Check it is typed or copied correctly.", headers);
  }
  const allow = refusedMethod(pathname, request.method);
  if (allow) {
    return withHeaders(new NextResponse(`Method ${request.method.slice(0, 20)} is not allowed here.\n`, { status: 405, headers: { Allow: allow, "Content-Type": "text/plain; charset=utf-8" } }), headers);
  }

  // An unknown or draft record's address is a 404 before any page renders or is cached.
  // So is a list's page number that is malformed or past the end; "/…/page/1" goes to the list.
  const gated = (await gateUnknownSlug(request)) ?? (await gatePageNumber(request));
  if (gated) return withHeaders(gated, headers);

  // A search for text the page would not show back (control characters, over 200 characters)
  // is sent to the cleaned query, so not even Next's router state repeats the raw text.
  const q = request.nextUrl.searchParams.get("q");
  if (pathname === "/search" && q !== null && needsCleaning(q)) {
    const cleaned = new URL("/search", request.url);
    cleaned.searchParams.set("q", cleanSearchQuery(q));
    return withHeaders(NextResponse.redirect(cleaned, 303), headers);
  }

  // A page request without a session goes to sign-in; a POST (a server action) is let through
  // so the action itself refuses it with a message the form can show.
  if (pathname.startsWith("/dashboard") && (request.method === "GET" || request.method === "HEAD") && !hasSessionCookie(request)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", pathname + search);
    return withHeaders(NextResponse.redirect(login, 303), headers);
  }

  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  if (nonce) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
  }
  if (isAdminPath(pathname)) requestHeaders.set(REQUEST_PATH_HEADER_NAME, pathname + search);
  else requestHeaders.delete(REQUEST_PATH_HEADER_NAME);
  // Set here, Next keeps it on static pages instead of its one-year s-maxage (see the policy).
  const cacheControl = publicCacheControl(pathname, request.method);
  if (cacheControl) headers["Cache-Control"] = cacheControl;
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((c) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(c.name));
}

export const config = {
  // Everything but Next's own build assets, which next.config.js gives the static headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
