import { feedPath, type FeedFile } from "@/lib/feeds/paths";

/** What each file is called on a page, and who it is for; the calendar first, as most readers want it. */
const LINKS: { file: FeedFile; label: string; hint: string }[] = [
  { file: "meetings.ics", label: "Meetings calendar (.ics)", hint: "Subscribe in Outlook, Google Calendar or Apple Calendar" },
  { file: "meetings.atom", label: "Meetings feed (Atom)", hint: "Upcoming meetings, for a feed reader" },
  { file: "documents.atom", label: "Reports and minutes feed (Atom)", hint: "Newly published officer reports and minutes" },
  { file: "decisions.atom", label: "Decisions feed (Atom)", hint: "Newly recorded decisions" },
];

/** Links to the calendar and the Atom feeds, site-wide or for one committee (named by the page around them). */
export function SubscribeLinks({ committee }: { committee?: { slug: string } }) {
  return (
    <ul className="space-y-2">
      {LINKS.map(({ file, label, hint }) => (
        <li key={file}>
          <a href={feedPath(file, committee?.slug)} className="font-bold">{label}</a>
          <span className="block text-sm text-muted">{hint}</span>
        </li>
      ))}
    </ul>
  );
}
