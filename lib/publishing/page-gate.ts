/**
 * The proxy's check before a list's later page (`<list>/page/<n>`) renders. Those pages are static
 * routes rendered on first request and kept, so without this check `/meetings/page/abc` or
 * `/meetings/page/99999` would each cost a render and a file in the page cache. Here a page number
 * that is not a whole number gets the cheap 404, so does one past the list's last page (one COUNT),
 * and `/…/page/1` is sent (308) to the list's own address, the canonical page 1.
 */
import { NextResponse, type NextRequest } from "next/server";
import { pageCount, parsePageNumber } from "@/lib/pagination/page-model";
import { listPath, pagedListOf } from "@/lib/pagination/paged-lists";
import { countListRows } from "@/lib/queries/list-counts";
import { notFoundWithoutRender } from "@/lib/publishing/slug-gate";

/** A 404 or a redirect for a paged list address that must not render; null to let it through. */
export async function gatePageNumber(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const target = pagedListOf(request.nextUrl.pathname);
  if (!target) return null;
  const page = parsePageNumber(target.rawPage);
  if (page === null) return notFoundWithoutRender(request);
  if (page === 1) {
    const url = request.nextUrl.clone();
    url.pathname = listPath(target.list, target.scope);
    return NextResponse.redirect(url, 308);
  }
  try {
    if (page <= pageCount(await countListRows(target.list, target.scope))) return null;
  } catch (err) {
    // As the slug gate: a database hiccup lets the page answer; it checks the range itself.
    console.error(`page gate: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
  return notFoundWithoutRender(request);
}
