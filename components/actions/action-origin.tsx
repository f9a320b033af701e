import Link from "next/link";
import { formatDate } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { ActionOrigin } from "@/lib/queries/actions";

/** "Minute 52, Cambridgeshire adult learning and skills service, meeting on 17 April 2018" (the meeting linked when it has a page). */
export function ActionOriginText({ origin, committeeName }: { origin: ActionOrigin; committeeName: string }) {
  const minute = origin.minuteNumber ? `Minute ${origin.minuteNumber}` : "Minute number not given";
  const date = origin.date ? formatDate(origin.date) : null;
  return (
    <>
      {minute}
      {origin.itemTitle && <>: {readableCase(origin.itemTitle, { properNames: [committeeName] })}</>}
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
