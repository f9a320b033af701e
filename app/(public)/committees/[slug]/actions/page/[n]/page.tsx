import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommitteeActionsIndex } from "@/components/committees/committee-actions-index";
import { listPath } from "@/lib/pagination/paged-lists";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { getCommitteeHeading } from "@/lib/queries/committees";
import { listActionsPage } from "@/lib/queries/actions";

type Props = { params: Promise<{ slug: string; n: string }> };

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const committee = await getCommitteeHeading(slug);
  if (!committee) return { title: "Committee not found" };
  const page = requirePageNumber(n, listPath("committee-actions", slug));
  const list = { title: `Actions of the ${committee.name}`, description: `Every action from the minutes of the ${committee.name}, open and completed, with its latest status.`, listPath: listPath("committee-actions", slug) };
  return pagedMetadata(list, page, (await listActionsPage("all", page, slug)).total);
}

export default async function CommitteeActionsPageN({ params }: Props) {
  const { slug, n } = await params;
  const committee = await getCommitteeHeading(slug);
  if (!committee) notFound();
  const page = requirePageNumber(n, listPath("committee-actions", slug));
  const data = await listActionsPage("all", page, slug);
  requireInRange(page, data.total);
  return <CommitteeActionsIndex committee={committee} data={data} page={page} />;
}
