import type { Metadata } from "next";
import { OutsideBodiesIndex } from "@/components/outside-bodies/outside-bodies-index";
import { LIST_META } from "@/lib/pagination/list-meta";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listOutsideBodiesPage } from "@/lib/queries/outside-bodies";

type Props = { params: Promise<{ n: string }> };

const LIST = LIST_META["outside-bodies"];

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listOutsideBodiesPage(page)).total);
}

export default async function OutsideBodiesPageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const data = await listOutsideBodiesPage(page);
  requireInRange(page, data.total);
  return <OutsideBodiesIndex data={data} page={page} />;
}
