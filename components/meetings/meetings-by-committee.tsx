import Link from "next/link";
import { MeetingsByYear } from "@/components/committees/meetings-by-year";
import type { MeetingListEntry } from "@/lib/queries/meetings";

interface CommitteeGroup {
  name: string;
  slug: string;
  meetings: MeetingListEntry[];
}

/** Meetings grouped by committee (alphabetical), keeping the list's newest-first order inside each. */
export function groupByCommittee(meetings: MeetingListEntry[]): CommitteeGroup[] {
  const groups = new Map<string, CommitteeGroup>();
  for (const m of meetings) {
    const g = groups.get(m.committeeSlug) ?? { name: m.committee, slug: m.committeeSlug, meetings: [] };
    g.meetings.push(m);
    groups.set(m.committeeSlug, g);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

/** Every meeting, under its committee, then by calendar year; a contents list when there are several committees. */
export function MeetingsByCommittee({ meetings }: { meetings: MeetingListEntry[] }) {
  const groups = groupByCommittee(meetings);
  if (groups.length === 0) return <p>No meetings have been published yet.</p>;
  return (
    <>
      {groups.length > 1 && (
        <nav aria-label="Committees on this page" className="mb-8">
          <h2 className="text-lg font-bold">Committees</h2>
          <ul className="mt-1 list-disc pl-6">
            {groups.map((g) => <li key={g.slug}><a href={`#committee-${g.slug}`}>{g.name}</a> ({g.meetings.length})</li>)}
          </ul>
        </nav>
      )}
      <div className="space-y-12">
        {groups.map((g) => (
          <section key={g.slug} aria-labelledby={`committee-${g.slug}`}>
            <h2 id={`committee-${g.slug}`} className="mb-1 scroll-mt-4 text-2xl font-bold">{g.name}</h2>
            <p className="mb-4 text-muted">
              {g.meetings.length === 1 ? "1 meeting" : `${g.meetings.length} meetings`}.{" "}
              <Link prefetch={false} href={`/committees/${g.slug}`}>About the committee, its members and plans</Link>
            </p>
            <MeetingsByYear meetings={g.meetings} headingLevel={3} idPrefix={`meetings-${g.slug}`} />
          </section>
        ))}
      </div>
    </>
  );
}
