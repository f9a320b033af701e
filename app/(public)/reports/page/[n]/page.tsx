import type { Metadata } from "next";
import { ReportsIndex } from "@/components/reports/reports-index";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listReportsPage } from "@/lib/queries/reports";

type Props = { params: Promise<{ n: string }> };

const LIST = { title: "Reports", description: "Officer reports to the council's committees, newest meeting first.", listPath: "/reports" };

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listReportsPage(page)).total);
}

export default async function ReportsPageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const data = await listReportsPage(page);
  requireInRange(page, data.total);
  return <ReportsIndex data={data} page={page} />;
}
