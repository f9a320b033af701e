/**
 * The search API's query and response (GET /api/v1/search), as zod schemas: the route handler
 * validates with them, and the OpenAPI document is generated from them (zod-openapi reads
 * `.meta`), so the description cannot drift from what the endpoint does.
 */
import { z } from "zod";
import { SEARCH_KINDS } from "./kinds";

export const SEARCH_API_MAX_PAGE = 500;
/** The shapes a filter value may take, shared with the page (which ignores a bad one instead of refusing it). */
export const SEARCH_PARAM_PATTERNS = {
  committee: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  year: /^(19|20)\d\d$/,
  page: /^[1-9]\d{0,2}$/,
};

export const searchKindSchema = z.enum(SEARCH_KINDS).meta({
  id: "SearchKind",
  description: "A kind of record search finds: report, decision, minute (a minute of a meeting), action, strategy-action, plan (an agenda-plan entry), budget-line, outside-body, person, committee.",
});

export const searchQuerySchema = z.object({
  q: z.string().min(1, "Give the words to search for in q.").max(2000, "q is longer than 2,000 characters.").meta({
    description: 'The words to search for. Every word must occur (stemmed: "libraries" finds "library"); "double quotes" make a phrase; a trailing * a prefix (libr*). Other punctuation is ignored; the query is cut at 200 characters.',
    example: "local assistance scheme",
  }),
  type: searchKindSchema.optional().meta({ description: "Only records of this kind." }),
  committee: z.string().regex(SEARCH_PARAM_PATTERNS.committee, "committee is a committee's slug, like communities-and-partnership-committee.").max(120).optional()
    .meta({ description: "Only records of this committee (its slug).", example: "communities-and-partnership-committee" }),
  year: z.string().regex(SEARCH_PARAM_PATTERNS.year, "year is a four-digit year, like 2021.").transform(Number).optional()
    .meta({ description: "Only records of meetings in this calendar year (people, committees and outside bodies have none).", example: "2021" }),
  page: z.string().regex(SEARCH_PARAM_PATTERNS.page, `page is a whole number from 1 to ${SEARCH_API_MAX_PAGE}.`).transform(Number)
    .refine((n) => n <= SEARCH_API_MAX_PAGE, `page is a whole number from 1 to ${SEARCH_API_MAX_PAGE}.`).optional()
    .meta({ description: "Page of results, 20 to a page; defaults to 1.", example: "2" }),
}).strict().meta({ id: "SearchQuery", description: "Query parameters of GET /api/v1/search. Each may be given once." });

const facetValueSchema = z.object({
  value: z.string().meta({ description: "The value to pass back as the filter parameter." }),
  label: z.string(),
  count: z.number().int().meta({ description: "Matches with this value, given the other filters." }),
  selected: z.boolean(),
}).meta({ id: "SearchFacetValue", description: "One value of a filter, with how many results it would give." });

export const searchResultSchema = z.object({
  kind: searchKindSchema,
  kindLabel: z.string().meta({ example: "Report" }),
  url: z.string().url().meta({ description: "The record's public page." }),
  title: z.string(),
  titleHtml: z.string().meta({ description: "The title as HTML: the text escaped, the matched words in <mark>." }),
  snippetHtml: z.string().meta({ description: "A passage of the record's text around the matches, as HTML: escaped, matches in <mark>, cuts marked with …." }),
  context: z.string().nullable().meta({ description: 'What the record is, in a few words: "Report to the meeting on Thursday 4 March 2021".' }),
  committee: z.object({ slug: z.string(), name: z.string() }).nullable(),
  date: z.string().nullable().meta({ description: "The date (YYYY-MM-DD) of the meeting the record belongs to, when it has one." }),
}).meta({ id: "SearchResult", description: "One record found, best matches first (bm25, titles weighted)." });

export const searchResponseSchema = z.object({
  query: z.object({
    q: z.string().meta({ description: "The query as searched: control characters removed, at most 200 characters." }),
    terms: z.array(z.string()).meta({ description: "The words and phrases searched for; empty when q held none (only punctuation or emoji)." }),
    type: searchKindSchema.nullable(),
    committee: z.string().nullable(),
    year: z.number().int().nullable(),
  }),
  total: z.number().int().meta({ description: "Results matching the query and the filters." }),
  page: z.number().int(),
  pageCount: z.number().int(),
  perPage: z.number().int(),
  results: z.array(searchResultSchema),
  facets: z.object({ type: z.array(facetValueSchema), committee: z.array(facetValueSchema), year: z.array(facetValueSchema) })
    .meta({ description: "Counts by kind, committee and year. Each is counted with the other two filters applied." }),
  suggestions: z.array(z.object({
    q: z.string(),
    count: z.number().int(),
    reason: z.enum(["without-filters", "one-word", "prefix"]),
    url: z.string().url().meta({ description: "The suggested search on this API." }),
  })).meta({ description: "When nothing matched: searches that would find something." }),
  links: z.object({ self: z.string().url(), next: z.string().url().nullable(), prev: z.string().url().nullable() }),
}).meta({ id: "SearchResponse", description: "Published records matching a full-text search." });

export const searchErrorSchema = z.object({
  error: z.object({
    status: z.union([z.literal(400), z.literal(503)]).meta({ description: "400: a bad parameter (issues name each); 503: the records database cannot be reached for now." }),
    message: z.string(),
    issues: z.array(z.object({ parameter: z.string(), message: z.string() })),
  }),
}).meta({ id: "SearchError", description: "A query parameter was missing, repeated, unknown or malformed (400), or search is unavailable for now (503)." });

export type SearchQuery = z.output<typeof searchQuerySchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type SearchError = z.infer<typeof searchErrorSchema>;
