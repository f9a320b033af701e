import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PrioritySection, priorityAnchor, priorityHeading } from "@/components/strategies/priority-section";
import { StrategyActionCard } from "@/components/strategies/strategy-action-card";
import { strategyJsonLd } from "@/components/strategies/strategy-json-ld";
import { JsonLd } from "@/components/ui/json-ld";
import { formatDate, fitTitle } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import { getStrategyBySlug, listStrategySlugs } from "@/lib/queries/strategies";
import { siteConfig } from "@/lib/site-config";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listStrategySlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await getStrategyBySlug((await params).slug);
  if (!s) return { title: "Strategy not found" };
  const plan = readableCase(s.title, { properNames: [s.committee.name] });
  const title = fitTitle(plan);
  const description = `${plan}, presented to the ${s.committee.name} on ${formatDate(s.meeting.date)}: ${s.priorityCount} priorities and ${s.actionCount} actions with lead officers, dates, risks and outputs.`;
  const path = `/strategies/${s.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "article" } };
}

export default async function StrategyPage({ params }: Props) {
  const s = await getStrategyBySlug((await params).slug);
  if (!s) notFound();
  const names = { properNames: [s.committee.name] };
  const title = readableCase(s.title, names);
  const refs = new Map<string, string>();
  for (const a of [...s.priorities.flatMap((p) => p.actions), ...s.otherActions]) if (!refs.has(a.ref)) refs.set(a.ref, a.anchor);
  return (
    <article>
      <JsonLd data={strategyJsonLd(s, `${siteConfig.siteUrl}/strategies/${s.slug}`)} />
      <Breadcrumbs trail={[{ href: "/strategies", label: "Strategies" }]} current={title} />
      <p className="text-lg text-muted">{s.committee.name}</p>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{title}</h1>

      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 border-y border-rule py-4 sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">Presented to</dt>
        <dd>
          <Link prefetch={false} href={`/meetings/${s.meeting.slug}`}>{s.committee.name} meeting on {formatDate(s.meeting.date)}</Link>
        </dd>
        <dt className="font-bold">In the report</dt>
        <dd>
          {s.report ? (
            <Link prefetch={false} href={`/reports/${s.report.slug}`}>{readableCase(s.report.title, names)}</Link>
          ) : (
            "Not tied to a report: it was printed elsewhere in the agenda pack"
          )}
        </dd>
        <dt className="font-bold">Size</dt>
        <dd>
          {s.priorityCount === 1 ? "1 priority" : `${s.priorityCount} priorities`},{" "}
          {s.actionCount === 1 ? "1 action" : `${s.actionCount} actions`}
        </dd>
      </dl>

      {s.priorities.length > 0 && (
        <nav aria-labelledby="contents-heading" className="mt-8">
          <h2 id="contents-heading" className="mb-2 text-xl font-bold">Priorities</h2>
          <ol className="list-none space-y-1">
            {s.priorities.map((p, i) => (
              <li key={i}>
                <a href={`#${priorityAnchor(p, i)}`}>{priorityHeading(p)}</a>{" "}
                <span className="text-muted">({p.actions.length === 1 ? "1 action" : `${p.actions.length} actions`})</span>
              </li>
            ))}
          </ol>
        </nav>
      )}

      <div className="mt-10 space-y-12">
        {s.priorities.map((p, i) => <PrioritySection key={i} priority={p} index={i} fields={s.fieldsInUse} refs={refs} />)}
        {s.otherActions.length > 0 && (
          <section aria-labelledby="other-actions-heading">
            <h2 id="other-actions-heading" className="mb-4 border-b-4 border-brand pb-1 text-2xl font-bold">
              {s.priorities.length ? "Actions not under a priority" : "Actions"}
            </h2>
            <h3 className="sr-only">Action list</h3>
            <div className="space-y-4">
              {s.otherActions.map((a, i) => <StrategyActionCard key={`${a.ref}-${i}`} action={a} fields={s.fieldsInUse} refs={refs} />)}
            </div>
          </section>
        )}
        {s.priorities.length === 0 && s.otherActions.length === 0 && <p>This plan has no priorities or actions recorded.</p>}
      </div>
    </article>
  );
}
