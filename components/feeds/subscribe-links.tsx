import { FEED_FILES, feedPath, type FeedFile } from "@/lib/feeds/paths";

const HINTS: Record<FeedFile, string> = {
  "meetings.ics": "iCalendar: subscribe in Outlook, Google or Apple Calendar",
  "meetings.atom": "Atom feed: upcoming meetings, for a feed reader",
  "documents.atom": "Atom feed: new reports and minutes",
  "decisions.atom": "Atom feed: new decisions",
};

/** Links to the calendar and the Atom feeds, site-wide or for one committee (named by the page around them). */
export function SubscribeLinks({ committee }: { committee?: { slug: string; name: string } }) {
  const files = Object.keys(FEED_FILES) as FeedFile[];
  return (
    <ul className="space-y-2">
      {files.map((file) => (
        <li key={file}>
          <a href={feedPath(file, committee?.slug)} className="font-bold">
            {FEED_FILES[file].title}
          </a>
          <span className="block text-sm text-muted">{HINTS[file]}</span>
        </li>
      ))}
    </ul>
  );
}
