import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommitteePlansIndex } from "@/components/plans/committee-plans-index";
import { fitTitle } from "@/lib/format";
import { listPath } from "@/lib/pagination/paged-lists";
import { prerenderParams } from "@/lib/publishing/prerender-policy";
import { getCommitteeHeading, listCommitteeSlugs } from "@/lib/queries/committees";
import { listCommitteePlanEditionsPage } from "@/lib/queries/plans";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listCommitteeSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const committee = await getCommitteeHeading((await params).slug);
  if (!committee) return { title: "Committee not found" };
  const title = fitTitle(`Agenda plans printed for the ${committee.name}`);
  const description = `Every agenda plan printed in the ${committee.name}'s packs, newest first.`;
  const path = listPath("committee-plans", committee.slug);
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" } };
}

export default async function CommitteePlansPage({ params }: Props) {
  const slug = (await params).slug;
  const committee = await getCommitteeHeading(slug);
  if (!committee) notFound();
  return <CommitteePlansIndex committee={committee} data={await listCommitteePlanEditionsPage(1, slug)} page={1} />;
}
