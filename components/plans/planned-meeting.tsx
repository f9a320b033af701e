import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatDate } from "@/lib/format";
import type { PlannedMeeting } from "@/lib/queries/plans";

export function plannedMeetingLabel(m: PlannedMeeting): string {
  return m.date ? formatDate(m.date) : (m.dateAsPrinted ?? "Date not given");
}

export function plannedMeetingAnchor(m: PlannedMeeting, index: number): string {
  return `plan-${m.date ?? `undated-${index}`}`;
}

function KindTag({ m }: { m: PlannedMeeting }) {
  if (m.isReserve) return <strong className="inline-block bg-panel px-2 py-0.5 align-middle text-sm font-bold text-ink">Reserve date</strong>;
  if (m.isProvisional) return <strong className="inline-block bg-[#fff2cc] px-2 py-0.5 align-middle text-sm font-bold text-ink">Provisional meeting</strong>;
  return null;
}

/** The value shared by every row, or undefined when rows differ (then it goes in a column). */
function shared<T>(values: T[]): T | null | undefined {
  const distinct = [...new Set(values.filter((v) => v !== null))];
  if (distinct.length === 0) return null;
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** One committee date of the forward plan: its kind, deadlines and a table of planned items. */
export function PlannedMeetingSection({ meeting: m, index, headingLevel = 3 }: { meeting: PlannedMeeting; index: number; headingLevel?: 3 | 4 }) {
  const id = plannedMeetingAnchor(m, index);
  const label = plannedMeetingLabel(m);
  const deadline = shared(m.entries.map((e) => e.draftDeadline));
  const despatch = shared(m.entries.map((e) => e.despatchDate));
  const perRowDates = deadline === undefined || despatch === undefined;
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="scroll-mt-4">
      <Heading id={`${id}-heading`} className="mb-2 text-xl font-bold">
        {m.date ? <time dateTime={m.date}>{label}</time> : label}{" "}
        <KindTag m={m} />
      </Heading>
      <dl className="mb-3 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[13rem_1fr]">
        {!perRowDates && (deadline || despatch) && (
          <>
            <dt className="font-bold">Deadline for draft reports</dt>
            <dd>{deadline ? formatDate(deadline) : "Not given"}</dd>
            <dt className="font-bold">Agenda despatch date</dt>
            <dd>{despatch ? formatDate(despatch) : "Not given"}</dd>
          </>
        )}
        {m.meetingSlug && (
          <>
            <dt className="font-bold">Meeting page</dt>
            <dd><Link prefetch={false} href={`/meetings/${m.meetingSlug}`}>Agenda and papers for {label}</Link></dd>
          </>
        )}
      </dl>
      {m.flags.map((f) => (
        <p key={f} className="mb-3 border-l-4 border-warning bg-panel p-3 text-sm">{f}</p>
      ))}
      <TableScroll label={`Items planned for ${label}`}>
        <table className="w-full text-left">
          <caption className="mb-1 text-left text-sm text-muted">
            {m.entries.length === 1 ? "1 item" : `${m.entries.length} items`} planned for {label}
            {m.isReserve ? " (reserve date)" : m.isProvisional ? " (provisional meeting)" : ""}
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">Agenda item</th>
              <th scope="col" className="py-2 pr-4">Lead officer</th>
              {perRowDates && <th scope="col" className="py-2 pr-4">Deadline for draft reports</th>}
              {perRowDates && <th scope="col" className="py-2">Agenda despatch date</th>}
            </tr>
          </thead>
          <tbody>
            {m.entries.map((e, i) => (
              <tr key={i} className="border-b border-rule align-top">
                <td className="py-2 pr-4">
                  {e.item}
                  {e.keyDecisionRef && (
                    <strong className="mt-1 block w-fit bg-[#d2e2f1] px-2 py-0.5 text-sm font-bold text-[#0c2d4a]">
                      Key decision, forward plan ref. {e.keyDecisionRef}
                    </strong>
                  )}
                </td>
                <td className="py-2 pr-4">{e.leadOfficer ?? <span className="text-muted">Not given</span>}</td>
                {perRowDates && <td className="py-2 pr-4">{e.draftDeadline ? formatDate(e.draftDeadline) : <span className="text-muted">Not given</span>}</td>}
                {perRowDates && <td className="py-2">{e.despatchDate ? formatDate(e.despatchDate) : <span className="text-muted">Not given</span>}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
