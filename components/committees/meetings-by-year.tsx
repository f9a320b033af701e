import Link from "next/link";
import { StatusTag } from "@/components/ui/status-tag";
import { formatDate, formatTime } from "@/lib/format";
import type { CommitteeMeeting } from "@/lib/queries/committees";

/** The committee's meetings, newest first, under a heading per calendar year. */
export function MeetingsByYear({ meetings }: { meetings: CommitteeMeeting[] }) {
  if (meetings.length === 0) return <p>No meetings of this committee have been published yet.</p>;
  const years = new Map<string, CommitteeMeeting[]>();
  for (const m of meetings) years.set(m.date.slice(0, 4), [...(years.get(m.date.slice(0, 4)) ?? []), m]);
  return (
    <div className="space-y-6">
      {[...years.entries()].map(([year, list]) => (
        <section key={year} aria-labelledby={`meetings-${year}`}>
          <h3 id={`meetings-${year}`} className="mb-2 text-xl font-bold">{year}</h3>
          <ul className="divide-y divide-rule border-y border-rule">
            {list.map((m) => (
              <li key={m.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3">
                <Link prefetch={false} href={`/meetings/${m.slug}`} className="font-bold">{formatDate(m.date)}</Link>
                <StatusTag status={m.status} />
                <span className="text-muted">
                  {[
                    m.startTime ? formatTime(m.startTime) : null,
                    m.isVirtual ? "held virtually" : null,
                    m.hasAgenda ? "agenda" : "known from minutes only",
                    m.hasMinutes ? "minutes" : null,
                  ].filter(Boolean).join(", ")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
