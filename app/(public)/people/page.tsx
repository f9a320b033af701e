import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PeopleIndex } from "@/components/people/people-index";
import { listPublishedPeople } from "@/lib/queries/people";
import { siteConfig } from "@/lib/site-config";

const title = "People";
const description = `Councillors and officers named in ${siteConfig.councilName} committee papers: their committee roles, appointments, attendance, reports and actions.`;

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/people" }, openGraph: { title, description, url: "/people", type: "website" },
};

export default async function PeoplePage() {
  const people = await listPublishedPeople();
  const councillors = people.filter((p) => p.isCouncillor);
  const officers = people.filter((p) => !p.isCouncillor);
  return (
    <>
      <Breadcrumbs trail={[]} current="People" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">People</h1>
      <p className="mb-6 max-w-3xl text-lg">
        Everyone the agenda packs name as a committee member, a report author or contact, or the person responsible for an
        action, in alphabetical order of surname. Packs spell some names differently; each person&rsquo;s page lists the
        spellings found.
      </p>
      <nav aria-label="On this page" className="mb-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li><a href="#councillors">Councillors ({councillors.length})</a></li>
          <li><a href="#officers">Officers and other contacts ({officers.length})</a></li>
        </ul>
      </nav>
      <section id="councillors" aria-labelledby="councillors-heading" className="scroll-mt-4">
        <h2 id="councillors-heading" className="mb-4 text-2xl font-bold">Councillors</h2>
        <PeopleIndex people={councillors} idPrefix="councillors" honorific="Councillor" />
      </section>
      <section id="officers" aria-labelledby="officers-heading" className="mt-12 scroll-mt-4">
        <h2 id="officers-heading" className="mb-4 text-2xl font-bold">Officers and other contacts</h2>
        <PeopleIndex people={officers} idPrefix="officers" />
      </section>
    </>
  );
}
