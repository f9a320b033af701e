/**
 * Where the feeds and calendars live. One table of file names, used by the route handlers, the
 * proxy's slug gate, the pages that advertise the feeds, and the sitemap.
 *
 *   site-wide        /feeds/<file>
 *   one committee    /committees/<slug>/feeds/<file>
 *   one meeting      /meetings/<slug>/calendar.ics
 */
import type { Metadata } from "next";

export const FEED_FILES = {
  "meetings.atom": { kind: "atom", title: "Meetings" },
  "documents.atom": { kind: "atom", title: "Reports and minutes" },
  "decisions.atom": { kind: "atom", title: "Decisions" },
  "meetings.ics": { kind: "ics", title: "Meetings calendar" },
} as const;
export type FeedFile = keyof typeof FEED_FILES;

export function isFeedFile(name: string): name is FeedFile {
  return Object.hasOwn(FEED_FILES, name);
}

export function feedPath(file: FeedFile, committeeSlug?: string): string {
  return committeeSlug ? `/committees/${committeeSlug}/feeds/${file}` : `/feeds/${file}`;
}

export function meetingCalendarPath(meetingSlug: string): string {
  return `/meetings/${meetingSlug}/calendar.ics`;
}

export const ATOM_TYPE = "application/atom+xml";
export const ICS_TYPE = "text/calendar";

/**
 * `alternates` for a page's metadata: its canonical path and `<link rel="alternate">` for the
 * Atom feeds and the calendar (of one committee, or site-wide), so browsers and feed readers find them.
 */
export function feedAlternates(canonical: string, committee?: { slug: string; name: string }): NonNullable<Metadata["alternates"]> {
  const prefix = committee ? `${committee.name}: ` : "";
  const links = (kind: "atom" | "ics") => (Object.keys(FEED_FILES) as FeedFile[])
    .filter((file) => FEED_FILES[file].kind === kind)
    .map((file) => ({ url: feedPath(file, committee?.slug), title: `${prefix}${FEED_FILES[file].title}` }));
  return { canonical, types: { [ATOM_TYPE]: links("atom"), [ICS_TYPE]: links("ics") } };
}
