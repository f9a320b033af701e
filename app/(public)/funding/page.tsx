import type { Metadata } from "next";
import Link from "next/link";
import { BudgetTableSection } from "@/components/funding/budget-table";
import { factGroupTitle } from "@/components/funding/funding-facts";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { formatDate } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import { BudgetLineLinks } from "@/components/funding/budget-lines-index";
import { listFinanceReportsPage, listFundingFactsPage, listRecurringBudgetLinesPage } from "@/lib/queries/funding";

/** Finance reports shown here with their committee's table, and groups of quoted sums listed: the newest few. */
const LATEST_REPORTS = 3;
const LATEST_FACT_GROUPS = 10;

const title = "Funding and budgets";
const description = "Committee budgets from each finance report: budget, actual and variance per budget line with charts, how lines move between reports, and sums of money quoted in reports.";

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/funding" }, openGraph: { title, description, url: "/funding", type: "website" },
};

export default async function FundingPage() {
  const [{ total: reportCount, reports }, lines, { sums: factCount, groups: facts, total: factGroupCount }] = await Promise.all([
    listFinanceReportsPage(1, LATEST_REPORTS), listRecurringBudgetLinesPage(1), listFundingFactsPage(1, LATEST_FACT_GROUPS),
  ]);
  return (
    <>
      <Breadcrumbs trail={[]} current="Funding" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="max-w-3xl text-lg">
        Finance reports to the committee set out each budget line: the budget for the whole year, the actual spending
        so far, and the forecast variance at the year end (a positive variance is an overspend). Because spending so
        far is only part of a year, the charts compare like with like: each line&rsquo;s budget for the year against its
        forecast outturn for the year (budget plus forecast variance). Figures are in thousands of pounds (£000), as the
        reports print them.
      </p>

      <section aria-labelledby="reports-heading" className="mt-10">
        <h2 id="reports-heading" className="mb-4 text-2xl font-bold">Finance reports</h2>
        {reports.length === 0 && <p>No finance report tables have been published yet.</p>}
        {reportCount > reports.length && (
          <p className="mb-6">
            The latest {reports.length} of {reportCount}.{" "}
            <Link prefetch={false} href="/funding/reports" className="font-bold">All {reportCount} finance reports</Link>
          </p>
        )}
        <div className="space-y-12">
          {reports.map(({ report: r, table }) => (
            <section key={r.slug} aria-labelledby={`report-${r.slug}`} className="border-t-4 border-brand pt-4">
              <h3 id={`report-${r.slug}`} className="text-xl font-bold">
                <Link prefetch={false} href={`/funding/reports/${r.slug}`}>{readableCase(r.title, { properNames: [r.committee.name] })}</Link>
              </h3>
              <p className="mb-4 text-muted">
                {r.committee.name}, meeting on {formatDate(r.meeting.date)}.{" "}
                {r.tables.length === 1 ? "1 budget table" : `${r.tables.length} budget tables`}.
              </p>
              {table ? (
                <BudgetTableSection
                  table={table} idPrefix={`${r.slug}-committee`} headingLevel={4} reportedOn={r.meeting.date}
                  context={{ label: readableCase(r.title, { properNames: [r.committee.name] }), headingId: `report-${r.slug}` }}
                />
              ) : (
                <p>This report has no table of the committee&rsquo;s own budget lines.</p>
              )}
              <p className="mt-4">
                <Link prefetch={false} href={`/funding/reports/${r.slug}`}>All {r.tables.length} budget tables in {readableCase(r.title, { properNames: [r.committee.name] })}</Link>
              </p>
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="lines-heading" className="mt-14">
        <h2 id="lines-heading" className="mb-2 text-2xl font-bold">How budget lines move between reports</h2>
        <p className="mb-4 max-w-3xl">Budget lines printed in the finance reports of more than one meeting. Each page shows the line&rsquo;s figures report by report.</p>
        {lines.total === 0 ? (
          <p>No budget line has been printed for more than one meeting yet.</p>
        ) : (
          <BudgetLineLinks lines={lines.lines} />
        )}
        {lines.total > lines.lines.length && (
          <p className="mt-4"><Link prefetch={false} href="/funding/lines" className="font-bold">All {lines.total} budget lines, A to Z</Link></p>
        )}
      </section>

      <section aria-labelledby="facts-heading" className="mt-14">
        <h2 id="facts-heading" className="mb-2 text-2xl font-bold">Sums of money quoted in reports</h2>
        <p className="mb-4 max-w-3xl">
          {factCount === 1 ? "1 sum of money is" : `${factCount} sums of money are`} quoted in the text of the reports:
          grants, savings, overspends and contract values.{" "}
          <Link prefetch={false} href="/funding/facts">See every sum, in pounds and as printed</Link>.
          {factGroupCount > facts.length && <> The latest {facts.length} of the {factGroupCount} reports that quote sums:</>}
        </p>
        {facts.length > 0 && (
          <ul className="list-disc space-y-1 pl-6">
            {facts.map((g) => (
              <li key={g.anchor}>
                <Link prefetch={false} href={`/funding/facts#${g.anchor}`}>{factGroupTitle(g)}</Link>{" "}
                <span className="text-sm text-muted">({formatDate(g.meeting.date, { weekday: false })}, {g.facts.length === 1 ? "1 sum" : `${g.facts.length} sums`})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
