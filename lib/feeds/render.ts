/**
 * One feed or calendar file, read and rendered: what the route handlers under /feeds,
 * /committees/<slug>/feeds and /meetings/<slug>/calendar.ics serve.
 */
import "server-only";
import { meetingsCalendar } from "@/lib/calendar/ical";
import { decisionsAtom, documentsAtom, inScope, meetingsAtom, type FeedScope } from "@/lib/feeds/atom";
import { ATOM_TYPE, FEED_FILES, feedPath, ICS_TYPE, meetingCalendarPath, type FeedFile } from "@/lib/feeds/paths";
import type { FeedBody } from "@/lib/feeds/response";
import { formatDate } from "@/lib/format";
import { listMeetingEvents } from "@/lib/queries/calendar";
import { listPublishedCommittees } from "@/lib/queries/committees";
import { listPublishedDecisions } from "@/lib/queries/decisions";
import { listFeedDocuments } from "@/lib/queries/feeds";
import { siteConfig } from "@/lib/site-config";

const ATOM = `${ATOM_TYPE}; charset=utf-8`;
const ICS = `${ICS_TYPE}; charset=utf-8`;

/** The committee a feed is for; null when the slug names no public committee. */
async function findScope(committeeSlug: string | undefined): Promise<FeedScope | null> {
  if (committeeSlug === undefined) return undefined;
  const committee = (await listPublishedCommittees()).find((c) => c.slug === committeeSlug);
  return committee ? { slug: committee.slug, name: committee.name } : null;
}

/** A feed file site-wide (no slug) or for one committee; null when that committee is not public. */
export async function renderFeedFile(file: FeedFile, committeeSlug?: string, now = new Date()): Promise<FeedBody | null> {
  const scope = await findScope(committeeSlug);
  if (scope === null) return null;
  switch (file) {
    case "meetings.atom":
      return { body: meetingsAtom(await listMeetingEvents(), scope, now), contentType: ATOM };
    case "documents.atom":
      return { body: documentsAtom(await listFeedDocuments(), scope), contentType: ATOM };
    case "decisions.atom":
      return { body: decisionsAtom(await listPublishedDecisions(), scope), contentType: ATOM };
    case "meetings.ics": {
      const owner = scope ? scope.name : siteConfig.councilName;
      const body = meetingsCalendar(inScope(await listMeetingEvents(), scope), {
        name: `${owner}: ${FEED_FILES[file].title.toLowerCase()}`,
        description: `Committee meetings of ${owner}, from ${siteConfig.name}.`,
        path: feedPath(file, scope?.slug),
      });
      return { body, contentType: ICS, filename: scope ? `${scope.slug}-meetings.ics` : "meetings.ics" };
    }
  }
}

/** One meeting as an "add to calendar" file; null when it is not public. */
export async function renderMeetingCalendar(meetingSlug: string): Promise<FeedBody | null> {
  const meeting = (await listMeetingEvents()).find((m) => m.slug === meetingSlug);
  if (!meeting) return null;
  const body = meetingsCalendar([meeting], {
    name: `${meeting.committee.name}, ${formatDate(meeting.date)}`,
    description: `A meeting of the ${meeting.committee.name}, from ${siteConfig.name}.`,
    path: meetingCalendarPath(meeting.slug),
  });
  return { body, contentType: ICS, filename: `${meeting.slug}.ics` };
}
