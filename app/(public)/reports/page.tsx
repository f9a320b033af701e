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
      <p className="mb-8 max-w-3xl text-lg">Officer reports to committee meetings, newest meeting first, in agenda order.</p>
      {meetings.length === 0 && <p>No reports have been published yet.</p>}
      <div className="space-y-10">
        {meetings.map((m) => (
          <section key={m.slug} aria-labelledby={`reports-${m.slug}`}>
            <h2 id={`reports-${m.slug}`} className="mb-3 text-2xl font-bold">
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
