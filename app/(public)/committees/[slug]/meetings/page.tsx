import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommitteeMeetingsIndex } from "@/components/committees/committee-meetings-index";
import { fitTitle } from "@/lib/format";
import { listPath } from "@/lib/pagination/paged-lists";
import { prerenderParams } from "@/lib/publishing/prerender-policy";
import { getCommitteeHeading, listCommitteeSlugs } from "@/lib/queries/committees";
import { listMeetingsPage } from "@/lib/queries/meetings";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listCommitteeSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const committee = await getCommitteeHeading((await params).slug);
  if (!committee) return { title: "Committee not found" };
  const title = fitTitle(`Meetings of the ${committee.name}`);
  const description = `Every meeting of the ${committee.name}, newest first, with agendas, reports and minutes.`;
  const path = listPath("committee-meetings", committee.slug);
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" } };
}

export default async function CommitteeMeetingsPage({ params }: Props) {
  const slug = (await params).slug;
  const committee = await getCommitteeHeading(slug);
  if (!committee) notFound();
  return <CommitteeMeetingsIndex committee={committee} data={await listMeetingsPage(1, slug)} page={1} />;
}
