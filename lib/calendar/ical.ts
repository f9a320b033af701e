/**
 * iCalendar files of meetings (RFC 5545, written by ical-generator with the Europe/London
 * VTIMEZONE from @touch4it/ical-timezones): a subscription calendar site-wide or for one
 * committee, and a single meeting's "add to calendar" file. Pure: public records in, text out.
 */
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { meetingLocation, statusWord } from "@/lib/calendar/meeting-text";
import type { MeetingEvent, StoredMeetingStatus } from "@/lib/queries/calendar";
import { siteConfig } from "@/lib/site-config";

export const TIME_ZONE = "Europe/London";

/** A meeting's UID: its slug (never changes once published) at this site's host, so re-subscribing updates, not duplicates. */
export function meetingUid(slug: string): string {
  return `meeting-${slug}@${new URL(siteConfig.siteUrl).host}`;
}

const STATUS: Record<StoredMeetingStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  // A postponed meeting does not take place on this date; its new date is a meeting of its own.
  cancelled: ICalEventStatus.CANCELLED,
  postponed: ICalEventStatus.CANCELLED,
  reserve: ICalEventStatus.TENTATIVE,
  provisional: ICalEventStatus.TENTATIVE,
};

/**
 * UK wall-clock time as ical-generator takes it with a time zone: a date-time string without an
 * offset, which it writes out unchanged as `DTSTART;TZID=Europe/London:…` whatever the server's
 * own time zone (a Date would be read in the server's zone).
 */
const wallClock = (date: string, hhmm: string) => `${date}T${hhmm}:00`;

/** The VTIMEZONE block; an error rather than a calendar whose times no client can place. */
function londonVtimezone(zone: string): string {
  const block = getVtimezoneComponent(zone);
  if (!block) throw new Error(`No VTIMEZONE definition found for ${zone}`);
  return block;
}

export function meetingsCalendar(events: MeetingEvent[], options: { name: string; description: string; path: string }): string {
  const calendar = new ICalCalendar({
    name: options.name,
    description: options.description,
    prodId: { company: siteConfig.name, product: "Committee meetings", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    url: `${siteConfig.siteUrl}${options.path}`,
    // Refresh twice a day in clients that honour it (REFRESH-INTERVAL / X-PUBLISHED-TTL).
    ttl: 12 * 60 * 60,
  });
  // No calendar-wide zone name: DTSTAMP and LAST-MODIFIED stay in UTC as RFC 5545 requires, while
  // each event's TZID=Europe/London brings in the VTIMEZONE definition.
  calendar.timezone({ name: null, generator: londonVtimezone });
  calendar.x("X-WR-TIMEZONE", TIME_ZONE);
  for (const m of events) {
    const link = `${siteConfig.siteUrl}/meetings/${m.slug}`;
    const status = statusWord(m.status);
    const timed = m.startTime !== null;
    calendar.createEvent({
      id: meetingUid(m.slug),
      summary: `${status ? `${status}: ` : ""}${m.committee.name}`,
      ...(timed
        ? { start: wallClock(m.date, m.startTime!), end: m.endTime && m.endTime > m.startTime! ? wallClock(m.date, m.endTime) : undefined, timezone: TIME_ZONE }
        : { start: new Date(`${m.date}T00:00:00Z`), allDay: true }), // a date: read in UTC, written as VALUE=DATE
      status: STATUS[m.status],
      location: meetingLocation(m),
      url: link,
      description: [m.statusNote, `Agenda, reports, minutes and decisions: ${link}`].filter(Boolean).join("\n\n"),
      stamp: new Date(m.updatedAt),
      lastModified: new Date(m.updatedAt),
    });
  }
  return calendar.toString();
}
