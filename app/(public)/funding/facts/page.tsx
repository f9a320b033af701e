import type { Metadata } from "next";
import { FundingFactsIndex } from "@/components/funding/funding-facts-index";
import { FUNDING_LISTS } from "@/lib/pagination/funding-lists";
import { listFundingFactsPage } from "@/lib/queries/funding";

const { title, description, listPath } = FUNDING_LISTS["funding-facts"];

export const metadata: Metadata = {
  title, description, alternates: { canonical: listPath }, openGraph: { title, description, url: listPath, type: "website" },
};

export default async function FundingFactsPage() {
  return <FundingFactsIndex data={await listFundingFactsPage(1)} page={1} />;
}
