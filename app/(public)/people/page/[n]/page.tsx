import type { Metadata } from "next";
import { PeopleListPage } from "@/components/people/people-list-page";
import { LIST_META } from "@/lib/pagination/list-meta";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { listPublishedPeople } from "@/lib/queries/people";

type Props = { params: Promise<{ n: string }> };

const LIST = LIST_META.people;

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = requirePageNumber((await params).n, LIST.listPath);
  return pagedMetadata(LIST, page, (await listPublishedPeople()).length);
}

export default async function PeoplePageN({ params }: Props) {
  const page = requirePageNumber((await params).n, LIST.listPath);
  const people = await listPublishedPeople();
  requireInRange(page, people.length);
  return <PeopleListPage people={people} page={page} />;
}
