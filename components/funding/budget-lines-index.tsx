import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { LIST_META } from "@/lib/pagination/list-meta";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import type { BudgetLineSummary, BudgetLinesPage } from "@/lib/queries/funding";

/** Budget lines as a compact two-column list of links with their meeting counts (on /funding and each page of the lines). */
export function BudgetLineLinks({ lines }: { lines: BudgetLineSummary[] }) {
  return (
    <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
      {lines.map((l) => (
        <li key={l.slug}>
          <Link prefetch={false} href={`/funding/lines/${l.slug}`}>{l.name}</Link>{" "}
          <span className="text-sm text-muted">({l.meetingCount} meetings)</span>
        </li>
      ))}
    </ul>
  );
}

/** One page of the budget lines printed for more than one meeting, A to Z. */
export function BudgetLinesIndex({ data, page }: { data: BudgetLinesPage; page: number }) {
  const { title, listPath } = LIST_META["funding-lines"];
  const pagination = paginate(page, data.total, (p) => pagePath(listPath, p));
  return (
    <>
      <Breadcrumbs
        trail={[{ href: "/funding", label: "Funding" }, ...(page > 1 ? [{ href: listPath, label: title }] : [])]}
        current={page > 1 ? `Page ${page}` : title}
      />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mb-6 max-w-3xl text-lg">
        {data.total === 1 ? "1 budget line is" : `${data.total} budget lines are`} printed in the finance reports of more than one
        meeting, A to Z. Each line&rsquo;s page shows its figures report by report.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: lines {pagination.from} to {pagination.to}.</p>
      )}
      {data.lines.length === 0 ? <p>No budget line has been printed for more than one meeting yet.</p> : <BudgetLineLinks lines={data.lines} />}
      <Pagination pagination={pagination} itemLabel="budget lines" />
    </>
  );
}
