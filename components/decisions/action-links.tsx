import Link from "next/link";
import { formatStatus, shortenText } from "@/lib/format";
import type { ActionLink } from "@/lib/queries/decisions";

/** Actions a minute created, linked to their pages, with the latest status the action log gives. */
export function ActionLinks({ actions }: { actions: ActionLink[] }) {
  return (
    <ul className="space-y-2">
      {actions.map((a) => (
        <li key={a.slug}>
          <Link prefetch={false} href={`/actions/${a.slug}`}>{shortenText(a.description, 160)}</Link>
          <span className="block text-sm text-muted">
            {a.responsible ? `Responsible: ${a.responsible}. ` : ""}
            Status: {a.status ? formatStatus(a.status) : a.isComplete ? "Complete" : "Not reported yet"}
          </span>
        </li>
      ))}
    </ul>
  );
}
