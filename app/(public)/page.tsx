import { MeetingList } from "@/components/meetings/meeting-list";
import { listPublishedMeetings } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";

export const metadata = { alternates: { canonical: "/" } };

export default async function HomePage() {
  const meetings = await listPublishedMeetings();
  return (
    <>
      <h1 className="text-4xl font-bold">Committee meetings of {siteConfig.councilName}</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Agendas, officer reports, minutes and decisions, read from the council&rsquo;s published agenda packs and
        set out as pages you can search, link to and re-use.
      </p>
      <section aria-labelledby="meetings-heading" className="mt-10">
        <h2 id="meetings-heading" className="mb-4 text-2xl font-bold">Meetings, newest first</h2>
        <MeetingList meetings={meetings} />
      </section>
    </>
  );
}
