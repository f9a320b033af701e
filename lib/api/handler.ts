import "server-only";
/**
 * The one wrapper every open-data API route goes through: GET/HEAD/OPTIONS, open CORS, a body
 * checked against (and shaped by) its zod schema, a strong ETag and Last-Modified with 304s,
 * and problem+json errors. A route file is then one line: `export const { GET, HEAD, OPTIONS } = apiRoute(...)`.
 */
import { createHash } from "node:crypto";
import type * as z from "zod";
import { dataLastModified } from "@/lib/queries/api/last-modified";
import { ApiError, badParameters } from "./problem";

export type RouteParams = Record<string, string | string[] | undefined>;
export interface RouteContext { params: Promise<RouteParams> }

export interface ApiRequest {
  request: Request;
  url: URL;
  params: RouteParams;
}

/** What a handler answers: JSON checked against its schema, or a ready CSV text. */
export type ApiBody =
  | { kind: "json"; schema: z.ZodType; data: unknown; link?: string }
  | { kind: "csv"; text: string; filename: string };

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link, Content-Disposition",
} as const;

const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, If-None-Match, If-Modified-Since, Cache-Control",
  "Access-Control-Max-Age": "86400",
} as const;

/**
 * Clients may keep a response a minute; after that they revalidate with the ETag (a 304 costs one
 * query). Shared caches (the shipped nginx, a CDN) keep it one second and refresh it in the
 * background, like a page, so a publish reaches the API as fast as the pages.
 */
const CACHE_CONTROL = "public, max-age=60, s-maxage=1, stale-while-revalidate=59";

/** Parse query parameters with a zod schema; a 400 naming each bad parameter otherwise. */
export function parseQuery<S extends z.ZodType>(schema: S, url: URL): z.output<S> {
  const result = schema.safeParse(Object.fromEntries(url.searchParams));
  if (!result.success) throw badParameters(result.error);
  return result.data;
}

/** Parse path parameters with a zod schema; a 400 naming the bad one otherwise. */
export function parseParams<S extends z.ZodType>(schema: S, params: RouteParams): z.output<S> {
  const result = schema.safeParse(params);
  if (!result.success) throw badParameters(result.error);
  return result.data;
}

function etagOf(text: string): string {
  return `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
}

/** RFC 9110: If-None-Match wins over If-Modified-Since; weak comparison for GET. */
export function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const tags = ifNoneMatch.split(",").map((t) => t.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(etag);
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince !== null && lastModified) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

function problemResponse(error: ApiError, url: URL): Response {
  return new Response(JSON.stringify(error.body(url.pathname + url.search)), {
    status: error.status,
    headers: { ...CORS_HEADERS, "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
  });
}

async function respond(handler: (req: ApiRequest) => Promise<ApiBody>, request: Request, context: RouteContext, head: boolean): Promise<Response> {
  const url = new URL(request.url);
  try {
    const [body, lastModified] = await Promise.all([handler({ request, url, params: await context.params }), dataLastModified()]);
    const text = body.kind === "json" ? JSON.stringify(body.schema.parse(body.data)) : body.text;
    const etag = etagOf(text);
    const headers: Record<string, string> = {
      ...CORS_HEADERS,
      ETag: etag,
      "Cache-Control": CACHE_CONTROL,
      ...(lastModified ? { "Last-Modified": lastModified.toUTCString() } : {}),
    };
    if (isNotModified(request, etag, lastModified)) return new Response(null, { status: 304, headers });
    if (body.kind === "json") {
      headers["Content-Type"] = "application/json; charset=utf-8";
      if (body.link) headers.Link = body.link;
    } else {
      headers["Content-Type"] = "text/csv; charset=utf-8; header=present";
      headers["Content-Disposition"] = `attachment; filename="${body.filename}"`;
    }
    return new Response(head ? null : text, { status: 200, headers });
  } catch (error) {
    if (error instanceof ApiError) return problemResponse(error, url);
    console.error("open-data API", url.pathname, error);
    return problemResponse(new ApiError(500, "Server error", "Something went wrong reading this data; it has been logged."), url);
  }
}

/** The answer to a CORS preflight (OPTIONS) on any API address. */
export async function preflight(): Promise<Response> {
  return new Response(null, { status: 204, headers: { ...PREFLIGHT_HEADERS, Allow: "GET, HEAD, OPTIONS" } });
}

/** GET, HEAD and OPTIONS (CORS preflight) for one API address. */
export function apiRoute(handler: (req: ApiRequest) => Promise<ApiBody>) {
  return {
    GET: (request: Request, context: RouteContext) => respond(handler, request, context, false),
    HEAD: (request: Request, context: RouteContext) => respond(handler, request, context, true),
    OPTIONS: preflight,
  };
}
