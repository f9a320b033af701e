import type { Metadata } from "next";
import { FundingFactsIndex } from "@/components/funding/funding-facts-index";
import { LIST_META } from "@/lib/pagination/list-meta";
import { listFundingFactsPage } from "@/lib/queries/funding";

const { title, description, listPath } = LIST_META["funding-facts"];

export const metadata: Metadata = {
  title, description, alternates: { canonical: listPath }, openGraph: { title, description, url: listPath, type: "website" },
};

export default async function FundingFactsPage() {
  return <FundingFactsIndex data={await listFundingFactsPage(1)} page={1} />;
}
