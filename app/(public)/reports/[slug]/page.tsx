import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { BudgetTables } from "@/components/reports/budget-tables";
import { ReportContacts } from "@/components/reports/contacts";
import { FundingFigures } from "@/components/reports/funding-figures";
import { EnvironmentImplications, Implications, OfficerClearances } from "@/components/reports/implications";
import { Recommendations } from "@/components/reports/recommendations";
import { ReportBody } from "@/components/reports/report-body";
import { ReportDecision } from "@/components/reports/report-decision";
import { ReportFacts } from "@/components/reports/report-facts";
import { JsonLd } from "@/components/ui/json-ld";
import { LinkedText } from "@/components/ui/linked-text";
import { formatDate, fitTitle, shortenText } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import { getReportBySlug, listReportSlugs } from "@/lib/queries/reports";
import { siteConfig } from "@/lib/site-config";
import { reportJsonLd } from "@/lib/structured-data/report";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listReportSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await getReportBySlug((await params).slug);
  if (!report) return { title: "Report not found" };
  // Titles over ~70 characters (with the site name) are cut in search results: shorten, keep the h1 whole.
  const title = fitTitle(readableCase(report.title, { properNames: [report.meeting.committee.name] }));
  const description = `Report to the ${report.meeting.committee.name} on ${formatDate(report.meeting.date)}${report.purpose ? `: ${shortenText(report.purpose, 200)}` : "."}`;
  const path = `/reports/${report.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "article" } };
}

const FOLD_FIGURES_OVER = 15;

export default async function ReportPage({ params }: Props) {
  const r = await getReportBySlug((await params).slug);
  if (!r) notFound();
  const url = `${siteConfig.siteUrl}/reports/${r.slug}`;
  const title = readableCase(r.title, { properNames: [r.meeting.committee.name] });
  const contents = [
    { id: "purpose-heading", label: r.purpose ? "Purpose" : null },
    { id: "recommendations-heading", label: "Recommendations" },
    { id: "decision-heading", label: "Decision" },
    { id: "contacts-heading", label: "Contacts" },
    { id: "body-heading", label: "The report" },
    { id: "implications-heading", label: r.implications.length || r.environment.length ? "Implications" : null },
    { id: "clearances-heading", label: r.clearances.length ? "Officer clearances" : null },
    { id: "sources-heading", label: r.sourceDocuments.length ? "Source documents" : null },
    { id: "footnotes-heading", label: r.footnotes.length ? "Footnotes" : null },
    { id: "funding-heading", label: r.funding.length ? "Money mentioned" : null },
    { id: "budget-heading", label: r.budgetTables.length ? "Budget lines" : null },
  ].filter((c): c is { id: string; label: string } => c.label !== null);
  return (
    <article>
      <JsonLd data={reportJsonLd(r, url)} />
      <Breadcrumbs
        trail={[{ href: "/reports", label: "Reports" }, { href: `/meetings/${r.meeting.slug}`, label: `Meeting on ${formatDate(r.meeting.date, { weekday: false })}` }]}
        current={r.agendaItem ? `Item ${r.agendaItem.number}` : "Report"}
      />
      <p className="text-lg text-muted">
        Report to the {r.meeting.committee.name}
        {r.agendaItem ? `, agenda item ${r.agendaItem.number}` : ""}
      </p>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{title}</h1>
      <ReportFacts report={r} />

      <nav aria-label="On this page" className="no-print mt-6">
        <h2 className="text-lg font-bold">On this page</h2>
        <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {contents.map((c) => <li key={c.id}><a href={`#${c.id}`}>{c.label}</a></li>)}
        </ul>
      </nav>

      {r.purpose && (
        <section aria-labelledby="purpose-heading" className="mt-10">
          <h2 id="purpose-heading" className="mb-4 text-2xl font-bold">Purpose</h2>
          <p className="max-w-3xl whitespace-pre-line">{r.purpose}</p>
        </section>
      )}

      <section aria-labelledby="recommendations-heading" className="mt-10">
        <h2 id="recommendations-heading" className="mb-4 text-2xl font-bold">Recommendations</h2>
        <Recommendations leadIn={r.recommendationLeadIn} items={r.recommendations} />
      </section>

      <section aria-labelledby="decision-heading" className="mt-10">
        <h2 id="decision-heading" className="mb-4 text-2xl font-bold">Decision</h2>
        <ReportDecision report={r} />
      </section>

      <section aria-labelledby="contacts-heading" className="mt-10">
        <h2 id="contacts-heading" className="mb-4 text-2xl font-bold">Contacts</h2>
        <ReportContacts contacts={r.contacts} />
      </section>

      <section aria-labelledby="body-heading" className="mt-10">
        <h2 id="body-heading" className="mb-2 text-2xl font-bold">The report</h2>
        <ReportBody blocks={r.body} committeeName={r.meeting.committee.name} />
      </section>

      {(r.implications.length > 0 || r.environment.length > 0) && (
        <section aria-labelledby="implications-heading" className="mt-10">
          <h2 id="implications-heading" className="mb-4 text-2xl font-bold">Significant implications</h2>
          {r.implications.length > 0 && <Implications items={r.implications} />}
          {r.environment.length > 0 && (
            <div className="mt-6">
              <EnvironmentImplications items={r.environment} />
            </div>
          )}
        </section>
      )}

      {r.clearances.length > 0 && (
        <section aria-labelledby="clearances-heading" className="mt-10">
          <h2 id="clearances-heading" className="mb-4 text-2xl font-bold">Officer clearances</h2>
          <OfficerClearances items={r.clearances} />
        </section>
      )}

      {r.sourceDocuments.length > 0 && (
        <section aria-labelledby="sources-heading" className="mt-10">
          <h2 id="sources-heading" className="mb-4 text-2xl font-bold">Source documents</h2>
          <ul className="max-w-3xl list-disc space-y-2 pl-6">
            {r.sourceDocuments.map((d, i) => (
              <li key={i}>
                {d.location && /^https?:\/\//.test(d.location) ? <a href={d.location}>{d.title}</a> : d.title}
                {d.location && !/^https?:\/\//.test(d.location) && <span className="block text-sm text-muted">{d.location}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {r.footnotes.length > 0 && (
        <section aria-labelledby="footnotes-heading" className="mt-10">
          <h2 id="footnotes-heading" className="mb-4 text-2xl font-bold">Footnotes</h2>
          <ol className="max-w-3xl space-y-2">
            {r.footnotes.map((f) => (
              <li key={f.marker} id={`footnote-${f.marker}`} className="grid grid-cols-[2rem_1fr]">
                <span className="text-muted">{f.marker}</span>
                <span className="break-words"><LinkedText text={f.text} /></span>
              </li>
            ))}
          </ol>
        </section>
      )}

      {r.funding.length > 0 && (
        <section aria-labelledby="funding-heading" className="mt-10">
          <h2 id="funding-heading" className="mb-4 text-2xl font-bold">Money mentioned in the report</h2>
          <p className="mb-3 max-w-3xl text-muted">
            Sums of money read from the report&rsquo;s text, with the words around each. <Link prefetch={false} href="/funding">Funding across all meetings</Link>.
          </p>
          {r.funding.length > FOLD_FIGURES_OVER ? (
            <details>
              <summary className="cursor-pointer font-bold text-link">Show all {r.funding.length} sums of money</summary>
              <div className="mt-2"><FundingFigures figures={r.funding} /></div>
            </details>
          ) : (
            <FundingFigures figures={r.funding} />
          )}
        </section>
      )}

      {r.budgetTables.length > 0 && (
        <section aria-labelledby="budget-heading" className="mt-10">
          <h2 id="budget-heading" className="mb-4 text-2xl font-bold">Budget lines</h2>
          <p className="mb-3 max-w-3xl text-muted">
            Figures from the report&rsquo;s finance tables, as printed. Negative variances are underspends.{" "}
            <Link prefetch={false} href={`/funding/reports/${r.slug}`}>These tables with each line&rsquo;s history</Link>.
          </p>
          <BudgetTables tables={r.budgetTables} />
        </section>
      )}
    </article>
  );
}
