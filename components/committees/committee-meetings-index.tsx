import Link from "next/link";
import { MeetingsByYear } from "@/components/committees/meetings-by-year";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import { listPath } from "@/lib/pagination/paged-lists";
import type { MeetingsPage } from "@/lib/queries/meetings";

/** One page of a committee's meetings, newest first, under a heading per year. */
export function CommitteeMeetingsIndex({ committee, data, page }: { committee: { slug: string; name: string }; data: MeetingsPage; page: number }) {
  const path = listPath("committee-meetings", committee.slug);
  const pagination = paginate(page, data.total, (p) => pagePath(path, p));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/committees", label: "Committees" }, { href: `/committees/${committee.slug}`, label: committee.name },
          ...(page > 1 ? [{ href: path, label: "Meetings" }] : []),
        ]}
        current={page > 1 ? `Page ${page}` : "Meetings"}
      />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Meetings of the {committee.name}</h1>
      <p className="mb-6 max-w-3xl text-lg">
        {data.total === 1 ? "1 meeting" : `${data.total} meetings`}, newest first. Each meeting page has its agenda, reports,
        minutes and decisions. <Link prefetch={false} href={`/committees/${committee.slug}`}>About the committee, its members and plans</Link>.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: meetings {pagination.from} to {pagination.to}.</p>
      )}
      <MeetingsByYear meetings={data.meetings} headingLevel={2} />
      <Pagination pagination={pagination} itemLabel="meetings" />
    </>
  );
}
