import Link from "next/link";
import { formatDate, formatStatus } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { CommitteeAction } from "@/lib/queries/committees";

/**
 * The newest actions from the minutes that the newest action log does not mark complete (a summary:
 * the committee's actions page lists every one, open and completed).
 */
export function OpenActions({ actions, open, completed, committeeName, committeeSlug }: {
  actions: CommitteeAction[]; open: number; completed: number; committeeName: string; committeeSlug: string;
}) {
  const names = { properNames: [committeeName] };
  return (
    <>
      {actions.length === 0 ? (
        <p>No open actions.</p>
      ) : (
        <ul className="divide-y divide-rule border-y border-rule">
          {actions.map((a) => (
            <li key={a.slug} className="py-3">
              <Link prefetch={false} href={`/actions/${a.slug}`}>{a.description}</Link>
              <p className="mt-1 text-sm text-muted">
                {[
                  a.minuteNumber ? `Minute ${a.minuteNumber}${a.itemTitle ? `, ${readableCase(a.itemTitle, names)}` : ""}` : a.itemTitle ? readableCase(a.itemTitle, names) : null,
                  a.originMeetingDate ? `meeting of ${formatDate(a.originMeetingDate, { weekday: false })}` : null,
                  a.responsible ? `responsible: ${a.responsible}` : null,
                  a.status ? `status: ${formatStatus(a.status)}` : "no status given yet",
                ].filter(Boolean).join("; ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      {open > actions.length && (
        <p className="mt-4 text-muted">The {actions.length} newest of {open} open actions.</p>
      )}
      {completed > 0 && (
        <p className="mt-4 text-muted">
          {completed === 1 ? "1 completed action is" : `${completed} completed actions are`} not listed here.
        </p>
      )}
      {open + completed > actions.length && (
        <p className="mt-4">
          <Link prefetch={false} href={`/committees/${committeeSlug}/actions`}>All {open + completed} actions of the {committeeName}</Link>
        </p>
      )}
    </>
  );
}
