import Link from "next/link";
import { JsonLd } from "@/components/ui/json-ld";
import { MeetingList } from "@/components/meetings/meeting-list";
import { SearchForm } from "@/components/ui/search-form";
import { feedAlternates } from "@/lib/feeds/paths";
import { formatDate } from "@/lib/format";
import { describeWhenWhere } from "@/lib/meeting-place";
import { readableCase } from "@/lib/text/readable-case";
import { listPublishedCommittees } from "@/lib/queries/committees";
import { listDecisionsPage } from "@/lib/queries/decisions";
import { countPublicMeetings, listRecentMeetings, listUpcomingMeetings } from "@/lib/queries/meetings";
import { getSiteCurrency } from "@/lib/queries/site-status";
import { siteConfig } from "@/lib/site-config";

export const metadata = { alternates: feedAlternates("/") };

/** Meetings the home page lists to come and past; the rest are on /meetings. */
const HOME_UPCOMING = 20;
const HOME_PAST = 20;

const OUTCOME_WORDS = { unanimous: "Agreed unanimously", majority: "Agreed by majority", carried: "Carried", lost: "Lost" } as const;

export default async function HomePage() {
  // Bounded reads: the next and the latest few meetings, and the first page of decisions (newest
  // first), not the whole archive.
  const [upcoming, past, { decisions }, committees, currency, meetingCount] = await Promise.all([
    listUpcomingMeetings(HOME_UPCOMING), listRecentMeetings(HOME_PAST), listDecisionsPage("", "", "", 1), listPublishedCommittees(), getSiteCurrency(),
    countPublicMeetings(),
  ]);
  const latest = currency.latest;
  const names = { properNames: latest ? [latest.committee.name] : [] };
  // The newest meeting that has decisions on record, and its decisions.
  const decidedAt = decisions[0]?.meeting;
  const latestDecisions = decidedAt ? decisions.filter((d) => d.meeting.slug === decidedAt.slug) : [];
  const minutesExpected = currency.plannedNext.find((p) => p.takesLatestMinutes);
  // A minute with several resolutions lists each: "decision 2 of 2" tells the links apart.
  const ofMinute = (d: (typeof decisions)[number]) => {
    const same = latestDecisions.filter((x) => x.minuteAnchor === d.minuteAnchor);
    return same.length > 1 ? `${same.indexOf(d) + 1} of ${same.length}` : null;
  };
  return (
    <>
      <JsonLd data={{ "@context": "https://schema.org", "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite }} />
      <h1 className="text-3xl font-bold sm:text-4xl">Committee meetings of {siteConfig.councilName}</h1>
      {latest && (
        <p className="mt-2 text-muted">
          Papers up to <time dateTime={latest.date}>{formatDate(latest.date, { weekday: false })}</time>
          {currency.lastUpdated && <>, last updated <time dateTime={currency.lastUpdated}>{formatDate(currency.lastUpdated.slice(0, 10), { weekday: false })}</time></>}.
        </p>
      )}
      <p className="mt-4 max-w-3xl text-lg">
        Agendas, officer reports, minutes and decisions, read from the council&rsquo;s published agenda packs and
        set out as pages you can search, link to and re-use.
      </p>
      <div className="mt-6"><SearchForm /></div>

      <section aria-labelledby="next-heading" className="mt-10">
        <h2 id="next-heading" className="mb-4 text-2xl font-bold">What&rsquo;s next</h2>
        {upcoming.length ? (
          <MeetingList meetings={upcoming} />
        ) : currency.plannedNext.length && latest ? (
          <>
            <p className="mb-3 max-w-3xl">
              No meeting after {formatDate(latest.date, { weekday: false })} is on record yet. The agenda plan published with that
              meeting&rsquo;s papers lists next:
            </p>
            <ul className="space-y-3">
              {currency.plannedNext.map((p) => (
                <li key={p.date} className="border-l-4 border-rule pl-3">
                  <span className="font-bold">{latest.committee.name}, <time dateTime={p.date}>{formatDate(p.date)}</time></span>
                  {p.takesLatestMinutes && (
                    <span className="block">Planned to approve the minutes of {formatDate(latest.date, { weekday: false })}, where its decisions will be recorded.</span>
                  )}
                  {p.items.length > 0 && <span className="block text-sm text-muted">{p.items.length} items planned</span>}
                </li>
              ))}
            </ul>
            <p className="mt-3"><Link prefetch={false} href="/forward-plan">The whole forward plan</Link></p>
          </>
        ) : (
          <p>No meetings are scheduled yet. Past meetings are listed below.</p>
        )}
        <p className="mt-3"><Link prefetch={false} href="/calendar">Meetings calendar</Link>, with calendars and feeds to subscribe to</p>
      </section>

      {latest && (
        <section aria-labelledby="latest-heading" className="mt-10">
          <h2 id="latest-heading" className="mb-4 text-2xl font-bold">Latest meeting</h2>
          <h3 className="text-lg font-bold">
            <Link prefetch={false} href={`/meetings/${latest.slug}`}>{latest.committee.name}, {formatDate(latest.date)}</Link>
          </h3>
          <p className="text-muted">{describeWhenWhere(latest)}</p>
          <p className="mt-2 max-w-3xl">
            {latest.hasMinutes ? (
              <>Its minutes and decisions are on record: <Link prefetch={false} href={`/meetings/${latest.slug}#minutes`}>read what was decided</Link>.</>
            ) : (
              <>
                Its decisions are not on record yet: they will appear on each report&rsquo;s page when the minutes are published
                {minutesExpected ? <>, planned for the meeting on {formatDate(minutesExpected.date, { weekday: false })}</> : ""}.
              </>
            )}
          </p>
          <h4 className="mt-4 mb-2 font-bold">Reports on the agenda</h4>
          <ul className="divide-y divide-rule border-y border-rule">
            {latest.items.filter((i) => i.reportSlug).map((i) => (
              <li key={i.number} className="py-2">
                <span className="text-muted">Item {i.number}: </span>
                <Link prefetch={false} href={`/reports/${i.reportSlug}`} className="font-bold">{readableCase(i.title, names)}</Link>
                {i.papersHref && <span className="text-sm"> · <Link prefetch={false} href={i.papersHref}>papers<span className="sr-only"> for item {i.number}</span></Link></span>}
              </li>
            ))}
          </ul>
          <p className="mt-3"><Link prefetch={false} href={`/meetings/${latest.slug}#agenda-heading`}>The whole agenda and its papers</Link></p>
        </section>
      )}

      <section aria-labelledby="decisions-heading" className="mt-10">
        <h2 id="decisions-heading" className="mb-4 text-2xl font-bold">Latest decisions</h2>
        {decidedAt ? (
          <>
            <p className="mb-3 max-w-3xl">
              From the minutes of the meeting on <Link prefetch={false} href={`/meetings/${decidedAt.slug}#minutes`}>{formatDate(decidedAt.date)}</Link>
              {latest && !latest.hasMinutes && latest.date > decidedAt.date ? ", the newest minutes on record" : ""}.
            </p>
            <ul className="divide-y divide-rule border-y border-rule">
              {latestDecisions.slice(0, 6).map((d) => (
                <li key={d.slug} className="py-3">
                  <Link prefetch={false} href={`/decisions/${d.slug}`} className="font-bold">
                    {d.minuteLabel ? `Minute ${d.minuteLabel}: ` : ""}{readableCase(d.minuteTitle, { properNames: [d.committee.name] })}
                    {ofMinute(d) && ` (decision ${ofMinute(d)})`}
                  </Link>
                  <span className="block text-sm text-muted">
                    {d.committee.name}{d.outcome ? ` · ${OUTCOME_WORDS[d.outcome]}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </>
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
        <p className="mt-4">
          <Link prefetch={false} href="/meetings" className="font-bold">All {meetingCount} meetings</Link>
          {" "}<span className="text-muted">(with the latest {past.length} above)</span>
        </p>
      </section>
    </>
  );
}
