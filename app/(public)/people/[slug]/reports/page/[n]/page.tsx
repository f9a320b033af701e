import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonReportsIndex } from "@/components/people/person-reports-index";
import { listPath } from "@/lib/pagination/paged-lists";
import { personListMeta } from "@/lib/pagination/person-lists";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { getPersonHeading, listPersonReportsPage } from "@/lib/queries/people";

type Props = { params: Promise<{ slug: string; n: string }> };

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const person = await getPersonHeading(slug);
  if (!person) return { title: "Person not found" };
  const page = requirePageNumber(n, listPath("person-reports", slug));
  return pagedMetadata(personListMeta("person-reports", person), page, (await listPersonReportsPage(page, slug)).total);
}

export default async function PersonReportsPageN({ params }: Props) {
  const { slug, n } = await params;
  const person = await getPersonHeading(slug);
  if (!person) notFound();
  const page = requirePageNumber(n, listPath("person-reports", slug));
  const data = await listPersonReportsPage(page, slug);
  requireInRange(page, data.total);
  return <PersonReportsIndex person={person} data={data} page={page} />;
}
