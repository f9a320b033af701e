import Link from "next/link";
import { ActionList } from "@/components/actions/action-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import { listPath } from "@/lib/pagination/paged-lists";
import type { ActionsPage } from "@/lib/queries/actions";

/** One page of a committee's actions, open and completed, newest origin meeting first. */
export function CommitteeActionsIndex({ committee, data, page }: { committee: { slug: string; name: string }; data: ActionsPage; page: number }) {
  const path = listPath("committee-actions", committee.slug);
  const pagination = paginate(page, data.total, (p) => pagePath(path, p));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/committees", label: "Committees" }, { href: `/committees/${committee.slug}`, label: committee.name },
          ...(page > 1 ? [{ href: path, label: "Actions" }] : []),
        ]}
        current={page > 1 ? `Page ${page}` : "Actions"}
      />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Actions of the {committee.name}</h1>
      <p className="mb-6 max-w-3xl text-lg">
        {data.total === 1 ? "1 action" : `${data.total} actions`} from the committee&rsquo;s minutes, open and completed, newest
        meeting first, with the latest status the action logs print. <Link prefetch={false} href="/actions/open">Open actions of every committee</Link>.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: actions {pagination.from} to {pagination.to}.</p>
      )}
      <ActionList actions={data.actions} emptyText="No actions of this committee have been published yet." />
      <Pagination pagination={pagination} itemLabel="actions" />
    </>
  );
}
