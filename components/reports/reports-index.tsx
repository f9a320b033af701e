import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { formatDate } from "@/lib/format";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import type { ReportsPage } from "@/lib/queries/reports";
import { readableCase } from "@/lib/text/readable-case";

/** One page of the reports list, under their meetings, with a contents list and the pagination bar. */
export function ReportsIndex({ data, page }: { data: ReportsPage; page: number }) {
  const { reports } = data;
  const pagination = paginate(page, data.total, (p) => pagePath("/reports", p));
  const meetings = [...new Map(reports.map((r) => [r.meeting.slug, { ...r.meeting, committee: r.committee.name }])).values()];
  return (
    <>
      <Breadcrumbs trail={page > 1 ? [{ href: "/reports", label: "Reports" }] : []} current={page > 1 ? `Page ${page}` : "Reports"} />
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Reports</h1>
      <p className="mb-8 max-w-3xl text-lg">
        {data.total === 1 ? "1 officer report" : `${data.total} officer reports`} to committee meetings, newest meeting
        first, in agenda order{pagination.count > 1 ? `, ${pagination.size} to a page` : ""}.{" "}
        <Link prefetch={false} href="/meetings">All meetings</Link> are listed newest first.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: reports {pagination.from} to {pagination.to}.</p>
      )}
      {meetings.length === 0 && <p>No reports have been published yet.</p>}
      {meetings.length > 1 && (
        <nav aria-label="Meetings on this page" className="mb-10 border-l-4 border-brand bg-panel p-4">
          <h2 className="text-lg font-bold">Contents</h2>
          <ul className="mt-1 list-disc pl-6">
            {meetings.map((m) => (
              <li key={m.slug}>
                <a href={`#reports-${m.slug}`}>{m.committee}, {formatDate(m.date)}</a>{" "}
                <span className="text-sm text-muted">({reports.filter((r) => r.meeting.slug === m.slug).length})</span>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="space-y-10">
        {meetings.map((m) => (
          <section key={m.slug} aria-labelledby={`reports-${m.slug}`}>
            <h2 id={`reports-${m.slug}`} className="mb-3 scroll-mt-4 text-xl font-bold sm:text-2xl">
              <Link prefetch={false} href={`/meetings/${m.slug}`}>{m.committee}, {formatDate(m.date)}</Link>
            </h2>
            <ul className="divide-y divide-rule border-y border-rule">
              {reports.filter((r) => r.meeting.slug === m.slug).map((r) => (
                <li key={r.slug} className="py-3">
                  {r.agendaItemNumber && <span className="mr-2 text-muted">Item {r.agendaItemNumber}</span>}
                  <Link prefetch={false} href={`/reports/${r.slug}`} className="font-bold">{readableCase(r.title, { properNames: [r.committee.name] })}</Link>
                  {r.keyDecision && <span className="ml-2 text-sm font-bold">Key decision</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <Pagination pagination={pagination} itemLabel="reports" />
    </>
  );
}
