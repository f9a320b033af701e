import type { Metadata } from "next";
import { BudgetLinesIndex } from "@/components/funding/budget-lines-index";
import { LIST_META } from "@/lib/pagination/list-meta";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listRecurringBudgetLinesPage } from "@/lib/queries/funding";

type Props = { params: Promise<{ n: string }> };

const LIST = LIST_META["funding-lines"];

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listRecurringBudgetLinesPage(page)).total);
}

export default async function BudgetLinesPageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const data = await listRecurringBudgetLinesPage(page);
  requireInRange(page, data.total);
  return <BudgetLinesIndex data={data} page={page} />;
}
