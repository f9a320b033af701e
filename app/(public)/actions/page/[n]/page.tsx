import type { Metadata } from "next";
import { ActionsIndex, actionsListPath, actionsPageTitle } from "@/components/actions/actions-index";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listActionsPage } from "@/lib/queries/actions";

type Props = { params: Promise<{ n: string }> };

const description = "Every action recorded in committee minutes, who is responsible, where it came from and its latest status in the action log.";
const LIST = { title: actionsPageTitle("all"), description, listPath: actionsListPath("all") };

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listActionsPage("all", page, "")).total);
}

export default async function ActionsPageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const data = await listActionsPage("all", page, "");
  requireInRange(page, data.total);
  return <ActionsIndex data={data} filter="all" page={page} />;
}
