import { meetingCalendarPath } from "@/lib/feeds/paths";

/** A link to the meeting as an .ics file, which phones and desktop calendars open to add the event. */
export function AddToCalendar({ slug }: { slug: string }) {
  return (
    <p className="no-print mt-4">
      <a href={meetingCalendarPath(slug)} download className="font-bold">Add this meeting to your calendar</a>
      <span className="text-muted"> (.ics file for Outlook, Google or Apple Calendar)</span>
    </p>
  );
}
