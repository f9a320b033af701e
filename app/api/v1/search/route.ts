import { searchRecords } from "@/lib/queries/search";
import { parseSearchQuery, toSearchResponse } from "@/lib/search/api-response";
import { siteConfig } from "@/lib/site-config";

// Results depend on the query and change when a clerk publishes: never prerendered or cached here.
export const dynamic = "force-dynamic";

const HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "no-store",
  "X-Robots-Tag": "noindex",
};

/** GET /api/v1/search: the /search page's results as JSON (lib/search/api-schema.ts describes both sides). */
export async function GET(request: Request): Promise<Response> {
  const parsed = parseSearchQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json(parsed.error, { status: 400, headers: HEADERS });
  const { q, type, committee, year, page } = parsed.query;
  const outcome = await searchRecords({ q, type, committee, year, page });
  return Response.json(toSearchResponse(outcome, siteConfig.siteUrl), { headers: HEADERS });
}
