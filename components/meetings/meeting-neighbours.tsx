import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { MeetingNeighbour } from "@/lib/queries/meetings";

/**
 * Links to the committee's previous and next meetings held on this site, and, where the
 * meeting's own agenda names a next meeting this site holds no papers for, that date in words:
 * the two must not be confused ("Next meeting: 4 March 2021" beside "Date of Next Meeting - 5th July").
 */
export function MeetingNeighbours({ previous, next, stated, committee }: {
  previous: MeetingNeighbour | null; next: MeetingNeighbour | null; stated: string | null; committee: string;
}) {
  const statedNotHeld = stated !== null && next?.date !== stated;
  return (
    <>
      {statedNotHeld && (
        <p className="mb-4">
          The agenda gives the next meeting as <time dateTime={stated}>{formatDate(stated, { weekday: false })}</time>;
          no papers for it are held on this site yet.
        </p>
      )}
      {!previous && !next ? (
        <p>This is the only {committee} meeting on this site.</p>
      ) : (
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {previous && (
            <li>
              <span className="block text-sm text-muted">Previous meeting on this site</span>
              <Link prefetch={false} href={`/meetings/${previous.slug}`} rel="prev">{formatDate(previous.date)}</Link>
            </li>
          )}
          {next && (
            <li className="sm:text-right">
              <span className="block text-sm text-muted">{statedNotHeld ? "Next meeting with papers on this site" : "Next meeting on this site"}</span>
              <Link prefetch={false} href={`/meetings/${next.slug}`} rel="next">{formatDate(next.date)}</Link>
            </li>
          )}
        </ul>
      )}
    </>
  );
}
