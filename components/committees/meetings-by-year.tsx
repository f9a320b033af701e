import Link from "next/link";
import { StatusTag } from "@/components/ui/status-tag";
import { formatDate, formatTime } from "@/lib/format";
import type { MeetingStatus } from "@/lib/queries/meetings";

/** What a year-by-year list needs of a meeting (a committee page's and the meetings index's rows both fit). */
export interface YearListedMeeting {
  slug: string;
  date: string;
  status: MeetingStatus;
  startTime: string | null;
  isVirtual: boolean;
  hasAgenda: boolean;
  /** Unknown (undefined) where the list was read without minutes. */
  hasMinutes?: boolean;
}

/** One committee's meetings, newest first, under a heading per calendar year. */
export function MeetingsByYear({ meetings, headingLevel = 3, idPrefix = "meetings" }: {
  meetings: YearListedMeeting[];
  headingLevel?: 2 | 3 | 4;
  /** Year headings' ids are `${idPrefix}-${year}`: unique per committee where a page lists several. */
  idPrefix?: string;
}) {
  if (meetings.length === 0) return <p>No meetings of this committee have been published yet.</p>;
  const years = new Map<string, YearListedMeeting[]>();
  for (const m of meetings) years.set(m.date.slice(0, 4), [...(years.get(m.date.slice(0, 4)) ?? []), m]);
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-6">
      {[...years.entries()].map(([year, list]) => (
        <section key={year} aria-labelledby={`${idPrefix}-${year}`}>
          <Heading id={`${idPrefix}-${year}`} className="mb-2 text-xl font-bold">{year}</Heading>
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
