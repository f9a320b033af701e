import { PhoneLink } from "@/components/ui/phone-link";
import { StatusTag } from "@/components/ui/status-tag";
import { formatDate, formatTime } from "@/lib/format";
import type { MeetingDetail } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";

/** Date, time, place and clerk of a meeting as a description list. */
export function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  const time = meeting.startTime
    ? `${formatTime(meeting.startTime)}${meeting.endTime ? ` to ${formatTime(meeting.endTime)}` : ""}`
    : "Not given";
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 border-y border-rule py-4 sm:grid-cols-[10rem_1fr]">
      <dt className="font-bold">Status</dt>
      <dd><StatusTag status={meeting.status} /></dd>
      <dt className="font-bold">Date</dt>
      <dd><time dateTime={meeting.date}>{formatDate(meeting.date)}</time></dd>
      <dt className="font-bold">Time</dt>
      <dd>{time}</dd>
      <dt className="font-bold">Where</dt>
      <dd>
        {meeting.isVirtual ? (
          <>
            Held virtually{meeting.virtualPlatforms ? ` (${meeting.virtualPlatforms})` : ""}
            {meeting.venue && <span className="block text-sm text-muted">Council address on the agenda: {meeting.venue}</span>}
          </>
        ) : (
          meeting.venue ?? "Not given"
        )}
      </dd>
      {meeting.clerk && (
        <>
          <dt className="font-bold">Clerk</dt>
          <dd>
            {meeting.clerk.name}
            {meeting.clerk.phone && (
              <span className="block">Telephone: <PhoneLink number={meeting.clerk.phone} /></span>
            )}
            {meeting.clerk.email && (
              <span className="block">Email: <a href={`mailto:${meeting.clerk.email}`}>{meeting.clerk.email}</a></span>
            )}
          </dd>
        </>
      )}
      <dt className="font-bold">Official record</dt>
      <dd>
        {/* The council's papers are the record this page is read from: readers checking a fact, or a decision not yet here, go there. */}
        <a href={siteConfig.councilWebsite}>{siteConfig.councilName} website</a>
        <span className="block text-sm text-muted">The council publishes the official agenda, reports and minutes there.</span>
      </dd>
    </dl>
  );
}
