import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { CommitteeDetail, PlannedMeeting } from "@/lib/queries/committees";

const SHOWN_IN_FULL = 3;

function plannedDate(m: PlannedMeeting): React.ReactNode {
  const label = m.date ? <time dateTime={m.date}>{formatDate(m.date)}</time> : (m.dateAsPrinted ?? "Date not given");
  const flags = [m.isReserve ? "reserve date" : null, m.isProvisional ? "provisional" : null].filter(Boolean);
  return <>{label}{flags.length > 0 && <span className="font-normal text-muted"> ({flags.join(", ")})</span>}</>;
}

/**
 * The agenda plan from the newest pack: the meetings it plans from that pack's date on, the
 * first few with their items, the rest as dates. The full plan is on /forward-plan.
 */
export function ForwardPlanSummary({ plan }: { plan: CommitteeDetail["plan"] }) {
  if (!plan) return <p>No agenda plan has been published for this committee.</p>;
  const ahead = plan.meetings.filter((m) => !m.date || m.date >= plan.publishedWith.date);
  const full = ahead.slice(0, SHOWN_IN_FULL);
  const later = ahead.slice(SHOWN_IN_FULL);
  return (
    <>
      <p className="mb-4">
        As published with the agenda for the{" "}
        <Link prefetch={false} href={`/meetings/${plan.publishedWith.slug}`}>meeting on {formatDate(plan.publishedWith.date)}</Link>.
      </p>
      {ahead.length === 0 && <p>That plan lists no meetings after its own.</p>}
      <div className="space-y-6">
        {full.map((m, i) => (
          <section key={`${m.date}-${i}`} aria-labelledby={`plan-${i}`}>
            <h3 id={`plan-${i}`} className="mb-2 text-lg font-bold">{plannedDate(m)}</h3>
            <ul className="list-disc space-y-1 pl-6">
              {m.items.map((it, j) => (
                <li key={j}>
                  {it.item}
                  {(it.leadOfficer || it.keyDecisionRef) && (
                    <span className="text-muted">
                      {" "}({[it.leadOfficer ? `lead: ${it.leadOfficer}` : null, it.keyDecisionRef ? `key decision ${it.keyDecisionRef}` : null]
                        .filter(Boolean).join("; ")})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {later.length > 0 && (
        <section aria-labelledby="plan-later" className="mt-6">
          <h3 id="plan-later" className="mb-2 text-lg font-bold">Later planned meetings</h3>
          <ul className="list-disc space-y-1 pl-6">
            {later.map((m, i) => (
              <li key={`${m.date}-${i}`}>
                {plannedDate(m)}: {m.items.length === 1 ? "1 item" : `${m.items.length} items`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6">
        <Link prefetch={false} href="/forward-plan">See the full forward plan</Link>
      </p>
    </>
  );
}
