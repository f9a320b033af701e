import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MeetingList } from "@/components/meetings/meeting-list";
import { MeetingsByCommittee } from "@/components/meetings/meetings-by-committee";
import { Pagination } from "@/components/ui/pagination";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import type { MeetingListEntry, MeetingsPage } from "@/lib/queries/meetings";

/**
 * One page of the meetings list: on page 1 what is coming up, then the page's meetings (newest
 * first) under their committees and years, and the pagination bar.
 */
export function MeetingsIndex({ page, data, upcoming }: { page: number; data: MeetingsPage; upcoming: MeetingListEntry[] }) {
  const pagination = paginate(page, data.total, (p) => pagePath("/meetings", p));
  return (
    <>
      <Breadcrumbs trail={page > 1 ? [{ href: "/meetings", label: "Meetings" }] : []} current={page > 1 ? `Page ${page}` : "Meetings"} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Meetings</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Every committee meeting on this site, newest first, {pagination.count > 1 ? `${pagination.size} to a page, ` : ""}under
        its committee and year. Each meeting page has its agenda, reports, minutes and decisions. Each{" "}
        <Link prefetch={false} href="/committees">committee</Link> also lists all its own meetings.{" "}
        <Link prefetch={false} href="/reports">All reports</Link> are listed by meeting.
      </p>
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming-heading" className="mb-12">
          <h2 id="upcoming-heading" className="mb-4 text-2xl font-bold">Coming up</h2>
          <MeetingList meetings={upcoming} />
        </section>
      )}
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">
          Page {pagination.page} of {pagination.count}: meetings {pagination.from} to {pagination.to} of {pagination.total}.
        </p>
      )}
      <MeetingsByCommittee meetings={data.meetings} />
      <Pagination pagination={pagination} itemLabel="meetings" />
    </>
  );
}
