import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonReportsIndex } from "@/components/people/person-reports-index";
import { personListMeta } from "@/lib/pagination/person-lists";
import { prerenderParams } from "@/lib/publishing/prerender-policy";
import { getPersonHeading, listPersonReportsPage, listPersonSlugs } from "@/lib/queries/people";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listPersonSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await getPersonHeading((await params).slug);
  if (!person) return { title: "Person not found" };
  const { title, description, listPath: path } = personListMeta("person-reports", person);
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" } };
}

export default async function PersonReportsPage({ params }: Props) {
  const person = await getPersonHeading((await params).slug);
  if (!person) notFound();
  return <PersonReportsIndex person={person} data={await listPersonReportsPage(1, person.slug)} page={1} />;
}
