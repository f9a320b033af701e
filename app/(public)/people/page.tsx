import type { Metadata } from "next";
import { PeopleListPage } from "@/components/people/people-list-page";
import { LIST_META } from "@/lib/pagination/list-meta";
import { listPublishedPeople } from "@/lib/queries/people";

const { title, description, listPath } = LIST_META.people;

export const metadata: Metadata = {
  title, description, alternates: { canonical: listPath }, openGraph: { title, description, url: listPath, type: "website" },
};

export default async function PeoplePage() {
  return <PeopleListPage people={await listPublishedPeople()} page={1} />;
}
