import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { pageCount, pageQueryHref, paginate, parsePageNumber } from "@/lib/pagination/page-model";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DecisionFilterForm } from "@/components/decisions/decision-filter-form";
import { DecisionList } from "@/components/decisions/decision-list";
import { feedAlternates } from "@/lib/feeds/paths";
import { AwaitedDecisionsNotice } from "@/components/decisions/awaited-notice";
import { getSiteCurrency } from "@/lib/queries/site-status";
import { describeOutcome } from "@/lib/format";
import { listDecisionFilterOptions, listDecisionsPage, parseDecisionFilters } from "@/lib/queries/decisions";

const description = "Every resolution recorded in committee minutes, filterable by committee, year and outcome.";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Page 2 onwards says so in its title and is its own canonical (/decisions?page=2); filters are left out of it, as before. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const raw = (await searchParams).page;
  const page = parsePageNumber(Array.isArray(raw) ? raw[0] : raw) ?? 1;
  const title = page > 1 ? `Decisions, page ${page}` : "Decisions";
  const url = pageQueryHref("/decisions", {}, page);
  return { title, description, alternates: feedAlternates(url), openGraph: { title, description, url, type: "website" } };
}

/**
 * Rendered on the server per request (it reads the query string), so the filter form is a plain
 * GET form that works without JavaScript; the decisions themselves come from the cached query.
 */
export default async function DecisionsPage({ searchParams }: Props) {
  const params = await searchParams;
  const [options, currency] = await Promise.all([listDecisionFilterOptions(), getSiteCurrency()]);
  const filters = parseDecisionFilters(params, options);
  // The filters stay in the query string and `page=` joins them; a page that is not a whole number
  // in range is a 404 (this page renders per request, so nothing is cached either way).
  const rawPage = Array.isArray(params.page) ? params.page[0] : params.page;
  const page = rawPage === undefined ? 1 : parsePageNumber(rawPage);
  if (page === null) notFound();
  const data = await listDecisionsPage(filters.committee ?? "", filters.year ?? "", filters.outcome ?? "", page);
  if (page > pageCount(data.total)) notFound();
  const pagination = paginate(page, data.total, (p) => pageQueryHref("/decisions", { ...filters }, p));
  const committeeName = options.committees.find((c) => c.slug === filters.committee)?.name;
  const summary = [
    committeeName && `by the ${committeeName}`,
    filters.year && `in ${filters.year}`,
    filters.outcome && `with the outcome “${describeOutcome(filters.outcome === "none" ? null : filters.outcome)}”`,
  ].filter(Boolean).join(", ");
  return (
    <>
      <Breadcrumbs trail={[]} current="Decisions" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Decisions</h1>
      <p className="mb-8 max-w-3xl text-lg">
        What committees resolved, as their minutes record it: newest meeting first, with how each was decided and the report
        it was about.
      </p>
      <AwaitedDecisionsNotice currency={currency} newestDecisionDate={data.newestDecisionDate} />
      <section aria-labelledby="filter-heading" className="mb-8">
        <h2 id="filter-heading" className="mb-3 text-2xl font-bold">Filter decisions</h2>
        <DecisionFilterForm options={options} filters={filters} />
      </section>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="mb-3 text-2xl font-bold">
          {data.total === 1 ? "1 decision" : `${data.total} decisions`}
        </h2>
        {summary && <p className="mb-3 text-lg text-muted">Decisions {summary}.</p>}
        {data.newestDecisionDate === null ? (
          <p>No decisions have been published yet: they appear when a meeting&rsquo;s minutes are imported.</p>
        ) : data.total === 0 ? (
          <p>No decisions match these filters. Try another year or outcome.</p>
        ) : (
          <>
            {pagination.count > 1 && (
              <p className="mb-3 text-lg">Page {pagination.page} of {pagination.count}: decisions {pagination.from} to {pagination.to}.</p>
            )}
            <DecisionList decisions={data.decisions} positions={data.positions} />
            <Pagination pagination={pagination} itemLabel="decisions" />
          </>
        )}
      </section>
    </>
  );
}
