import type { Metadata } from "next";
import { FinanceReportsIndex } from "@/components/funding/finance-reports-index";
import { LIST_META } from "@/lib/pagination/list-meta";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listFinanceReportsPage } from "@/lib/queries/funding";

type Props = { params: Promise<{ n: string }> };

const LIST = LIST_META["funding-reports"];

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listFinanceReportsPage(page)).total);
}

export default async function FinanceReportsPageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const data = await listFinanceReportsPage(page);
  requireInRange(page, data.total);
  return <FinanceReportsIndex data={data} page={page} />;
}
