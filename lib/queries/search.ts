import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, type Database } from "@/lib/db";
import { SEARCH_API_MAX_PAGE } from "@/lib/search/api-schema";
import { termText, toFtsQuery, type SearchTerm } from "@/lib/search/fts-query";
import { isSearchKind, KIND_BOOST, KIND_LABELS, SEARCH_KINDS, type SearchKind } from "@/lib/search/kinds";
import { decodeGroup, groupCommittee, rowidCommittee, rowidGroup, rowidKind, rowidYear } from "@/lib/search/rowid";
import { MARK_CLOSE, MARK_OPEN, markedParts, type TextPart } from "@/lib/search/snippet";

/**
 * Full-text search over the index of public records (lib/search/indexer.ts keeps it to what the
 * public may see, so nothing here needs the visibility rule). Three statements per search, one
 * of which computes bm25: one counts every match by kind, committee and year from the rowids
 * (the facets, the total, the pages), one ranks the matches the filters keep for the page's
 * twenty rowids, and one reads just those rows with highlighted titles and snippets. (One
 * statement ranking into a materialized table and reading both from it measured slower: the
 * temporary table costs more than the second walk of the doclists.)
 */

export const RESULTS_PER_PAGE = 20;
/** Deeper pages are refused: nobody reads them, and OFFSET makes each one slower. */
export const MAX_PAGE = SEARCH_API_MAX_PAGE;
const SNIPPET_TOKENS = 28;
const MAX_SUGGESTED_TERMS = 5;

export interface SearchFilters {
  type?: SearchKind | null;
  /** A committee's slug. */
  committee?: string | null;
  year?: number | null;
}

export interface SearchRequest extends SearchFilters {
  q: string;
  page?: number;
}

export interface SearchResultItem {
  kind: SearchKind;
  kindLabel: string;
  url: string;
  title: TextPart[];
  snippet: TextPart[];
  context: string | null;
  committee: { slug: string; name: string } | null;
  date: string | null;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface SearchSuggestion {
  /** The query and filters the suggestion leads to. */
  q: string;
  filters: SearchFilters;
  count: number;
  reason: "without-filters" | "one-word" | "prefix";
}

export interface SearchOutcome {
  q: string;
  /** The words searched for, as a reader would type them; empty when the text held none. */
  terms: string[];
  filters: SearchFilters;
  total: number;
  /** Matches of the query whatever the filters. */
  unfilteredTotal: number;
  page: number;
  pageCount: number;
  perPage: number;
  results: SearchResultItem[];
  facets: { type: FacetValue[]; committee: FacetValue[]; year: FacetValue[] };
  suggestions: SearchSuggestion[];
}

interface CubeRow {
  kind: string;
  committeeId: number | null;
  committeeSlug: string | null;
  committeeName: string | null;
  year: number | null;
  n: number;
}

/** bm25 (titles weighted, drizzle/0004) times the kind's boost: lower is better, as FTS5's rank. The kind comes from the rowid. */
const boostedRank = sql`rank * CASE ${rowidKind} ${sql.raw(SEARCH_KINDS.map((k, i) => `WHEN ${i} THEN ${KIND_BOOST[k]}`).join(" "))} ELSE 1 END`;

/** The filters as a test on a match's rowid (lib/search/rowid.ts). */
function rowidFilter(filters: SearchFilters): SQL {
  const tests: SQL[] = [sql`1`];
  if (filters.type) tests.push(sql`${rowidKind} = ${SEARCH_KINDS.indexOf(filters.type)}`);
  // A committee that is not public is in no document, so its slug finds no id and nothing matches.
  if (filters.committee) tests.push(sql`${rowidCommittee} = (SELECT id FROM committees WHERE slug = ${filters.committee})`);
  if (filters.year) tests.push(sql`${rowidYear} = ${filters.year}`);
  return sql.join(tests, sql` AND `);
}

/**
 * Matches by kind, committee and year, read from the rowids alone (lib/search/rowid.ts): a walk
 * of the doclists without bm25 or stored rows. Grouped by the rowid's top bits as one integer
 * (kind, year, committee), which sorts in half the time of the three decoded values.
 */
async function countMatches(database: Database, match: string): Promise<CubeRow[]> {
  const rows = await database.all<{ g: number; n: number; slug: string | null; name: string | null }>(sql`
    SELECT g.g, g.n, committees.slug, committees.name
    FROM (SELECT ${rowidGroup} AS g, count(*) AS n FROM search_fts WHERE search_fts MATCH ${match} GROUP BY 1) AS g
    LEFT JOIN committees ON committees.id = ${groupCommittee(sql.raw("g.g"))}`);
  return rows.map((r) => {
    const { kind, year, committeeId } = decodeGroup(Number(r.g));
    // Only public committees are ever written into a document, so these are public too.
    const named = committeeId != null && r.slug != null;
    return {
      kind: kind ?? "", committeeId: named ? committeeId : null, committeeSlug: named ? String(r.slug) : null,
      committeeName: named ? String(r.name) : null, year, n: Number(r.n),
    };
  });
}

/**
 * The requested page's rowids, best first: the one pass that computes bm25, and only for the
 * matches the filters keep (read from the rowid, as the counts are). bm25 gives the tags column
 * no weight, so this is the order the filter tokens gave. Ties go by rowid, so pages never
 * repeat or skip a result.
 */
async function rankPage(database: Database, match: string, filters: SearchFilters, offset: number): Promise<number[]> {
  const rows = await database.all<{ id: number }>(sql`
    SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ${match} AND ${rowidFilter(filters)}
    ORDER BY ${boostedRank}, rowid LIMIT ${RESULTS_PER_PAGE} OFFSET ${offset}`);
  return rows.map((r) => Number(r.id));
}

async function countOnly(database: Database, match: string): Promise<number> {
  const [row] = await database.all<{ n: number }>(sql`SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ${match}`);
  return Number(row?.n ?? 0);
}

const fits = (row: CubeRow, f: SearchFilters, skip?: keyof SearchFilters) =>
  (skip === "type" || !f.type || row.kind === f.type)
  && (skip === "committee" || !f.committee || row.committeeSlug === f.committee)
  && (skip === "year" || !f.year || row.year === f.year);

function facet(cube: CubeRow[], filters: SearchFilters, dimension: keyof SearchFilters): FacetValue[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const row of cube) {
    if (!fits(row, filters, dimension)) continue;
    const value = dimension === "type" ? row.kind : dimension === "committee" ? row.committeeSlug : row.year == null ? null : String(row.year);
    if (value == null) continue;
    const label = dimension === "type" ? (isSearchKind(row.kind) ? KIND_LABELS[row.kind].many : row.kind) : dimension === "committee" ? row.committeeName ?? value : value;
    const had = counts.get(value);
    counts.set(value, { label, count: (had?.count ?? 0) + row.n });
  }
  const selected = filters[dimension] == null ? null : String(filters[dimension]);
  if (selected && !counts.has(selected)) counts.set(selected, { label: dimension === "type" && isSearchKind(selected) ? KIND_LABELS[selected].many : selected, count: 0 });
  const values = [...counts].map(([value, v]) => ({ value, label: v.label, count: v.count, selected: value === selected }));
  if (dimension === "type") return values.sort((a, b) => SEARCH_KINDS.indexOf(a.value as SearchKind) - SEARCH_KINDS.indexOf(b.value as SearchKind));
  if (dimension === "year") return values.sort((a, b) => Number(b.value) - Number(a.value));
  return values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * The page's rows with highlighted titles and snippets. snippet() and highlight() need a MATCH,
 * and are computed only for the rows the WHERE keeps. Given `rowid IN (…)`, FTS5 runs the query
 * once per listed rowid, seeking each term's doclist to it (EXPLAIN QUERY PLAN `INDEX 0:=M…`):
 * the cheapest way to twenty rows, except for a prefix (libr*), whose terms FTS5 would merge
 * again for every rowid. There the `+` keeps the list out of FTS5's plan, for one walk of the
 * matches without bm25 (`INDEX 0:M…`), measured at a seventh of the seeks on 100,000 records.
 */
async function readRows(database: Database, match: string, rowids: number[], seek: boolean): Promise<SearchResultItem[]> {
  if (!rowids.length) return [];
  const rows = await database.all<Record<string, unknown>>(sql`
    SELECT rowid AS id, kind, url, context, committee_slug, committee_name, date,
      highlight(search_fts, 0, ${MARK_OPEN}, ${MARK_CLOSE}) AS title,
      snippet(search_fts, 1, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS}) AS snippet
    FROM search_fts
    WHERE search_fts MATCH ${match} AND ${seek ? sql`rowid` : sql`+rowid`} IN (${sql.join(rowids.map((id) => sql`${id}`), sql`, `)})`);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return rowids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const kind = String(r.kind) as SearchKind;
    return [{
      kind, kindLabel: KIND_LABELS[kind]?.one ?? kind, url: String(r.url),
      title: markedParts(String(r.title ?? "")), snippet: markedParts(String(r.snippet ?? "")),
      context: (r.context as string | null) ?? null,
      committee: r.committee_slug ? { slug: String(r.committee_slug), name: String(r.committee_name) } : null,
      date: (r.date as string | null) ?? null,
    }];
  });
}

async function suggestionsFor(database: Database, terms: SearchTerm[], filters: SearchFilters, unfilteredTotal: number): Promise<SearchSuggestion[]> {
  const out: SearchSuggestion[] = [];
  const none: SearchFilters = {};
  const filtered = !!(filters.type || filters.committee || filters.year);
  const all = terms.map(termText).join(" ");
  if (filtered && unfilteredTotal > 0) out.push({ q: all, filters: none, count: unfilteredTotal, reason: "without-filters" });
  if (unfilteredTotal > 0) return out;
  if (terms.length > 1) {
    for (const term of terms.slice(0, MAX_SUGGESTED_TERMS)) {
      const one = toFtsQuery(termText(term)).match;
      const count = one ? await countOnly(database, one) : 0;
      if (count > 0) out.push({ q: termText(term), filters: none, count, reason: "one-word" });
    }
  } else if (terms.length === 1 && !terms[0].phrase && !terms[0].prefix && terms[0].text.length >= 5) {
    // A misspelt ending ("libary", "councillers"): the word's start as a prefix.
    const stem = `${terms[0].text.slice(0, Math.max(3, terms[0].text.length - 3))}*`;
    const match = toFtsQuery(stem).match;
    const count = match ? await countOnly(database, match) : 0;
    if (count > 0) out.push({ q: stem, filters: none, count, reason: "prefix" });
  }
  return out;
}

/** Search the public records. Any text is safe: what cannot be searched for is dropped, never an error. */
export async function searchRecords(request: SearchRequest, database: Database = db): Promise<SearchOutcome> {
  const filters: SearchFilters = { type: request.type ?? null, committee: request.committee ?? null, year: request.year ?? null };
  const page = Math.min(Math.max(1, Math.trunc(request.page ?? 1) || 1), MAX_PAGE);
  const { match, terms } = toFtsQuery(request.q);
  const empty: SearchOutcome = {
    q: request.q, terms: terms.map(termText), filters, total: 0, unfilteredTotal: 0, page, pageCount: 0, perPage: RESULTS_PER_PAGE, results: [],
    facets: { type: [], committee: [], year: [] }, suggestions: [],
  };
  if (!match) return empty;

  const cube = await countMatches(database, match);
  const unfilteredTotal = cube.reduce((n, r) => n + r.n, 0);
  const total = cube.filter((r) => fits(r, filters)).reduce((n, r) => n + r.n, 0);
  const facets = { type: facet(cube, filters, "type"), committee: facet(cube, filters, "committee"), year: facet(cube, filters, "year") };
  const pageCount = Math.min(Math.ceil(total / RESULTS_PER_PAGE), MAX_PAGE);
  const rowids = total > 0 && page <= pageCount ? await rankPage(database, match, filters, (page - 1) * RESULTS_PER_PAGE) : [];
  const results = await readRows(database, match, rowids, !terms.some((t) => t.prefix));
  const suggestions = total === 0 ? await suggestionsFor(database, terms, filters, unfilteredTotal) : [];
  return { ...empty, total, unfilteredTotal, pageCount, results, facets, suggestions };
}
