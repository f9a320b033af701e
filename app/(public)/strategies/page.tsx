import type { Metadata } from "next";
import { StrategiesIndex } from "@/components/strategies/strategies-index";
import { LIST_META } from "@/lib/pagination/list-meta";
import { listStrategiesPage } from "@/lib/queries/strategies";

const { title, description, listPath } = LIST_META["strategies"];

export const metadata: Metadata = {
  title, description, alternates: { canonical: listPath }, openGraph: { title, description, url: listPath, type: "website" },
};

export default async function StrategiesPage() {
  return <StrategiesIndex data={await listStrategiesPage(1)} page={1} />;
}
