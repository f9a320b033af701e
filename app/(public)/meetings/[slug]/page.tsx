import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AddToCalendar } from "@/components/meetings/add-to-calendar";
import { AgendaList } from "@/components/meetings/agenda-list";
import { MeetingFacts } from "@/components/meetings/meeting-facts";
import { MeetingNeighbours } from "@/components/meetings/meeting-neighbours";
import { MemberList } from "@/components/meetings/member-list";
import { MinutesSection } from "@/components/meetings/minutes-section";
import { PackDownloads } from "@/components/papers/pack-downloads";
import { JsonLd } from "@/components/ui/json-ld";
import { formatDate, fitTitle } from "@/lib/format";
import { getMeetingBySlug, listMeetingSlugs } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";
import { meetingEventJsonLd } from "@/lib/structured-data/meeting-event";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listMeetingSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await getMeetingBySlug((await params).slug);
  if (!meeting) return { title: "Meeting not found" };
  const title = fitTitle(`${meeting.committee.name}, ${formatDate(meeting.date, { weekday: false })}`);
  const papers = [meeting.pack ? "Agenda" : null, meeting.minutes ? "minutes and decisions" : null].filter(Boolean).join(", ") || "Details";
  const description = `${papers} of the ${meeting.committee.name} meeting on ${formatDate(meeting.date)}${meeting.isVirtual ? ", held virtually" : meeting.venue ? ` at ${meeting.venue}` : ""}.`;
  const path = `/meetings/${meeting.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" } };
}

export default async function MeetingPage({ params }: Props) {
  const meeting = await getMeetingBySlug((await params).slug);
  if (!meeting) notFound();
  const url = `${siteConfig.siteUrl}/meetings/${meeting.slug}`;
  const hasAgenda = meeting.sections.length > 0;
  const contents = [
    { id: "agenda-heading", label: "Agenda" },
    { id: "minutes", label: "Minutes and decisions" },
    ...(meeting.pack ? [{ id: "pack-heading", label: "Original agenda pack" }] : []),
    { id: "members-heading", label: "Committee members" },
    { id: "other-meetings-heading", label: "Other meetings" },
  ];
  return (
    <article>
      <JsonLd data={meetingEventJsonLd(meeting, url)} />
      <Breadcrumbs trail={[{ href: "/meetings", label: "Meetings" }]} current={formatDate(meeting.date)} />
      <p className="text-lg text-muted">{meeting.committee.name}</p>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Meeting on {formatDate(meeting.date)}</h1>
      {!meeting.pack && meeting.minutes && (
        <p className="mb-6 max-w-3xl border-l-4 border-brand bg-panel p-4">
          This meeting is known from its minutes only: its agenda pack is not in the database.
          {meeting.minutes.printedIn && (
            <>
              {" "}The minutes were printed in the pack for the{" "}
              <Link prefetch={false} href={`/meetings/${meeting.minutes.printedIn.slug}`}>meeting on {formatDate(meeting.minutes.printedIn.date)}</Link>.
            </>
          )}
        </p>
      )}
      <MeetingFacts meeting={meeting} />
      <AddToCalendar slug={meeting.slug} />

      <nav aria-label="On this page" className="no-print mt-6">
        <h2 className="text-lg font-bold">On this page</h2>
        <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {contents.map((c) => (
            <li key={c.id}><a href={`#${c.id}`}>{c.label}</a></li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="agenda-heading" className="mt-10">
        <h2 id="agenda-heading" className="mb-4 text-2xl font-bold">Agenda</h2>
        {hasAgenda ? (
          <AgendaList sections={meeting.sections} committeeName={meeting.committee.name} />
        ) : meeting.minutes ? (
          <p>No agenda for this meeting is on record. The minutes below list each item the committee took.</p>
        ) : (
          <p>No agenda has been published for this meeting.</p>
        )}
      </section>

      <section id="minutes" aria-labelledby="minutes-heading" className="mt-10">
        <h2 id="minutes-heading" className="mb-4 text-2xl font-bold">Minutes and decisions</h2>
        {meeting.minutes ? (
          <MinutesSection minutes={meeting.minutes} committeeName={meeting.committee.name} />
        ) : meeting.status === "upcoming" ? (
          <p>The meeting has not happened yet. Its minutes are usually approved at the committee&rsquo;s next meeting.</p>
        ) : meeting.status === "cancelled" ? (
          <p>The meeting was cancelled, so there are no minutes.</p>
        ) : (
          <p>
            The minutes of this meeting are not on record yet. Councils usually print them for approval in the pack for the
            committee&rsquo;s next meeting.
          </p>
        )}
      </section>

      {meeting.pack && (
        <section aria-labelledby="pack-heading" className="mt-10">
          <h2 id="pack-heading" className="mb-4 text-2xl font-bold">Original agenda pack</h2>
          <p className="mb-3 max-w-3xl">Each item&rsquo;s papers open on a page of their own from the agenda above. The whole pack:</p>
          <PackDownloads
            meetingSlug={meeting.slug} fileName={meeting.pack.fileName} isPdf={meeting.pack.isPdf}
            attribution={meeting.pack.attribution} sizeBytes={meeting.pack.sizeBytes}
          />
        </section>
      )}

      <section aria-labelledby="members-heading" className="mt-10">
        <h2 id="members-heading" className="mb-4 text-2xl font-bold">Committee members</h2>
        {meeting.members.length === 0 && meeting.minutes ? (
          <p>No membership list is on record for this meeting; the minutes above say who attended.</p>
        ) : (
          <MemberList members={meeting.members} />
        )}
      </section>

      <section aria-labelledby="other-meetings-heading" className="mt-10">
        <h2 id="other-meetings-heading" className="mb-4 text-2xl font-bold">Other meetings of this committee</h2>
        <MeetingNeighbours previous={meeting.previous} next={meeting.next} stated={meeting.statedNextMeeting} committee={meeting.committee.name} />
      </section>
    </article>
  );
}
