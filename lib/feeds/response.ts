/**
 * The HTTP side of a feed or calendar: content type, file name, and revalidation headers.
 *
 * Feeds are rendered per request from cached queries (lib/queries/cached.ts) whose tags a publish
 * expires, so a feed shows a change as soon as the page does. Readers poll; `no-cache` with an
 * ETag lets them (and any shared cache) keep a copy but ask each time, and get a 304 with no body
 * while nothing has changed.
 */
import { createHash } from "node:crypto";

export interface FeedBody {
  body: string;
  contentType: string;
  /** Offered as a download ("add to calendar"); feeds are shown inline. */
  filename?: string;
}

export function feedResponse(request: Request, { body, contentType, filename }: FeedBody): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "Cache-Control": "public, no-cache",
    ETag: etag,
    ...(filename ? { "Content-Disposition": `${contentType.startsWith("text/calendar") ? "attachment" : "inline"}; filename="${filename}"` } : {}),
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { headers });
}

export function notFoundResponse(message: string): Response {
  return new Response(`${message}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}
