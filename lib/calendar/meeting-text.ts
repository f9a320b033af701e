/**
 * How a meeting's place, time and state read in a feed entry or a calendar event (outside the
 * pages, which have their own components).
 */
import { formatDate, formatTime } from "@/lib/format";
import type { MeetingEvent, StoredMeetingStatus } from "@/lib/queries/calendar";

type Place = Pick<MeetingEvent, "venue" | "room" | "isVirtual" | "virtualPlatforms">;

/** "Online (Zoom, Microsoft Teams)", or the venue with its room; null when the papers give neither. */
export function meetingLocation(m: Place): string | null {
  if (m.isVirtual) return `Online${m.virtualPlatforms ? ` (${m.virtualPlatforms})` : ""}`;
  if (m.room && m.venue && !m.venue.includes(m.room)) return `${m.room}, ${m.venue}`;
  return m.venue ?? m.room ?? null;
}

const STATUS_WORDS: Partial<Record<StoredMeetingStatus, string>> = {
  cancelled: "Cancelled", postponed: "Postponed", reserve: "Reserve date", provisional: "Provisional",
};

/** A word for a state readers must notice before they set off ("Cancelled"); null for an ordinary meeting. */
export function statusWord(status: StoredMeetingStatus): string | null {
  return STATUS_WORDS[status] ?? null;
}

/** "Thursday 31 May 2018, 2pm to 4pm" */
export function meetingWhen(m: Pick<MeetingEvent, "date" | "startTime" | "endTime">): string {
  const time = m.startTime ? `, ${formatTime(m.startTime)}${m.endTime ? ` to ${formatTime(m.endTime)}` : ""}` : "";
  return `${formatDate(m.date)}${time}`;
}
