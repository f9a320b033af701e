import type { Metadata } from "next";
import Link from "next/link";
import { MonthTable } from "@/components/calendar/month-table";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MeetingList } from "@/components/meetings/meeting-list";
import { addMonths, isMonthInRange, monthKey, monthName, monthOf, parseMonthParam, type Month } from "@/lib/calendar/month";
import { feedAlternates } from "@/lib/feeds/paths";
import { formatDate, todayIso } from "@/lib/format";
import { listMeetingsBetween, listUpcomingMeetings, meetingDatesAround } from "@/lib/queries/meetings";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Meetings shown under "What's on next". */
const NEXT_COUNT = 10;
const description = "Committee meetings month by month, what is on next, and calendars and feeds to subscribe to.";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseMonthParam((await searchParams).month, todayIso());
  const given = (await searchParams).month !== undefined;
  const title = parsed.ok && given ? `Meetings calendar: ${monthName(parsed.month)}` : "Meetings calendar";
  const canonical = parsed.ok && given ? `/calendar?month=${monthKey(parsed.month)}` : "/calendar";
  return {
    title, description, alternates: feedAlternates(canonical),
    openGraph: { title, description, url: canonical, type: "website" },
    ...(parsed.ok ? {} : { robots: { index: false } }),
  };
}

/**
 * Rendered per request (it reads `?month=`), from the cached meetings list that a publish
 * revalidates. A plain GET form and links move between months, so it works without JavaScript.
 */
export default async function CalendarPage({ searchParams }: Props) {
  const today = todayIso();
  const parsed = parseMonthParam((await searchParams).month, today);
  const month: Month = parsed.ok ? parsed.month : monthOf(today);
  const key = monthKey(month);
  // Only the month's meetings, the next few and the nearest dates either side (so an empty month
  // is not a dead end): fifteen years of meetings are never read to show one month.
  const [inMonth, upcoming, around] = await Promise.all([
    listMeetingsBetween(`${key}-01`, `${key}-31`), listUpcomingMeetings(NEXT_COUNT), meetingDatesAround(`${key}-01`, `${key}-31`, today),
  ]);
  const { earlier, later, latest } = around;
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);

  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Meetings" }]} current="Calendar" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Meetings calendar</h1>
      <p className="mb-6 max-w-3xl text-lg">Every committee meeting, month by month. Choose a meeting for its agenda, reports, minutes and decisions.</p>

      {!parsed.ok && (
        <div className="mb-6 max-w-3xl border-l-4 border-danger bg-panel p-4">
          <h2 className="text-lg font-bold">That month cannot be shown</h2>
          <p>{parsed.message} Showing {monthName(month)} instead.</p>
        </div>
      )}

      <section aria-labelledby="month-heading">
        <h2 id="month-heading" className="mb-2 text-2xl font-bold">{monthName(month)}</h2>
        <nav aria-label="Months" className="mb-4 flex flex-wrap items-end justify-between gap-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {isMonthInRange(previous) && (
              <li><Link prefetch={false} href={`/calendar?month=${monthKey(previous)}`} rel="prev">&larr; {monthName(previous)}</Link></li>
            )}
            {isMonthInRange(next) && (
              <li><Link prefetch={false} href={`/calendar?month=${monthKey(next)}`} rel="next">{monthName(next)} &rarr;</Link></li>
            )}
          </ul>
          <form action="/calendar" method="get" className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="calendar-month" className="mb-1 block font-bold">Go to month</label>
              <input id="calendar-month" name="month" type="month" defaultValue={key} min="1900-01" max="2200-12" className="border-2 border-ink px-2 py-1" />
            </div>
            <button type="submit" className="border-2 border-brand-dark bg-brand-dark px-4 py-1 font-bold text-white hover:bg-brand">Show</button>
          </form>
        </nav>

        <MonthTable month={month} meetings={inMonth} today={today} />

        {inMonth.length ? (
          <div className="mt-6">
            <p className="mb-2">{inMonth.length === 1 ? "One meeting" : `${inMonth.length} meetings`} in {monthName(month)}:</p>
            <MeetingList meetings={inMonth} />
          </div>
        ) : (
          <div className="mt-6">
            <p>No meetings are published for {monthName(month)}.</p>
            {(earlier || later) && (
              <ul className="mt-2 space-y-1">
                {earlier && (
                  <li>Earlier: <Link prefetch={false} href={`/calendar?month=${earlier.slice(0, 7)}`}>{monthName(monthOf(earlier))}</Link></li>
                )}
                {later && (
                  <li>Later: <Link prefetch={false} href={`/calendar?month=${later.slice(0, 7)}`}>{monthName(monthOf(later))}</Link></li>
                )}
              </ul>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="next-heading" className="mt-10">
        <h2 id="next-heading" className="mb-4 text-2xl font-bold">What&rsquo;s on next</h2>
        {upcoming.length ? (
          <MeetingList meetings={upcoming} />
        ) : (
          <p>
            No upcoming meetings are published yet.
            {latest && (
              <>
                {" "}The most recent was the{" "}
                <Link prefetch={false} href={`/meetings/${latest.slug}`}>{latest.committee} on {formatDate(latest.date)}</Link>.
              </>
            )}
          </p>
        )}
      </section>

      <section aria-labelledby="subscribe-heading" className="mt-10">
        <h2 id="subscribe-heading" className="mb-4 text-2xl font-bold">Subscribe</h2>
        <p className="mb-3 max-w-3xl">
          Add every committee&rsquo;s meetings to your own calendar, or follow new papers in a feed reader. Each committee&rsquo;s
          page has the same for that committee alone.
        </p>
        <SubscribeLinks />
      </section>
    </>
  );
}
