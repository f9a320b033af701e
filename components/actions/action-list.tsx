import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { ActionListEntry } from "@/lib/queries/actions";
import { ActionOriginText } from "./action-origin";
import { ActionOwner } from "./action-owner";
import { ActionStatus } from "./action-status";

interface OriginGroup {
  key: string;
  heading: string;
  actions: ActionListEntry[];
}

/** Group actions by the meeting whose minutes created them (the list is already newest first). */
function byOriginMeeting(actions: ActionListEntry[]): OriginGroup[] {
  const groups: OriginGroup[] = [];
  for (const a of actions) {
    const key = `${a.committee.slug}:${a.origin.date ?? "unknown"}`;
    let g = groups.find((x) => x.key === key);
    if (!g) {
      g = { key, heading: a.origin.date ? `From the meeting on ${formatDate(a.origin.date)}` : "From a meeting whose date was not given", actions: [] };
      groups.push(g);
    }
    g.actions.push(a);
  }
  return groups;
}

/** Actions as cards under their origin meeting: what, who, status and where it came from. */
export function ActionList({ actions, emptyText }: { actions: ActionListEntry[]; emptyText: string }) {
  if (actions.length === 0) return <p>{emptyText}</p>;
  const committees = new Set(actions.map((a) => a.committee.slug));
  return (
    <div className="space-y-10">
      {byOriginMeeting(actions).map((g, gi) => (
        <section key={g.key} aria-labelledby={`actions-group-${gi}`}>
          <h2 id={`actions-group-${gi}`} className="mb-3 text-2xl font-bold">
            {g.heading}
            {committees.size > 1 && <span className="block text-base font-normal text-muted">{g.actions[0].committee.name}</span>}
          </h2>
          <ul className="divide-y divide-rule border-y border-rule">
            {g.actions.map((a) => (
              <li key={a.slug} className="py-4">
                <p className="font-bold">
                  <Link prefetch={false} href={`/actions/${a.slug}`}>{a.description}</Link>
                </p>
                <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
                  <dt className="font-bold">Status</dt>
                  <dd><ActionStatus status={a.status} isComplete={a.isComplete} /></dd>
                  <dt className="font-bold">Responsible</dt>
                  <dd><ActionOwner action={a} /></dd>
                  <dt className="font-bold">From</dt>
                  <dd><ActionOriginText origin={a.origin} committeeName={a.committee.name} /></dd>
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
