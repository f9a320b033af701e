import Link from "next/link";
import { formatDate, unshout } from "@/lib/format";
import type { ActionOrigin } from "@/lib/queries/actions";

/** "Minute 52, Cambridgeshire adult learning and skills service, meeting on 17 April 2018" (the meeting linked when it has a page). */
export function ActionOriginText({ origin }: { origin: ActionOrigin }) {
  const minute = origin.minuteNumber ? `Minute ${origin.minuteNumber}` : "Minute number not given";
  const date = origin.date ? formatDate(origin.date) : null;
  return (
    <>
      {minute}
      {origin.itemTitle && <>: {unshout(origin.itemTitle)}</>}
      {date && (
        <>
          {", "}
          {origin.meetingSlug ? (
            <Link prefetch={false} href={`/meetings/${origin.meetingSlug}`}>meeting on {date}</Link>
          ) : (
            <>meeting on {date}</>
          )}
        </>
      )}
    </>
  );
}
