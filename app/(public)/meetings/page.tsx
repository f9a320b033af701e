import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MeetingList } from "@/components/meetings/meeting-list";
import { MeetingsByCommittee } from "@/components/meetings/meetings-by-committee";
import { listPublishedMeetings } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";

const title = "Meetings";
const description = `Every published committee meeting of ${siteConfig.councilName}, by committee and year, with agendas, reports and minutes.`;

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/meetings" }, openGraph: { title, description, url: "/meetings", type: "website" },
};

export default async function MeetingsPage() {
  const meetings = await listPublishedMeetings();
  const upcoming = meetings.filter((m) => m.status === "upcoming").reverse();
  return (
    <>
      <Breadcrumbs trail={[]} current="Meetings" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Meetings</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Every committee meeting on this site, by committee and year, newest first. Each meeting page has its agenda,
        reports, minutes and decisions. <Link prefetch={false} href="/reports">All reports</Link> are listed by meeting.
      </p>
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming-heading" className="mb-12">
          <h2 id="upcoming-heading" className="mb-4 text-2xl font-bold">Coming up</h2>
          <MeetingList meetings={upcoming} />
        </section>
      )}
      <MeetingsByCommittee meetings={meetings} />
    </>
  );
}
