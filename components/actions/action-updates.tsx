import Link from "next/link";
import { LinkedText } from "@/components/ui/linked-text";
import { formatDate } from "@/lib/format";
import type { ActionUpdateView } from "@/lib/queries/actions";
import { ActionStatus } from "./action-status";

/** Each action log that reported on the action, oldest first, with its comment and status. */
export function ActionUpdates({ updates }: { updates: ActionUpdateView[] }) {
  if (updates.length === 0) {
    return <p>No action log has reported on this action yet. It is known from the minutes only.</p>;
  }
  return (
    <ol className="space-y-6 border-l-4 border-rule pl-4">
      {updates.map((u, i) => (
        <li key={i}>
          <h3 className="text-lg font-bold">
            {u.meeting ? (
              <>
                Action log for the{" "}
                <Link prefetch={false} href={`/meetings/${u.meeting.slug}`}>meeting on {formatDate(u.meeting.date)}</Link>
              </>
            ) : (
              "Action log (meeting not known)"
            )}
          </h3>
          <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
            <dt className="font-bold">Status</dt>
            <dd><ActionStatus status={u.status} isComplete={/complete|closed|done/i.test(u.status ?? "")} /></dd>
            <dt className="font-bold">Comment</dt>
            <dd>{u.comment ? <LinkedText text={u.comment} /> : "No comment given"}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
