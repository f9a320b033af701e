import type { Metadata } from "next";
import { BudgetLinesIndex } from "@/components/funding/budget-lines-index";
import { FUNDING_LISTS } from "@/lib/pagination/funding-lists";
import { listRecurringBudgetLinesPage } from "@/lib/queries/funding";

const { title, description, listPath } = FUNDING_LISTS["funding-lines"];

export const metadata: Metadata = {
  title, description, alternates: { canonical: listPath }, openGraph: { title, description, url: listPath, type: "website" },
};

export default async function BudgetLinesPage() {
  return <BudgetLinesIndex data={await listRecurringBudgetLinesPage(1)} page={1} />;
}
