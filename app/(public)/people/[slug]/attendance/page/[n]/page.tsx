import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonAttendanceIndex } from "@/components/people/person-attendance-index";
import { listPath } from "@/lib/pagination/paged-lists";
import { personListMeta } from "@/lib/pagination/person-lists";
import { noPrerenderedPages, pagedMetadata, requireInRange, requirePageNumber } from "@/lib/pagination/route-page";
import { getPersonHeading, listPersonAttendancePage } from "@/lib/queries/people";

type Props = { params: Promise<{ slug: string; n: string }> };

export const generateStaticParams = noPrerenderedPages;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const person = await getPersonHeading(slug);
  if (!person) return { title: "Person not found" };
  const page = requirePageNumber(n, listPath("person-attendance", slug));
  return pagedMetadata(personListMeta("person-attendance", person), page, (await listPersonAttendancePage(page, slug)).total);
}

export default async function PersonAttendancePageN({ params }: Props) {
  const { slug, n } = await params;
  const person = await getPersonHeading(slug);
  if (!person) notFound();
  const page = requirePageNumber(n, listPath("person-attendance", slug));
  const data = await listPersonAttendancePage(page, slug);
  requireInRange(page, data.total);
  return <PersonAttendanceIndex person={person} data={data} page={page} />;
}
