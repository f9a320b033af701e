import type { Metadata } from "next";
import { ActionsIndex, actionsListPath, actionsPageTitle } from "@/components/actions/actions-index";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listActionsPage } from "@/lib/queries/actions";

type Props = { params: Promise<{ n: string }> };

const description = "Actions from committee minutes that an action log has marked complete.";
const LIST = { title: actionsPageTitle("completed"), description, listPath: actionsListPath("completed") };

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listActionsPage("completed", page, "")).total);
}

export default async function CompletedActionsPageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const data = await listActionsPage("completed", page, "");
  requireInRange(page, data.total);
  return <ActionsIndex data={data} filter="completed" page={page} />;
}
