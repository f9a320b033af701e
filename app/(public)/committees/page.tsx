import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CommitteeList } from "@/components/committees/committee-list";
import { listPublishedCommittees } from "@/lib/queries/committees";
import { siteConfig } from "@/lib/site-config";

const title = "Committees";
const description = `The committees of ${siteConfig.councilName}: members, meetings, agenda plans, open actions and the outside bodies they appoint to.`;

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/committees" }, openGraph: { title, description, url: "/committees", type: "website" },
};

export default async function CommitteesPage() {
  const committees = await listPublishedCommittees();
  return (
    <>
      <Breadcrumbs trail={[]} current="Committees" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Committees</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Each committee&rsquo;s members, meetings, planned business and open actions, as printed in its agenda packs.
      </p>
      <CommitteeList committees={committees} />
    </>
  );
}
