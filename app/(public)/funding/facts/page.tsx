import type { Metadata } from "next";
import { FundingFactsByMeeting } from "@/components/funding/funding-facts";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { listFundingFacts } from "@/lib/queries/funding";

const title = "Sums of money quoted in reports";
const description = "Every sum of money quoted in the text of committee reports (grants, savings, overspends, contract values), in pounds and as printed, linked to its report.";

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/funding/facts" }, openGraph: { title, description, url: "/funding/facts", type: "website" },
};

export default async function FundingFactsPage() {
  const groups = await listFundingFacts();
  return (
    <>
      <Breadcrumbs trail={[{ href: "/funding", label: "Funding" }]} current="Sums quoted in reports" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Reports quote money in many forms: &ldquo;£5.2m&rdquo;, &ldquo;£1,172k&rdquo;, &ldquo;up-to-£1million&rdquo;.
        Each sum is listed with the words around it, the amount in pounds and the figure exactly as printed. Read the
        report for the full context before relying on a figure.
      </p>
      <FundingFactsByMeeting groups={groups} />
    </>
  );
}
