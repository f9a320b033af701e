import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { StrategyList } from "@/components/strategies/strategy-list";
import { listPublishedStrategies } from "@/lib/queries/strategies";

const title = "Strategies and delivery plans";
const description = "Committee delivery plans and action logs: priorities, the outcomes they aim for, and each action with its lead officer, dates, resources, risks and outputs.";

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/strategies" }, openGraph: { title, description, url: "/strategies", type: "website" },
};

export default async function StrategiesPage() {
  const strategies = await listPublishedStrategies();
  return (
    <>
      <Breadcrumbs trail={[]} current="Strategies" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Delivery plans set out what a committee wants to achieve, grouped into priorities with the outcomes each one
        aims for, and the actions that will get there. They are printed in agenda packs as appendices to officer reports.
      </p>
      <StrategyList strategies={strategies} />
    </>
  );
}
