import type { Metadata } from "next";
import { FundingFactsIndex } from "@/components/funding/funding-facts-index";
import { LIST_META } from "@/lib/pagination/list-meta";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listFundingFactsPage } from "@/lib/queries/funding";

type Props = { params: Promise<{ n: string }> };

const LIST = LIST_META["funding-facts"];

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listFundingFactsPage(page)).total);
}

export default async function FundingFactsPageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const data = await listFundingFactsPage(page);
  requireInRange(page, data.total);
  return <FundingFactsIndex data={data} page={page} />;
}
