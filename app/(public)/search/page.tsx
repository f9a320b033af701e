import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { NoResults } from "@/components/search/no-results";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchPagination } from "@/components/search/search-pagination";
import { SearchResultList } from "@/components/search/search-result-list";
import { SearchForm } from "@/components/ui/search-form";
import { ServiceDegraded } from "@/components/ui/service-degraded";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { MAX_PAGE, searchRecords, type SearchFilters as Filters } from "@/lib/queries/search";
import { SEARCH_PARAM_PATTERNS as PATTERNS } from "@/lib/search/api-schema";
import { isSearchKind } from "@/lib/search/kinds";
import { cleanSearchQuery } from "@/lib/text/search-query";

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<{ q?: Param; type?: Param; committee?: Param; year?: Param; page?: Param }> };

const first = (v: Param) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The page's filters from its address: anything malformed is ignored rather than refused (the API says 400). */
function readFilters(params: Awaited<Props["searchParams"]>): Filters & { page: number } {
  const type = first(params.type);
  const committee = first(params.committee);
  const year = first(params.year);
  const page = first(params.page);
  return {
    type: isSearchKind(type) ? type : null,
    committee: PATTERNS.committee.test(committee) && committee.length <= 120 ? committee : null,
    year: PATTERNS.year.test(year) ? Number(year) : null,
    page: PATTERNS.page.test(page) ? Math.min(Number(page), MAX_PAGE) : 1,
  };
}

// Results depend on the query, so this one page renders on request; everything it links to is static.
// The query is shown back twice only (the box and the heading), cleaned and capped at 200 characters.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = cleanSearchQuery((await searchParams).q);
  return {
    title: q ? "Search results" : "Search",
    description: "Search the committee papers: reports, minutes, decisions, actions, plans, budgets, outside bodies, people and committees.",
    alternates: { canonical: "/search" },
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = cleanSearchQuery(params.q);
  const { page, ...filters } = readFilters(params);
  let outcome: Awaited<ReturnType<typeof searchRecords>> | null = null;
  let unavailable = false;
  try {
    outcome = q ? await searchRecords({ q, ...filters, page }) : null;
  } catch (error) {
    // With the database out of reach, say so (the published pages still work) rather than a 500.
    if (!isDatabaseUnavailable(error)) throw error;
    unavailable = true;
  }
  return (
    <>
      <Breadcrumbs trail={[]} current="Search" />
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Search</h1>
      <SearchForm defaultValue={q} id="search-page-query" />
      <p className="mt-2 max-w-xl text-sm text-muted">
        Every word must appear. Use &ldquo;double quotes&rdquo; for a phrase and * for the start of a word (librar*).
      </p>
      {unavailable && <div className="mt-8"><ServiceDegraded what="Search" headingLevel={2} /></div>}
      {outcome && (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="mb-4 text-2xl font-bold [overflow-wrap:anywhere]">
            {outcome.total === 0 ? `No results for “${q}”` : `${outcome.total.toLocaleString("en-GB")} result${outcome.total === 1 ? "" : "s"} for “${q}”`}
          </h2>
          <SearchFilters q={q} filters={outcome.filters} facets={outcome.facets} />
          {outcome.total === 0 ? (
            <NoResults suggestions={outcome.suggestions} hasWords={outcome.terms.length > 0} />
          ) : outcome.results.length === 0 ? (
            <p>There is no page {outcome.page} of these results: they end at page {outcome.pageCount}.</p>
          ) : (
            <SearchResultList results={outcome.results} start={(outcome.page - 1) * outcome.perPage + 1} />
          )}
          <SearchPagination q={q} filters={outcome.filters} page={outcome.page} pageCount={outcome.pageCount} />
        </section>
      )}
    </>
  );
}
