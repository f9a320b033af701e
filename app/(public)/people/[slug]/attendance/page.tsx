import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonAttendanceIndex } from "@/components/people/person-attendance-index";
import { personListMeta } from "@/lib/pagination/person-lists";
import { prerenderParams } from "@/lib/publishing/prerender-policy";
import { getPersonHeading, listPersonAttendancePage, listPersonSlugs } from "@/lib/queries/people";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listPersonSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await getPersonHeading((await params).slug);
  if (!person) return { title: "Person not found" };
  const { title, description, listPath: path } = personListMeta("person-attendance", person);
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" } };
}

export default async function PersonAttendancePage({ params }: Props) {
  const person = await getPersonHeading((await params).slug);
  if (!person) notFound();
  return <PersonAttendanceIndex person={person} data={await listPersonAttendancePage(1, person.slug)} page={1} />;
}
