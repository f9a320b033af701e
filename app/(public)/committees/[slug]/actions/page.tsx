import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommitteeActionsIndex } from "@/components/committees/committee-actions-index";
import { fitTitle } from "@/lib/format";
import { listPath } from "@/lib/pagination/paged-lists";
import { prerenderParams } from "@/lib/publishing/prerender-policy";
import { getCommitteeHeading, listCommitteeSlugs } from "@/lib/queries/committees";
import { listActionsPage } from "@/lib/queries/actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listCommitteeSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const committee = await getCommitteeHeading((await params).slug);
  if (!committee) return { title: "Committee not found" };
  const title = fitTitle(`Actions of the ${committee.name}`);
  const description = `Every action from the minutes of the ${committee.name}, open and completed, with its latest status.`;
  const path = listPath("committee-actions", committee.slug);
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" } };
}

export default async function CommitteeActionsPage({ params }: Props) {
  const slug = (await params).slug;
  const committee = await getCommitteeHeading(slug);
  if (!committee) notFound();
  return <CommitteeActionsIndex committee={committee} data={await listActionsPage("all", 1, slug)} page={1} />;
}
