import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AgendaList } from "@/components/meetings/agenda-list";
import { MeetingFacts } from "@/components/meetings/meeting-facts";
import { MemberList } from "@/components/meetings/member-list";
import { JsonLd } from "@/components/ui/json-ld";
import { formatDate } from "@/lib/format";
import { getMeetingBySlug, listMeetingSlugs } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";
import { meetingEventJsonLd } from "@/lib/structured-data/meeting-event";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listMeetingSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await getMeetingBySlug((await params).slug);
  if (!meeting) return { title: "Meeting not found" };
  const title = `${meeting.committee.name}, ${formatDate(meeting.date)}`;
  const description = `Agenda${meeting.hasMinutes ? ", minutes" : ""} and papers of the ${meeting.committee.name} meeting on ${formatDate(meeting.date)}${meeting.isVirtual ? ", held virtually" : meeting.venue ? ` at ${meeting.venue}` : ""}.`;
  const path = `/meetings/${meeting.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" } };
}

export default async function MeetingPage({ params }: Props) {
  const meeting = await getMeetingBySlug((await params).slug);
  if (!meeting) notFound();
  const url = `${siteConfig.siteUrl}/meetings/${meeting.slug}`;
  return (
    <article>
      <JsonLd data={meetingEventJsonLd(meeting, url)} />
      <Breadcrumbs trail={[{ href: "/", label: "Meetings" }]} current={formatDate(meeting.date)} />
      <p className="text-lg text-muted">{meeting.committee.name}</p>
      <h1 className="mb-6 text-4xl font-bold">Meeting on {formatDate(meeting.date)}</h1>
      <MeetingFacts meeting={meeting} />

      <section aria-labelledby="agenda-heading" className="mt-10">
        <h2 id="agenda-heading" className="mb-4 text-2xl font-bold">Agenda</h2>
        <AgendaList sections={meeting.sections} />
      </section>

      <section aria-labelledby="members-heading" className="mt-10">
        <h2 id="members-heading" className="mb-4 text-2xl font-bold">Committee members</h2>
        <MemberList members={meeting.members} />
      </section>
    </article>
  );
}
