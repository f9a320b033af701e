import type { Metadata } from "next";
import { OutsideBodiesIndex } from "@/components/outside-bodies/outside-bodies-index";
import { LIST_META } from "@/lib/pagination/list-meta";
import { listOutsideBodiesPage } from "@/lib/queries/outside-bodies";

const { title, description, listPath } = LIST_META["outside-bodies"];

export const metadata: Metadata = {
  title, description, alternates: { canonical: listPath }, openGraph: { title, description, url: listPath, type: "website" },
};

export default async function OutsideBodiesPage() {
  return <OutsideBodiesIndex data={await listOutsideBodiesPage(1)} page={1} />;
}
