import Link from "next/link";
import { listPath } from "@/lib/pagination/paged-lists";
import { formatDate } from "@/lib/format";
import { planPath, type CommitteePlan } from "@/lib/queries/plans";
import { PlannedMeetingSection, plannedMeetingAnchor, plannedMeetingLabel } from "./planned-meeting";

/** One committee's agenda plan as one pack printed it: which pack, its key decisions, then each committee date. */
/** Earlier printings named inline; fifteen years of packs page at /committees/<slug>/plans. */
const EARLIER_SHOWN = 5;

export function CommitteeForwardPlan({ plan, index }: { plan: CommitteePlan; index: number }) {
  const keyDecisions = plan.meetings.flatMap((m, mi) =>
    m.entries.filter((e) => e.keyDecisionRef).map((e) => ({ ...e, meeting: m, anchor: plannedMeetingAnchor(m, mi) })),
  );
  const itemCount = plan.meetings.reduce((n, m) => n + m.entries.length, 0);
  return (
    <section aria-labelledby={`committee-plan-${index}`} className="mt-8">
      <h2 id={`committee-plan-${index}`} className="mb-3 text-2xl font-bold">
        {plan.committee.name}
      </h2>
      <div className="mb-6 border-l-4 border-brand bg-panel p-4">
        <p>
          The agenda plan as printed in the agenda pack for the{" "}
          <Link prefetch={false} href={`/meetings/${plan.publishedWith.slug}`}>{plan.committee.name} meeting on {formatDate(plan.publishedWith.date)}</Link>.
          It lists {plan.meetings.length === 1 ? "1 committee date" : `${plan.meetings.length} committee dates`} and{" "}
          {itemCount === 1 ? "1 item" : `${itemCount} items`}.
        </p>
        {plan.newest && (
          <p className="mt-2">
            <strong>This plan has been replaced.</strong> Dates and items may have changed since; see the{" "}
            <Link prefetch={false} href="/forward-plan">newest plan, printed for the meeting on {formatDate(plan.newest.printedWith.date)}</Link>.
          </p>
        )}
        {!plan.newest && plan.earlier.length > 0 && (
          <p className="mt-2">
            It replaces {plan.earlier.length === 1 ? "the plan" : `${plan.earlier.length} plans`} printed in earlier packs
            {plan.earlier.length > EARLIER_SHOWN ? `, the latest ${EARLIER_SHOWN}` : ""}:{" "}
            {plan.earlier.slice(0, EARLIER_SHOWN).map((e, i) => (
              <span key={e.printedWith.slug}>
                {i > 0 && ", "}
                <Link prefetch={false} href={planPath(e.printedWith.slug)}>plan printed for {formatDate(e.printedWith.date, { weekday: false })}</Link>
              </span>
            ))}
            .
            {plan.earlier.length > EARLIER_SHOWN && (
              <> <Link prefetch={false} href={listPath("committee-plans", plan.committee.slug)}>All {plan.earlier.length + 1} plans printed for the {plan.committee.name}</Link>.</>
            )}
          </p>
        )}
      </div>

      <section aria-labelledby={`key-decisions-${index}`} className="mb-8">
        <h3 id={`key-decisions-${index}`} className="mb-2 text-xl font-bold">Key decisions in this plan</h3>
        {keyDecisions.length === 0 ? (
          <p>The plan marks no item as a key decision.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {keyDecisions.map((k, i) => (
              <li key={i}>
                {k.item} (ref. {k.keyDecisionRef}), <a href={`#${k.anchor}`}>{plannedMeetingLabel(k.meeting)}</a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <nav aria-labelledby={`dates-${index}`} className="mb-8">
        <h3 id={`dates-${index}`} className="mb-2 text-xl font-bold">Committee dates</h3>
        <ol className="space-y-1 sm:columns-2 sm:gap-x-6">
          {plan.meetings.map((m, mi) => (
            <li key={mi}>
              <a href={`#${plannedMeetingAnchor(m, mi)}`}>{plannedMeetingLabel(m)}</a>
              {m.isReserve && <span className="text-muted"> (reserve date)</span>}
              {m.isProvisional && <span className="text-muted"> (provisional)</span>}
            </li>
          ))}
        </ol>
      </nav>

      <div className="space-y-10">
        {plan.meetings.map((m, mi) => (
          <PlannedMeetingSection key={mi} meeting={m} index={mi} />
        ))}
      </div>
    </section>
  );
}
