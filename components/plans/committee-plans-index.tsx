import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { formatDate } from "@/lib/format";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import { listPath } from "@/lib/pagination/paged-lists";
import { planPath, type PlanEditionsPage } from "@/lib/queries/plans";

/** One page of the agenda plans a committee's packs printed, newest pack first. */
export function CommitteePlansIndex({ committee, data, page }: { committee: { slug: string; name: string }; data: PlanEditionsPage; page: number }) {
  const path = listPath("committee-plans", committee.slug);
  const pagination = paginate(page, data.total, (p) => pagePath(path, p));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/committees", label: "Committees" }, { href: `/committees/${committee.slug}`, label: committee.name },
          ...(page > 1 ? [{ href: path, label: "Printed plans" }] : []),
        ]}
        current={page > 1 ? `Page ${page}` : "Printed plans"}
      />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Agenda plans printed for the {committee.name}</h1>
      <p className="mb-6 max-w-3xl text-lg">
        {data.total === 1 ? "1 agenda plan" : `${data.total} agenda plans`}, newest pack first. Each pack prints the plan as it
        stood then; <Link prefetch={false} href="/forward-plan">the forward plan</Link> shows the newest.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: plans {pagination.from} to {pagination.to}.</p>
      )}
      {data.editions.length === 0 ? <p>No agenda plan printed for this committee is published.</p> : (
        <ul className="divide-y divide-rule border-y border-rule">
          {data.editions.map((e) => (
            <li key={e.printedWith.slug} className="py-3">
              <Link prefetch={false} href={planPath(e.printedWith.slug)} className="font-bold">Plan printed for the meeting on {formatDate(e.printedWith.date)}</Link>
              <span className="block text-sm text-muted">{e.itemCount === 1 ? "1 item" : `${e.itemCount} items`}</span>
            </li>
          ))}
        </ul>
      )}
      <Pagination pagination={pagination} itemLabel="plans" />
    </>
  );
}
