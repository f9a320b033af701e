import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { committees, meetings } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedQuery } from "@/lib/queries/cached";
import { isPublic } from "@/lib/queries/visibility";

/** The meeting states a calendar shows: as stored, since a calendar also marks postponed and provisional meetings. */
export type StoredMeetingStatus = "scheduled" | "held" | "cancelled" | "postponed" | "reserve" | "provisional";

/** A public meeting with what a calendar entry or a feed entry needs. */
export interface MeetingEvent {
  slug: string;
  /** ISO date, in the UK. */
  date: string;
  /** "HH:MM" UK time, or null when the papers give none. */
  startTime: string | null;
  endTime: string | null;
  status: StoredMeetingStatus;
  statusNote: string | null;
  venue: string | null;
  room: string | null;
  isVirtual: boolean;
  virtualPlatforms: string | null;
  committee: { name: string; slug: string };
  /** ISO 8601 time of the meeting record's last change. */
  updatedAt: string;
}

/** Every public meeting, earliest first: the source of the meetings feeds and calendars. */
export const listMeetingEvents = cachedQuery(
  "listMeetingEvents", [cacheTags.meetings, cacheTags.committees],
  async (): Promise<MeetingEvent[]> => {
    const rows = await db
      .select({
        slug: meetings.slug, date: meetings.meetingDate, startTime: meetings.startTime, endTime: meetings.endTime,
        status: meetings.status, statusNote: meetings.statusNote, venue: meetings.venue, room: meetings.room,
        isVirtual: meetings.isVirtual, virtualPlatforms: meetings.virtualPlatforms, updatedAt: meetings.updatedAt,
        committeeName: committees.name, committeeSlug: committees.slug,
      })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(isPublic.meeting)
      .orderBy(asc(meetings.meetingDate), asc(meetings.startTime), asc(committees.name), asc(meetings.id));
    return rows.map(({ committeeName, committeeSlug, ...r }) => ({ ...r, committee: { name: committeeName, slug: committeeSlug } }));
  },
);
