import type { Metadata } from "next";
import { BudgetLinesIndex } from "@/components/funding/budget-lines-index";
import { LIST_META } from "@/lib/pagination/list-meta";
import { listRecurringBudgetLinesPage } from "@/lib/queries/funding";

const { title, description, listPath } = LIST_META["funding-lines"];

export const metadata: Metadata = {
  title, description, alternates: { canonical: listPath }, openGraph: { title, description, url: listPath, type: "website" },
};

export default async function BudgetLinesPage() {
  return <BudgetLinesIndex data={await listRecurringBudgetLinesPage(1)} page={1} />;
}
