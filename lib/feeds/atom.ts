/**
 * The Atom feeds: upcoming and recent meetings, reports and minutes, and decisions, site-wide or
 * for one committee. Pure functions from public records to XML (written by the `feed` library).
 *
 * Entry ids are the records' canonical URLs, which stay put (slugs never change once published);
 * `updated` is the record's last change where the database keeps one, else its meeting's date, so
 * a feed that nothing changed in reads byte for byte the same (and its ETag holds).
 */
import { Feed, type Item } from "feed";
import { formatDate, todayIso } from "@/lib/format";
import { meetingLocation, meetingWhen, statusWord } from "@/lib/calendar/meeting-text";
import { feedPath, type FeedFile } from "@/lib/feeds/paths";
import type { MeetingEvent } from "@/lib/queries/calendar";
import type { DecisionListEntry } from "@/lib/queries/decisions";
import type { FeedDocument } from "@/lib/queries/feeds";
import { siteConfig } from "@/lib/site-config";
import { readableCase } from "@/lib/text/readable-case";

/** Whose records a feed holds: one committee's, or (undefined) every committee's. */
export type FeedScope = { slug: string; name: string } | undefined;

/** Past meetings kept in the meetings feed below the upcoming ones, so it is never empty between seasons. */
export const RECENT_MEETINGS = 20;
/** Entries in the documents and decisions feeds (newest meetings first). */
export const FEED_LENGTH = 50;

const url = (path: string) => `${siteConfig.siteUrl}${path}`;
/** A meeting's date as a time, for records the database keeps no change time for. */
const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function inScope<T extends { committee: { slug: string } }>(records: T[], scope: FeedScope): T[] {
  return scope ? records.filter((r) => r.committee.slug === scope.slug) : records;
}

/** Upcoming meetings, soonest first, then the most recent past ones, newest first. */
export function selectFeedMeetings(events: MeetingEvent[], today: string): MeetingEvent[] {
  const upcoming = events.filter((e) => e.date >= today);
  const past = events.filter((e) => e.date < today).reverse().slice(0, RECENT_MEETINGS);
  return [...upcoming, ...past];
}

function newFeed(file: FeedFile, title: string, description: string, scope: FeedScope, pagePath: string, items: Item[]): string {
  const self = url(feedPath(file, scope?.slug));
  const feed = new Feed({
    id: self,
    title: scope ? `${title}: ${scope.name}` : `${title}: ${siteConfig.councilName}`,
    description,
    link: url(pagePath),
    feedLinks: { atom: self },
    language: "en-GB",
    // The newest entry's time: stable while nothing changes (an empty feed says 1970).
    updated: items.reduce((acc, i) => (i.date > acc ? i.date : acc), new Date(0)),
    author: { name: siteConfig.councilName, link: siteConfig.councilWebsite },
    copyright: siteConfig.dataAttribution,
    generator: siteConfig.name,
  });
  for (const item of items) feed.addItem(item);
  return feed.atom1();
}

export function meetingsAtom(events: MeetingEvent[], scope: FeedScope, now = new Date()): string {
  const items = selectFeedMeetings(inScope(events, scope), todayIso(now)).map((m): Item => {
    const status = statusWord(m.status);
    const place = meetingLocation(m);
    const link = url(`/meetings/${m.slug}`);
    return {
      title: `${status ? `${status}: ` : ""}${m.committee.name}, ${formatDate(m.date)}`,
      id: link,
      link,
      date: new Date(m.updatedAt),
      description: [meetingWhen(m), place, m.statusNote].filter(Boolean).join(". ") + ".",
      category: [{ term: m.committee.slug, name: m.committee.name }],
    };
  });
  return newFeed("meetings.atom", "Meetings", "Upcoming committee meetings, soonest first, then recent ones.", scope, scope ? `/committees/${scope.slug}` : "/calendar", items);
}

export function documentsAtom(documents: FeedDocument[], scope: FeedScope): string {
  const items = inScope(documents, scope).slice(0, FEED_LENGTH).map((d): Item => {
    const link = url(d.path);
    const title = d.kind === "minutes" ? `${d.title} on ${formatDate(d.meeting.date)}` : d.title;
    return {
      title,
      id: link,
      link,
      date: new Date(d.updatedAt),
      description: d.kind === "report"
        ? `Report to the ${d.committee.name} meeting on ${formatDate(d.meeting.date)}.${d.summary ? ` ${d.summary}` : ""}`
        : `The minutes, with the decisions taken, of the ${d.committee.name} meeting on ${formatDate(d.meeting.date)}.`,
      category: [{ term: d.kind, name: d.kind === "report" ? "Report" : "Minutes" }],
    };
  });
  return newFeed("documents.atom", "Reports and minutes", "Officer reports and minutes, newest meeting first.", scope, scope ? `/committees/${scope.slug}` : "/reports", items);
}

export function decisionsAtom(decisions: DecisionListEntry[], scope: FeedScope): string {
  const items = inScope(decisions, scope).slice(0, FEED_LENGTH).map((d): Item => {
    const link = url(`/decisions/${d.slug}`);
    return {
      title: `${d.minuteLabel ? `Minute ${d.minuteLabel}: ` : ""}${readableCase(d.minuteTitle, { properNames: [d.committee.name] })}`,
      id: link,
      link,
      date: dayStart(d.meeting.date),
      published: dayStart(d.meeting.date),
      description: `${d.committee.name}, ${formatDate(d.meeting.date)}. ${d.text}`,
    };
  });
  return newFeed("decisions.atom", "Decisions", "Resolutions recorded in committee minutes, newest meeting first.", scope, scope ? `/committees/${scope.slug}` : "/decisions", items);
}
