import Link from "next/link";
import { formatDate } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { PersonReportRef } from "@/lib/queries/people";

/** Reports linked to a person, with the post and contact details printed beside the name. */
export function ReportList({ reports, empty, note }: {
  reports: (PersonReportRef & { fromText?: string })[];
  empty: string;
  note?: (r: PersonReportRef & { fromText?: string }) => string | null;
}) {
  if (reports.length === 0) return <p>{empty}</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {reports.map((r, i) => (
        <li key={`${r.report.slug}-${i}`} className="py-3">
          <Link prefetch={false} href={`/reports/${r.report.slug}`} className="font-bold">{readableCase(r.report.title, { properNames: [r.committee.name] })}</Link>
          <span className="block text-sm text-muted">
            {[`Meeting on ${formatDate(r.meeting.date)}`, note?.(r) ?? null].filter(Boolean).join("; ")}
          </span>
        </li>
      ))}
    </ul>
  );
}
