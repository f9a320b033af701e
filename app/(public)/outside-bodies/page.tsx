import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OutsideBodyList } from "@/components/outside-bodies/outside-body-list";
import { listPublishedOutsideBodies } from "@/lib/queries/outside-bodies";
import { siteConfig } from "@/lib/site-config";

const title = "Outside bodies";
const description = `Partnerships, panels and charities to which ${siteConfig.councilName} committees appoint councillors, with their representatives and contacts.`;

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/outside-bodies" }, openGraph: { title, description, url: "/outside-bodies", type: "website" },
};

export default async function OutsideBodiesPage() {
  const bodies = await listPublishedOutsideBodies();
  return (
    <>
      <Breadcrumbs trail={[]} current="Outside bodies" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Outside bodies</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Organisations outside the council to which its committees appoint councillors as representatives, as listed in the
        committees&rsquo; agenda packs, in alphabetical order.
      </p>
      <OutsideBodyList bodies={bodies} />
    </>
  );
}
