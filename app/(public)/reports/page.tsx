import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { formatDate } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import { listPublishedReports } from "@/lib/queries/reports";

export const metadata: Metadata = {
  title: "Reports",
  description: "Every officer report to the council's committees, newest meeting first.",
  alternates: { canonical: "/reports" },
  openGraph: { title: "Reports", description: "Every officer report to the council's committees, newest meeting first.", url: "/reports" },
};

export default async function ReportsPage() {
  const reports = await listPublishedReports();
  const meetings = [...new Map(reports.map((r) => [r.meeting.slug, { ...r.meeting, committee: r.committee.name }])).values()];
  return (
    <>
      <Breadcrumbs trail={[]} current="Reports" />
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Reports</h1>
      <p className="mb-8 max-w-3xl text-lg">
        {reports.length === 1 ? "1 officer report" : `${reports.length} officer reports`} to committee meetings, newest meeting
        first, in agenda order. <Link prefetch={false} href="/meetings">All meetings</Link> are listed by committee and year.
      </p>
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
    </>
  );
}
