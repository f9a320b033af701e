import Link from "next/link";
import { formatStatus } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { PersonDetail } from "@/lib/queries/people";

export function ActionsOwned({ actions, name }: { actions: PersonDetail["actionsOwned"]; name: string }) {
  if (actions.length === 0) return <p>No minutes or action log on this site names {name} as responsible for an action.</p>;
  const open = actions.filter((a) => !a.isComplete).length;
  return (
    <>
      <p className="mb-4">{actions.length} {actions.length === 1 ? "action" : "actions"}, {open} still open.</p>
      <ul className="divide-y divide-rule border-y border-rule">
        {actions.map((a) => (
          <li key={a.slug} className="py-3">
            <Link prefetch={false} href={`/actions/${a.slug}`}>{a.description}</Link>
            <span className="block text-sm text-muted">
              {[
                a.isComplete ? "Complete" : "Open",
                a.status ? `status: ${formatStatus(a.status)}` : null,
                a.minuteNumber ? `minute ${a.minuteNumber}${a.itemTitle ? `, ${readableCase(a.itemTitle, { properNames: [a.committee.name] })}` : ""}` : null,
                a.committee.name,
              ].filter(Boolean).join("; ")}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
