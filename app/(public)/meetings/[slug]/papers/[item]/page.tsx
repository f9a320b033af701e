import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PackDownloads } from "@/components/papers/pack-downloads";
import { PaperBlocks } from "@/components/papers/paper-blocks";
import { JsonLd } from "@/components/ui/json-ld";
import { siteConfig } from "@/lib/site-config";
import { fitTitle, formatDate, formatPageRange } from "@/lib/format";
import { toPaperBlocks } from "@/lib/papers/reader-text";
import { listMeetingPackSlugs } from "@/lib/queries/meetings";
import { papersHref } from "@/lib/papers/paths";
import { getItemPapers, listItemPaperParams } from "@/lib/queries/papers";
import { readableCase } from "@/lib/text/readable-case";
import { prerenderLimit, slugsToPrerender } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string; item: string }> };

export async function generateStaticParams() {
  // The newest meetings' papers, up to the per-route limit: the rest render on first request and are kept.
  return (await listItemPaperParams(slugsToPrerender(await listMeetingPackSlugs()))).slice(0, prerenderLimit());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, item } = await params;
  const p = await getItemPapers(slug, item);
  if (!p) return { title: "Papers not found" };
  const name = readableCase(p.item.title, { properNames: [p.meeting.committee.name] });
  const title = fitTitle(`Papers for item ${p.item.number}: ${name}`);
  const pages = formatPageRange(p.item.pageStart, p.item.pageEnd);
  const description = `The agenda pack${pages ? ` (${pages})` : ""} for item ${p.item.number}, ${name}, at the ${p.meeting.committee.name} meeting on ${formatDate(p.meeting.date)}.`;
  const path = papersHref(slug, p.item.number);
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "article" } };
}

export default async function ItemPapersPage({ params }: Props) {
  const { slug, item } = await params;
  const p = await getItemPapers(slug, item);
  if (!p) notFound();
  const names = { properNames: [p.meeting.committee.name] };
  const title = readableCase(p.item.title, names);
  const pages = formatPageRange(p.item.pageStart, p.item.pageEnd);
  const at = p.items.findIndex((i) => i.pathLabel === p.item.pathLabel);
  const prev = p.items[at - 1];
  const next = p.items[at + 1];
  return (
    <article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "DigitalDocument",
          name: `Papers for item ${p.item.number}: ${title}`,
          url: `${siteConfig.siteUrl}${papersHref(slug, p.item.number)}`,
          isPartOf: { "@type": "Event", name: `${p.meeting.committee.name}, ${p.meeting.date}`, url: `${siteConfig.siteUrl}/meetings/${slug}` },
          ...(p.item.report ? { about: { "@type": "Report", name: readableCase(p.item.report.title, names), url: `${siteConfig.siteUrl}/reports/${p.item.report.slug}` } } : {}),
        }}
      />
      <Breadcrumbs
        trail={[{ href: "/", label: "Meetings" }, { href: `/meetings/${slug}`, label: formatDate(p.meeting.date) }]}
        current={`Papers for item ${p.item.number}`}
      />
      <p className="text-lg text-muted">{p.meeting.committee.name}, {formatDate(p.meeting.date)}: agenda item {p.item.number}</p>
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mb-4 max-w-3xl">
        The item&rsquo;s papers{pages ? `, ${pages}` : ""} of the agenda pack, set out for reading.
        {p.item.report && (
          <> The report with its recommendations and the decision on it: <Link prefetch={false} href={`/reports/${p.item.report.slug}`}>{readableCase(p.item.report.title, names)}</Link>.</>
        )}
      </p>
      <section aria-labelledby="downloads-heading" className="mb-8 border-y border-rule py-4">
        <h2 id="downloads-heading" className="mb-2 text-lg font-bold">The original</h2>
        <PackDownloads
          meetingSlug={slug} fileName={p.pack.fileName} isPdf={p.pack.hasOriginal && p.pack.mediaType === "application/pdf"}
          page={p.item.pageStart} attribution={p.pack.attribution}
        />
        {!(p.pack.hasOriginal && p.pack.mediaType === "application/pdf") && p.item.extent.kind === "lines" && (
          <p className="mt-2 text-sm text-muted">
            This pack reached us as text without page breaks, so the part below runs from where the item&rsquo;s papers begin to where the next
            item&rsquo;s begin.
          </p>
        )}
      </section>
      <section aria-label="The papers">
        <PaperBlocks blocks={toPaperBlocks(p.item.extent.text)} />
      </section>
      <nav aria-label="Other items' papers" className="mt-10 flex flex-wrap justify-between gap-4 border-t border-rule pt-4">
        {prev ? <Link prefetch={false} href={papersHref(slug, prev.number)}>‹ Item {prev.number} papers</Link> : <span />}
        <Link prefetch={false} href={`/meetings/${slug}#agenda-heading`}>The whole agenda</Link>
        {next ? <Link prefetch={false} href={papersHref(slug, next.number)}>Item {next.number} papers ›</Link> : <span />}
      </nav>
    </article>
  );
}
