import Link from "next/link";
import { describeVotes, formatDate, shortenText } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { DecisionListEntry } from "@/lib/queries/decisions";
import { OutcomeTag } from "./outcome-tag";

/** Decisions as a list: what was decided, when, by whom, how, and on which report. */
export function DecisionList({ decisions, positions }: { decisions: DecisionListEntry[]; positions: Record<string, { position: number; of: number }> }) {
  return (
    <ol className="divide-y divide-rule border-y border-rule">
      {decisions.map((d) => {
        const { position, of } = positions[d.slug] ?? { position: 1, of: 1 };
        const votes = describeVotes(d.votesFor, d.votesAgainst, d.abstentions);
        return (
          <li key={d.slug} className="py-4">
            <h3 className="text-lg font-bold">
              <Link prefetch={false} href={`/decisions/${d.slug}`}>
                {readableCase(d.minuteTitle, { properNames: [d.committee.name] })}
                {of > 1 ? ` (decision ${position} of ${of})` : ""}
              </Link>
            </h3>
            <p className="text-sm text-muted">
              {d.committee.name}, <time dateTime={d.meeting.date}>{formatDate(d.meeting.date)}</time>{d.minuteLabel ? `, minute ${d.minuteLabel}` : ""}
            </p>
            <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
              <OutcomeTag outcome={d.outcome} />
              {votes && <span className="text-sm">Votes: {votes}</span>}
            </p>
            <p className="mt-2 max-w-3xl">{shortenText(d.text, 320)}</p>
            {d.report && (
              <p className="mt-1 text-sm">
                On the report <Link prefetch={false} href={`/reports/${d.report.slug}`}>{readableCase(d.report.title, { properNames: [d.committee.name] })}</Link>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
