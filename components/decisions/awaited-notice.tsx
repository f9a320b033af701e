import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { SiteCurrency } from "@/lib/queries/site-status";

/**
 * Why the newest decisions are older than the newest papers: the latest meeting's minutes are not
 * on record yet. Says which meeting, what it took, and when its minutes are planned.
 */
export function AwaitedDecisionsNotice({ currency, newestDecisionDate }: { currency: SiteCurrency; newestDecisionDate: string | null }) {
  const latest = currency.latest;
  if (!latest || latest.hasMinutes || (newestDecisionDate && newestDecisionDate >= latest.date)) return null;
  const reports = latest.items.filter((i) => i.reportSlug).length;
  const planned = currency.plannedNext.find((p) => p.takesLatestMinutes);
  return (
    <div className="mb-8 max-w-3xl border-l-4 border-brand bg-panel px-4 py-3">
      <p>
        <strong>Decisions of the meeting on {formatDate(latest.date)} are not on record yet.</strong>{" "}
        The committee took {reports === 1 ? "1 report" : `${reports} reports`} that day (
        <Link prefetch={false} href={`/meetings/${latest.slug}#agenda-heading`}>see the agenda</Link>); what it resolved will be listed here
        when the minutes are published{planned ? <>, planned for the meeting on {formatDate(planned.date, { weekday: false })}</> : ""}.
        {newestDecisionDate && <> The newest minutes on record are those of {formatDate(newestDecisionDate, { weekday: false })}.</>}
      </p>
    </div>
  );
}
