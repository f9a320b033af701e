import Link from "next/link";
import { JsonLd } from "@/components/ui/json-ld";
import { MeetingList } from "@/components/meetings/meeting-list";
import { SearchForm } from "@/components/ui/search-form";
import { feedAlternates } from "@/lib/feeds/paths";
import { formatDate } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import { listPublishedCommittees } from "@/lib/queries/committees";
import { listPublishedDecisions } from "@/lib/queries/decisions";
import { listPublishedMeetings } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";

export const metadata = { alternates: feedAlternates("/") };

const OUTCOME_WORDS = { unanimous: "Agreed unanimously", majority: "Agreed by majority", carried: "Carried", lost: "Lost" } as const;

export default async function HomePage() {
  const [meetings, decisions, committees] = await Promise.all([listPublishedMeetings(), listPublishedDecisions(), listPublishedCommittees()]);
  const upcoming = meetings.filter((m) => m.status === "upcoming").reverse();
  const past = meetings.filter((m) => m.status !== "upcoming");
  return (
    <>
      <JsonLd data={{ "@context": "https://schema.org", "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite }} />
      <h1 className="text-3xl font-bold sm:text-4xl">Committee meetings of {siteConfig.councilName}</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Agendas, officer reports, minutes and decisions, read from the council&rsquo;s published agenda packs and
        set out as pages you can search, link to and re-use.
      </p>
      <div className="mt-6"><SearchForm /></div>

      <section aria-labelledby="next-heading" className="mt-10">
        <h2 id="next-heading" className="mb-4 text-2xl font-bold">Next meetings</h2>
        {upcoming.length ? <MeetingList meetings={upcoming} /> : <p>No meetings are scheduled yet. Past meetings are listed below.</p>}
        <p className="mt-3"><Link prefetch={false} href="/calendar">Meetings calendar</Link>, with calendars and feeds to subscribe to</p>
      </section>

      <section aria-labelledby="decisions-heading" className="mt-10">
        <h2 id="decisions-heading" className="mb-4 text-2xl font-bold">Latest decisions</h2>
        {decisions.length ? (
          <ul className="divide-y divide-rule border-y border-rule">
            {decisions.slice(0, 5).map((d) => (
              <li key={d.slug} className="py-3">
                <Link prefetch={false} href={`/decisions/${d.slug}`} className="font-bold">{d.minuteLabel ? `Minute ${d.minuteLabel}: ` : ""}{readableCase(d.minuteTitle, { properNames: [d.committee.name] })}</Link>
                <span className="block text-sm text-muted">
                  {d.committee.name}, {formatDate(d.meeting.date)}{d.outcome ? ` · ${OUTCOME_WORDS[d.outcome]}` : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>No decisions have been published yet.</p>
        )}
        <p className="mt-3"><Link prefetch={false} href="/decisions">All decisions</Link></p>
      </section>

      <section aria-labelledby="committees-heading" className="mt-10">
        <h2 id="committees-heading" className="mb-4 text-2xl font-bold">Committees</h2>
        <ul className="space-y-2">
          {committees.map((c) => (
            <li key={c.slug}>
              <Link prefetch={false} href={`/committees/${c.slug}`} className="font-bold">{c.name}</Link>
              <span className="text-muted"> · {c.meetingCount} meeting{c.meetingCount === 1 ? "" : "s"}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="meetings-heading" className="mt-10">
        <h2 id="meetings-heading" className="mb-4 text-2xl font-bold">Past meetings, newest first</h2>
        <MeetingList meetings={past} />
      </section>
    </>
  );
}
