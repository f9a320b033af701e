/**
 * The search API's two translations: URL parameters to a validated query (or a 400 body naming
 * each bad parameter), and a search outcome to the response body. Pure, so the route handler
 * stays a few lines and the tests can check both without a server.
 */
import type { SearchOutcome } from "@/lib/queries/search";
import { cleanSearchQuery } from "@/lib/text/search-query";
import { searchQuerySchema, type SearchError, type SearchQuery, type SearchResponse } from "./api-schema";
import { partsToHtml, partsToText } from "./snippet";
import { searchHref } from "./search-url";

export const SEARCH_API_PATH = "/api/v1/search";

export type ParsedSearchQuery = { ok: true; query: SearchQuery } | { ok: false; error: SearchError };

const KNOWN = new Set(Object.keys(searchQuerySchema.shape));

export function parseSearchQuery(params: URLSearchParams): ParsedSearchQuery {
  const issues: { parameter: string; message: string }[] = [];
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (!KNOWN.has(key)) issues.push({ parameter: key.slice(0, 40), message: `Unknown parameter; use ${[...KNOWN].join(", ")}.` });
    else if (values.length > 1) issues.push({ parameter: key, message: `Give ${key} once.` });
    else raw[key] = values[0];
  }
  if (!issues.length) {
    const parsed = searchQuerySchema.safeParse(raw);
    // The text is searched as the page searches it: control characters out, cut at 200 characters.
    const q = parsed.success ? cleanSearchQuery(parsed.data.q) : "";
    if (parsed.success && q) return { ok: true, query: { ...parsed.data, q } };
    if (parsed.success) issues.push({ parameter: "q", message: "Give the words to search for in q." });
    else for (const issue of parsed.error.issues) issues.push({ parameter: String(issue.path[0] ?? "q"), message: issue.message });
  }
  const message = issues.map((i) => i.message).join(" ");
  return { ok: false, error: { error: { status: 400, message, issues } } };
}

export function toSearchResponse(outcome: SearchOutcome, origin: string): SearchResponse {
  const f = outcome.filters;
  const link = (page: number) => origin + searchHref({ q: outcome.q, type: f.type, committee: f.committee, year: f.year, page }, SEARCH_API_PATH);
  return {
    query: { q: outcome.q, terms: outcome.terms, type: f.type ?? null, committee: f.committee ?? null, year: f.year ?? null },
    total: outcome.total,
    page: outcome.page,
    pageCount: outcome.pageCount,
    perPage: outcome.perPage,
    results: outcome.results.map((r) => ({
      kind: r.kind, kindLabel: r.kindLabel, url: origin + r.url, title: partsToText(r.title), titleHtml: partsToHtml(r.title),
      snippetHtml: partsToHtml(r.snippet), context: r.context, committee: r.committee, date: r.date,
    })),
    facets: outcome.facets,
    suggestions: outcome.suggestions.map((s) => ({
      q: s.q, count: s.count, reason: s.reason, url: origin + searchHref({ q: s.q, ...s.filters }, SEARCH_API_PATH),
    })),
    links: {
      self: link(outcome.page),
      next: outcome.page < outcome.pageCount ? link(outcome.page + 1) : null,
      prev: outcome.page > 1 ? link(Math.min(outcome.page - 1, Math.max(outcome.pageCount, 1))) : null,
    },
  };
}
