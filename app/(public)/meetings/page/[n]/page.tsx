import type { Metadata } from "next";
import { MeetingsIndex } from "@/components/meetings/meetings-index";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listMeetingsPage } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";

type Props = { params: Promise<{ n: string }> };

const LIST = { title: "Meetings", description: `Committee meetings of ${siteConfig.councilName}, newest first.`, listPath: "/meetings" };

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listMeetingsPage(page, "")).total);
}

export default async function MeetingsPageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const data = await listMeetingsPage(page, "");
  requireInRange(page, data.total);
  return <MeetingsIndex page={page} data={data} upcoming={[]} />;
}
