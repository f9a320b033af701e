import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BudgetTableSection } from "@/components/funding/budget-table";
import { budgetDatasetJsonLd } from "@/components/funding/funding-json-ld";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { JsonLd } from "@/components/ui/json-ld";
import { formatDate, fitTitle } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import { getFinanceReportBySlug, listFinanceReportSlugs } from "@/lib/queries/funding";
import { siteConfig } from "@/lib/site-config";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listFinanceReportSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = await getFinanceReportBySlug((await params).slug);
  if (!r) return { title: "Finance report not found" };
  const reportTitle = readableCase(r.title, { properNames: [r.committee.name] });
  const title = fitTitle(`Budget tables: ${reportTitle}`);
  const description = `Budget, actual and variance for each budget line in the ${r.tables.length} tables of "${reportTitle}", presented to the ${r.committee.name} on ${formatDate(r.meeting.date)}.`;
  const path = `/funding/reports/${r.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "article" } };
}

export default async function FinanceReportPage({ params }: Props) {
  const r = await getFinanceReportBySlug((await params).slug);
  if (!r) notFound();
  const title = readableCase(r.title, { properNames: [r.committee.name] });
  const url = `${siteConfig.siteUrl}/funding/reports/${r.slug}`;
  return (
    <article>
      <JsonLd data={budgetDatasetJsonLd({
        name: `Budget tables: ${title}`, url, date: r.meeting.date,
        description: `Budget lines of ${title}, ${r.committee.name}, ${r.meeting.date}.`,
        reportUrl: r.report ? `${siteConfig.siteUrl}/reports/${r.report.slug}` : undefined,
      })} />
      <Breadcrumbs trail={[{ href: "/funding", label: "Funding" }]} current={title} />
      <p className="text-lg text-muted">Budget tables</p>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{title}</h1>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 border-y border-rule py-4 sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">Meeting</dt>
        <dd><Link prefetch={false} href={`/meetings/${r.meeting.slug}`}>{r.committee.name}, {formatDate(r.meeting.date)}</Link></dd>
        <dt className="font-bold">Report</dt>
        <dd>{r.report ? <Link prefetch={false} href={`/reports/${r.report.slug}`}>{title}</Link> : "These tables are not tied to a report"}</dd>
        <dt className="font-bold">Tables</dt>
        <dd>{r.tables.length}</dd>
      </dl>

      <nav aria-labelledby="tables-heading" className="mt-8">
        <h2 id="tables-heading" className="mb-2 text-xl font-bold">Tables in this report</h2>
        <ol className="list-decimal space-y-1 pl-6">
          {r.tables.map((t) => (
            <li key={t.anchor}>
              <a href={`#${t.anchor}`}>{t.name}</a>{" "}
              <span className="text-muted">
                ({t.lineCount === 1 ? "1 line" : `${t.lineCount} lines`}
                {t.noteCount > 0 && `, ${t.noteCount === 1 ? "1 figure flagged" : `${t.noteCount} figures flagged`}`})
              </span>
            </li>
          ))}
        </ol>
      </nav>

      <div className="mt-10 space-y-14">
        {r.budgetTables.map((t) => <BudgetTableSection key={t.anchor} table={t} idPrefix={t.anchor} reportedOn={r.meeting.date} />)}
      </div>
    </article>
  );
}
