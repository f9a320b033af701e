import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { formatDate } from "@/lib/format";
import { LIST_META } from "@/lib/pagination/list-meta";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import type { FinanceReportsPage } from "@/lib/queries/funding";
import { readableCase } from "@/lib/text/readable-case";

/** One page of the finance reports with budget tables, newest meeting first, each linking to its tables. */
export function FinanceReportsIndex({ data, page }: { data: FinanceReportsPage; page: number }) {
  const { title, listPath } = LIST_META["funding-reports"];
  const pagination = paginate(page, data.total, (p) => pagePath(listPath, p));
  return (
    <>
      <Breadcrumbs
        trail={[{ href: "/funding", label: "Funding" }, ...(page > 1 ? [{ href: listPath, label: title }] : [])]}
        current={page > 1 ? `Page ${page}` : title}
      />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mb-6 max-w-3xl text-lg">
        {data.total === 1 ? "1 finance report" : `${data.total} finance reports`} with budget tables, newest meeting first. Each
        report&rsquo;s page has its tables with charts and the importer&rsquo;s notes on the figures.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: reports {pagination.from} to {pagination.to}.</p>
      )}
      {data.reports.length === 0 ? <p>No finance report tables have been published yet.</p> : (
        <ul className="divide-y divide-rule border-y border-rule">
          {data.reports.map(({ report: r }) => (
            <li key={r.slug} className="py-3">
              <Link prefetch={false} href={`/funding/reports/${r.slug}`} className="font-bold">{readableCase(r.title, { properNames: [r.committee.name] })}</Link>
              <span className="block text-sm text-muted">
                {r.committee.name}, meeting on {formatDate(r.meeting.date)}; {r.tables.length === 1 ? "1 budget table" : `${r.tables.length} budget tables`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination pagination={pagination} itemLabel="reports" />
    </>
  );
}
