import type { Metadata } from "next";
import { FinanceReportsIndex } from "@/components/funding/finance-reports-index";
import { LIST_META } from "@/lib/pagination/list-meta";
import { listFinanceReportsPage } from "@/lib/queries/funding";

const { title, description, listPath } = LIST_META["funding-reports"];

export const metadata: Metadata = {
  title, description, alternates: { canonical: listPath }, openGraph: { title, description, url: listPath, type: "website" },
};

export default async function FinanceReportsPage() {
  return <FinanceReportsIndex data={await listFinanceReportsPage(1)} page={1} />;
}
