import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { StrategyList } from "@/components/strategies/strategy-list";
import { Pagination } from "@/components/ui/pagination";
import { LIST_META } from "@/lib/pagination/list-meta";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import type { StrategiesPage } from "@/lib/queries/strategies";

/** One page of the delivery plans and action logs, newest meeting first. */
export function StrategiesIndex({ data, page }: { data: StrategiesPage; page: number }) {
  const { title, listPath } = LIST_META.strategies;
  const pagination = paginate(page, data.total, (p) => pagePath(listPath, p));
  return (
    <>
      <Breadcrumbs trail={page > 1 ? [{ href: listPath, label: "Strategies" }] : []} current={page > 1 ? `Page ${page}` : "Strategies"} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Delivery plans set out what a committee wants to achieve, grouped into priorities with the outcomes each one
        aims for, and the actions that will get there. They are printed in agenda packs as appendices to officer reports.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: plans {pagination.from} to {pagination.to}.</p>
      )}
      <StrategyList strategies={data.strategies} />
      <Pagination pagination={pagination} itemLabel="plans" />
    </>
  );
}
