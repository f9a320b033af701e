import Link from "next/link";
import { formatDate } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { StrategyListEntry } from "@/lib/queries/strategies";

/** Delivery plans and action logs, each with where it was presented and how big it is. */
export function StrategyList({ strategies }: { strategies: StrategyListEntry[] }) {
  if (strategies.length === 0) return <p>No delivery plans or strategies have been published yet.</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {strategies.map((s) => (
        <li key={s.slug} className="py-4">
          <h2 className="text-xl font-bold">
            <Link prefetch={false} href={`/strategies/${s.slug}`}>{readableCase(s.title, { properNames: [s.committee.name] })}</Link>
          </h2>
          <p className="mt-1">
            {s.committee.name}, meeting on {formatDate(s.meeting.date)}
            {s.report && <>, in the report &ldquo;{readableCase(s.report.title, { properNames: [s.committee.name] })}&rdquo;</>}
          </p>
          <p className="mt-1 text-sm text-muted">
            {s.priorityCount === 1 ? "1 priority" : `${s.priorityCount} priorities`},{" "}
            {s.actionCount === 1 ? "1 action" : `${s.actionCount} actions`}
          </p>
        </li>
      ))}
    </ul>
  );
}
