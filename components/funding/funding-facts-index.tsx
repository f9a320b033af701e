import { FundingFactsByMeeting } from "@/components/funding/funding-facts";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { LIST_META } from "@/lib/pagination/list-meta";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import type { FundingFactsPage } from "@/lib/queries/funding";

/** One page of the sums quoted in reports: a group per report, newest meeting first. */
export function FundingFactsIndex({ data, page }: { data: FundingFactsPage; page: number }) {
  const { title, listPath } = LIST_META["funding-facts"];
  const pagination = paginate(page, data.total, (p) => pagePath(listPath, p));
  return (
    <>
      <Breadcrumbs
        trail={[{ href: "/funding", label: "Funding" }, ...(page > 1 ? [{ href: listPath, label: "Sums quoted in reports" }] : [])]}
        current={page > 1 ? `Page ${page}` : "Sums quoted in reports"}
      />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Reports quote money in many forms: &ldquo;£5.2m&rdquo;, &ldquo;£1,172k&rdquo;, &ldquo;up-to-£1million&rdquo;.
        Each sum is listed with the words around it, the amount in pounds and the figure exactly as printed. Read the
        report for the full context before relying on a figure.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: reports {pagination.from} to {pagination.to} of {pagination.total} that quote sums.</p>
      )}
      <FundingFactsByMeeting groups={data.groups} />
      <Pagination pagination={pagination} itemLabel="reports" />
    </>
  );
}
