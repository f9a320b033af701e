import { siteConfig } from "@/lib/site-config";
import { JsonLd } from "@/components/ui/json-ld";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionLinks } from "@/components/decisions/action-links";
import { Attendees } from "@/components/decisions/attendees";
import { Recommendations } from "@/components/reports/recommendations";
import { describeWhenWhere } from "@/lib/meeting-place";
import { OutcomeTag } from "@/components/decisions/outcome-tag";
import { ResolutionText } from "@/components/decisions/resolution-block";
import { describeVotes, formatDate, fitTitle } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import { getDecisionBySlug, listDecisionSlugs, type DecisionDetail } from "@/lib/queries/decisions";
import { minuteName } from "@/lib/minute-label";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listDecisionSlugs());
}

function decisionTitle(d: Pick<DecisionDetail, "minute" | "meeting" | "position" | "siblingCount">): string {
  return `${readableCase(d.minute.title, { properNames: [d.meeting.committee.name] })}${d.siblingCount > 1 ? ` (decision ${d.position} of ${d.siblingCount})` : ""}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const d = await getDecisionBySlug((await params).slug);
  if (!d) return { title: "Decision not found" };
  const title = fitTitle(`${decisionTitle(d)}: decision of ${formatDate(d.meeting.date, { weekday: false })}`);
  const text = d.text.replace(/\s+/g, " ").trim();
  const description = `${d.meeting.committee.name}, ${minuteName(d.minute, { lower: true })}: ${text.length > 220 ? `${text.slice(0, text.lastIndexOf(" ", 220))}…` : text}`;
  const path = `/decisions/${d.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "article" } };
}

export default async function DecisionPage({ params }: Props) {
  const d = await getDecisionBySlug((await params).slug);
  if (!d) notFound();
  const votes = describeVotes(d.votesFor, d.votesAgainst, d.abstentions);
  const url = `${siteConfig.siteUrl}/decisions/${d.slug}`;
  return (
    <article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "DigitalDocument",
          name: decisionTitle(d),
          url,
          text: d.text,
          dateCreated: d.meeting.date,
          isPartOf: { "@type": "Event", name: `${d.meeting.committee.name}, ${d.meeting.date}`, url: `${siteConfig.siteUrl}/meetings/${d.meeting.slug}` },
          author: { "@type": "GovernmentOrganization", name: d.meeting.committee.name, url: `${siteConfig.siteUrl}/committees/${d.meeting.committee.slug}` },
          ...(d.report ? { about: { "@type": "Report", name: readableCase(d.report.title, { properNames: [d.meeting.committee.name] }), url: `${siteConfig.siteUrl}/reports/${d.report.slug}` } } : {}),
        }}
      />
      <Breadcrumbs trail={[{ href: "/decisions", label: "Decisions" }]} current={`${minuteName(d.minute)}, ${formatDate(d.meeting.date, { weekday: false })}`} />
      <p className="text-lg text-muted">Decision of the {d.meeting.committee.name}</p>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{decisionTitle(d)}</h1>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 border-y border-rule py-4 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Outcome</dt>
        <dd><OutcomeTag outcome={d.outcome} /></dd>
        <dt className="font-bold">Votes</dt>
        <dd>
          {votes ?? "No vote counts printed"}
          {d.present.length > 0 && (
            <span className="block text-sm text-muted">
              {d.present.length} {d.present.length === 1 ? "person" : "people"} recorded present: <a href="#present-heading">who was there</a>
            </span>
          )}
        </dd>
        <dt className="font-bold">Meeting</dt>
        <dd>
          <Link prefetch={false} href={`/meetings/${d.meeting.slug}`}>{d.meeting.committee.name}</Link>
          <span className="block">{describeWhenWhere(d.meeting)}</span>
        </dd>
        <dt className="font-bold">Minute</dt>
        <dd>
          <Link prefetch={false} href={`/meetings/${d.meeting.slug}#${d.minute.anchor}`}>{d.minute.label ? `Minute ${d.minute.label}: ` : ""}{readableCase(d.minute.title, { properNames: [d.meeting.committee.name] })}</Link>
        </dd>
        <dt className="font-bold">Report decided on</dt>
        <dd>
          {d.report ? (
            <>
              <Link prefetch={false} href={`/reports/${d.report.slug}`}>{readableCase(d.report.title, { properNames: [d.meeting.committee.name] })}</Link>
              {d.report.agendaItem?.papersHref && (
                <span className="block text-sm"><Link prefetch={false} href={d.report.agendaItem.papersHref}>Its papers in the agenda pack</Link></span>
              )}
            </>
          ) : "No report is linked to this minute"}
        </dd>
      </dl>

      {d.report && (
        <section aria-labelledby="recommended-heading" className="mt-10">
          <h2 id="recommended-heading" className="mb-2 text-2xl font-bold">What the report recommended</h2>
          <Recommendations leadIn={d.report.recommendationLeadIn} items={d.report.recommendations} />
        </section>
      )}

      <section aria-labelledby="resolved-heading" className="mt-10">
        <h2 id="resolved-heading" className="mb-2 text-2xl font-bold">What was resolved</h2>
        <div className="max-w-3xl border-l-4 border-brand bg-panel px-4 py-3">
          <ResolutionText resolution={d} />
        </div>
      </section>

      <section aria-labelledby="present-heading" className="mt-10">
        <h2 id="present-heading" className="mb-2 text-2xl font-bold">Who was present</h2>
        {d.present.length ? (
          <>
            <p className="mb-3 max-w-3xl text-muted">
              As the minutes record them. The minutes give {votes ? "the vote counts above" : "the outcome"}, not how each member voted.
            </p>
            <Attendees people={d.present} />
            {d.apologies.length > 0 && (
              <>
                <h3 className="mt-6 mb-2 text-lg font-bold">Apologies for absence</h3>
                <Attendees people={d.apologies} />
              </>
            )}
          </>
        ) : (
          <p>The minutes do not record who attended.</p>
        )}
      </section>

      <section aria-labelledby="actions-heading" className="mt-10">
        <h2 id="actions-heading" className="mb-4 text-2xl font-bold">Actions that followed</h2>
        {d.actions.length ? <ActionLinks actions={d.actions} /> : <p>The minutes record no actions from this minute.</p>}
      </section>

      {d.siblings.length > 0 && (
        <section aria-labelledby="siblings-heading" className="mt-10">
          <h2 id="siblings-heading" className="mb-4 text-2xl font-bold">Other decisions in {minuteName(d.minute, { lower: true })}</h2>
          <ul className="space-y-1">
            {d.siblings.map((s) => (
              <li key={s.slug}><Link prefetch={false} href={`/decisions/${s.slug}`}>Decision {s.position} of {d.siblingCount}</Link></li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
