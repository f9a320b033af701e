import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { budgetDatasetJsonLd } from "@/components/funding/funding-json-ld";
import { LineHistory } from "@/components/funding/line-history";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { JsonLd } from "@/components/ui/json-ld";
import { formatDate, fitTitle } from "@/lib/format";
import { getBudgetLineBySlug, listBudgetLineSlugs } from "@/lib/queries/funding";
import { siteConfig } from "@/lib/site-config";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listBudgetLineSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const line = await getBudgetLineBySlug((await params).slug);
  if (!line) return { title: "Budget line not found" };
  const title = fitTitle(`Budget line: ${line.name}`);
  const description = `${line.name} (${line.committee.name}): budget, actual and variance in each finance report that printed it, ${formatDate(line.firstDate, { weekday: false })}${line.lastDate !== line.firstDate ? ` to ${formatDate(line.lastDate, { weekday: false })}` : ""}.`;
  const path = `/funding/lines/${line.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "article" } };
}

export default async function BudgetLinePage({ params }: Props) {
  const line = await getBudgetLineBySlug((await params).slug);
  if (!line) notFound();
  const tables = line.history.length;
  return (
    <article>
      <JsonLd data={budgetDatasetJsonLd({
        name: `Budget line: ${line.name}`, url: `${siteConfig.siteUrl}/funding/lines/${line.slug}`,
        description: `${line.name} in each finance report of the ${line.committee.name}.`,
      })} />
      <Breadcrumbs trail={[{ href: "/funding", label: "Funding" }]} current={line.name} />
      <p className="text-lg text-muted">Budget line</p>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{line.name}</h1>
      <dl className="mb-8 grid grid-cols-1 gap-x-6 gap-y-3 border-y border-rule py-4 sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">Committee</dt>
        <dd><Link prefetch={false} href={`/committees/${line.committee.slug}`}>{line.committee.name}</Link></dd>
        <dt className="font-bold">Printed in</dt>
        <dd>
          {tables === 1 ? "1 table" : `${tables} tables`} of the finance reports for{" "}
          {line.meetingCount === 1 ? "1 meeting" : `${line.meetingCount} meetings`}
        </dd>
      </dl>
      <p className="mb-4 max-w-3xl">
        Lines are matched between reports by name. A report can print the same line in more than one table (a summary
        and an appendix, say), and a total row such as &ldquo;Total&rdquo; can cover a different scope in each table:
        check the table name before comparing figures.
      </p>
      <LineHistory line={line} />
    </article>
  );
}
