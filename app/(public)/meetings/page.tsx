import type { Metadata } from "next";
import { MeetingsIndex } from "@/components/meetings/meetings-index";
import { listMeetingsPage, listUpcomingMeetings } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";

const title = "Meetings";
const description = `Every published committee meeting of ${siteConfig.councilName}, newest first, with agendas, reports and minutes.`;

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/meetings" }, openGraph: { title, description, url: "/meetings", type: "website" },
};

/** How many coming meetings page 1 lists before the archive. */
const UPCOMING_SHOWN = 20;

export default async function MeetingsPage() {
  const [data, upcoming] = await Promise.all([listMeetingsPage(1, ""), listUpcomingMeetings(UPCOMING_SHOWN)]);
  return <MeetingsIndex page={1} data={data} upcoming={upcoming} />;
}
