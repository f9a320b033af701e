import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommitteeMeetingsIndex } from "@/components/committees/committee-meetings-index";
import { listPath } from "@/lib/pagination/paged-lists";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { getCommitteeHeading } from "@/lib/queries/committees";
import { listMeetingsPage } from "@/lib/queries/meetings";

type Props = { params: Promise<{ slug: string; n: string }> };

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const committee = await getCommitteeHeading(slug);
  if (!committee) return { title: "Committee not found" };
  const page = requirePageNumber(n, listPath("committee-meetings", slug));
  const list = { title: `Meetings of the ${committee.name}`, description: `Every meeting of the ${committee.name}, newest first, with agendas, reports and minutes.`, listPath: listPath("committee-meetings", slug) };
  return pagedMetadata(list, page, (await listMeetingsPage(page, slug)).total);
}

export default async function CommitteeMeetingsPageN({ params }: Props) {
  const { slug, n } = await params;
  const committee = await getCommitteeHeading(slug);
  if (!committee) notFound();
  const page = requirePageNumber(n, listPath("committee-meetings", slug));
  const data = await listMeetingsPage(page, slug);
  requireInRange(page, data.total);
  return <CommitteeMeetingsIndex committee={committee} data={data} page={page} />;
}
