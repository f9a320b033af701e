import type { Metadata } from "next";
import { ActionsIndex, actionsListPath, actionsPageTitle } from "@/components/actions/actions-index";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listActionsPage } from "@/lib/queries/actions";

type Props = { params: Promise<{ n: string }> };

const description = "Actions from committee minutes that the latest action log does not mark complete.";
const LIST = { title: actionsPageTitle("open"), description, listPath: actionsListPath("open") };

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listActionsPage("open", page, "")).total);
}

export default async function OpenActionsPageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const data = await listActionsPage("open", page, "");
  requireInRange(page, data.total);
  return <ActionsIndex data={data} filter="open" page={page} />;
}
