import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OutsideBodyList } from "@/components/outside-bodies/outside-body-list";
import { Pagination } from "@/components/ui/pagination";
import { LIST_META } from "@/lib/pagination/list-meta";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import type { OutsideBodiesPage } from "@/lib/queries/outside-bodies";

/** One page of the outside bodies, A to Z, each with its current representatives. */
export function OutsideBodiesIndex({ data, page }: { data: OutsideBodiesPage; page: number }) {
  const { title, listPath } = LIST_META["outside-bodies"];
  const pagination = paginate(page, data.total, (p) => pagePath(listPath, p));
  return (
    <>
      <Breadcrumbs trail={page > 1 ? [{ href: listPath, label: title }] : []} current={page > 1 ? `Page ${page}` : title} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Organisations outside the council to which its committees appoint councillors as representatives, as listed in the
        committees&rsquo; agenda packs, in alphabetical order.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: bodies {pagination.from} to {pagination.to}.</p>
      )}
      <OutsideBodyList bodies={data.bodies} />
      <Pagination pagination={pagination} itemLabel="outside bodies" />
    </>
  );
}
