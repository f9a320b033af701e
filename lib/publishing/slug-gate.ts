/**
 * The proxy's check before a `[slug]` page renders. Next would otherwise render every unknown
 * slug it is asked for, write the result (~200 KB) into the on-disk page cache without limit, and
 * send it with `s-maxage=31536000`. Here an address whose slug names no public record is answered
 * with the prerendered not-found page (404, `private, no-store`), rendering nothing and caching
 * nothing; a record published after the build passes and gets its page rendered on first request.
 */
import { NextResponse, type NextRequest } from "next/server";
import { isPublicSlug, slugRouteOf } from "@/lib/queries/public-slugs";

/** An address no route serves: Next answers it with app/not-found.tsx, prerendered at build. */
const NOT_FOUND_PATH = "/_not-a-public-record";

/** A 404 response for an unknown or draft record's address; null to let the request through. */
export async function gateUnknownSlug(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const target = slugRouteOf(request.nextUrl.pathname);
  if (!target) return null;
  try {
    if (await isPublicSlug(target.route, target.slug)) return null;
  } catch (err) {
    // A database hiccup (e.g. SQLITE_BUSY during a write) must not turn a page into a 500: let the
    // page answer; it applies the same rule (and calls notFound()).
    console.error(`slug gate: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
  return notFoundWithoutRender(request);
}

/** The prerendered not-found page, 404 and uncached: nothing renders, nothing is written. */
export function notFoundWithoutRender(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = NOT_FOUND_PATH;
  url.search = "";
  return NextResponse.rewrite(url, { status: 404, headers: { "Cache-Control": "private, no-store" } });
}
