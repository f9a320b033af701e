import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommitteePlansIndex } from "@/components/plans/committee-plans-index";
import { listPath } from "@/lib/pagination/paged-lists";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { getCommitteeHeading } from "@/lib/queries/committees";
import { listCommitteePlanEditionsPage } from "@/lib/queries/plans";

type Props = { params: Promise<{ slug: string; n: string }> };

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const committee = await getCommitteeHeading(slug);
  if (!committee) return { title: "Committee not found" };
  const page = requirePageNumber(n, listPath("committee-plans", slug));
  const list = { title: `Agenda plans printed for the ${committee.name}`, description: `Every agenda plan printed in the ${committee.name}'s packs, newest first.`, listPath: listPath("committee-plans", slug) };
  return pagedMetadata(list, page, (await listCommitteePlanEditionsPage(page, slug)).total);
}

export default async function CommitteePlansPageN({ params }: Props) {
  const { slug, n } = await params;
  const committee = await getCommitteeHeading(slug);
  if (!committee) notFound();
  const page = requirePageNumber(n, listPath("committee-plans", slug));
  const data = await listCommitteePlanEditionsPage(page, slug);
  requireInRange(page, data.total);
  return <CommitteePlansIndex committee={committee} data={data} page={page} />;
}
