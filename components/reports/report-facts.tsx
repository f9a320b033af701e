import Link from "next/link";
import { formatDate, formatPageRange } from "@/lib/format";
import type { ReportDetail } from "@/lib/queries/reports";

/** Who the report is to and from, for which meeting and item, and whether it is a key decision. */
export function ReportFacts({ report: r }: { report: ReportDetail }) {
  const pages = r.agendaItem ? formatPageRange(r.agendaItem.pageStart, r.agendaItem.pageEnd) : null;
  const keyDecision = r.keyDecision === null ? r.keyDecisionAsPrinted ?? "Not stated" : r.keyDecision ? "Yes" : "No";
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 border-y border-rule py-4 sm:grid-cols-[12rem_1fr]">
      <dt className="font-bold">Meeting</dt>
      <dd>
        <Link prefetch={false} href={`/meetings/${r.meeting.slug}`}>{r.meeting.committee.name}, {formatDate(r.meeting.date)}</Link>
        {r.meetingDateAsPrinted && r.meetingDateAsPrinted.trim() && !sameDay(r.meetingDateAsPrinted, r.meeting.date) && (
          <span className="block text-sm text-muted">The report prints the meeting date as &ldquo;{r.meetingDateAsPrinted}&rdquo;.</span>
        )}
      </dd>
      {r.agendaItem && (
        <>
          <dt className="font-bold">Agenda item</dt>
          <dd>
            <Link prefetch={false} href={`/meetings/${r.meeting.slug}#item-${r.agendaItem.number}`}>Item {r.agendaItem.number}</Link>
            {pages && (r.agendaItem.papersHref
              ? <>, <Link prefetch={false} href={r.agendaItem.papersHref}>agenda pack {pages}</Link></>
              : <span className="text-muted">, agenda pack {pages}</span>)}
          </dd>
        </>
      )}
      {r.toText && (
        <>
          <dt className="font-bold">To</dt>
          <dd>{r.toText}</dd>
        </>
      )}
      <dt className="font-bold">From</dt>
      <dd>{r.fromText ?? "Not stated"}</dd>
      <dt className="font-bold">Electoral divisions</dt>
      <dd>{r.electoralDivisions ?? "Not stated"}</dd>
      <dt className="font-bold">Key decision</dt>
      <dd>
        {keyDecision}
        {r.keyDecision === null && r.keyDecisionAsPrinted && <span className="block text-sm text-muted">Printed where the key decision line should be.</span>}
      </dd>
      <dt className="font-bold">Forward plan reference</dt>
      <dd>{r.forwardPlanRef ?? "None given"}</dd>
    </dl>
  );
}

/** "4 March 2020" vs 2021-03-04: a printed date that names another day is worth pointing out. */
function sameDay(printed: string, iso: string): boolean {
  const d = new Date(`${printed.replace(/(\d+)(st|nd|rd|th)\b/, "$1")} UTC`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
