import { preflight } from "@/lib/api/handler";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { searchRecords } from "@/lib/queries/search";
import type { SearchError } from "@/lib/search/api-schema";
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
  try {
    const outcome = await searchRecords({ q, type, committee, year, page });
    return Response.json(toSearchResponse(outcome, siteConfig.siteUrl), { headers: HEADERS });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const unavailable: SearchError = {
      error: { status: 503, message: "Search is unavailable at the moment: the records database cannot be reached. Try again in a few minutes.", issues: [] },
    };
    return Response.json(unavailable, { status: 503, headers: { ...HEADERS, "Retry-After": "60" } },
    );
  }
}

/** HEAD: GET's status and headers without the body. */
export async function HEAD(request: Request): Promise<Response> {
  const answer = await GET(request);
  return new Response(null, { status: answer.status, headers: answer.headers });
}

export const OPTIONS = preflight;
