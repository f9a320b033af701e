import type { Metadata } from "next";
import { StrategiesIndex } from "@/components/strategies/strategies-index";
import { LIST_META } from "@/lib/pagination/list-meta";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listStrategiesPage } from "@/lib/queries/strategies";

type Props = { params: Promise<{ n: string }> };

const LIST = LIST_META["strategies"];

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listStrategiesPage(page)).total);
}

export default async function StrategiesPageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const data = await listStrategiesPage(page);
  requireInRange(page, data.total);
  return <StrategiesIndex data={data} page={page} />;
}
