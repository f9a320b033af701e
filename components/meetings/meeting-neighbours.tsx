import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { MeetingNeighbour } from "@/lib/queries/meetings";

/** Links to the committee's previous and next meetings on record. */
export function MeetingNeighbours({ previous, next, committee }: { previous: MeetingNeighbour | null; next: MeetingNeighbour | null; committee: string }) {
  if (!previous && !next) return <p>This is the only {committee} meeting on record.</p>;
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {previous && (
        <li>
          <span className="block text-sm text-muted">Previous meeting</span>
          <Link prefetch={false} href={`/meetings/${previous.slug}`} rel="prev">{formatDate(previous.date)}</Link>
        </li>
      )}
      {next && (
        <li className="sm:text-right">
          <span className="block text-sm text-muted">Next meeting</span>
          <Link prefetch={false} href={`/meetings/${next.slug}`} rel="next">{formatDate(next.date)}</Link>
        </li>
      )}
    </ul>
  );
}
