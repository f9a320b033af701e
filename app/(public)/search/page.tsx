import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SearchForm } from "@/components/ui/search-form";
import { searchPublished } from "@/lib/queries/search";
import { cleanSearchQuery } from "@/lib/text/search-query";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

// Results depend on the query, so this one page renders on request; everything it links to is static.
// The query is shown back twice only (the box and the heading), cleaned and capped at 200 characters.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = cleanSearchQuery((await searchParams).q);
  return {
    title: q ? "Search results" : "Search",
    description: "Search committee reports, decisions, committees and people.",
    alternates: { canonical: "/search" },
    robots: { index: false, follow: true },
  };
}

const KIND_LABEL = { report: "Report", decision: "Decision", person: "Person", committee: "Committee" } as const;

export default async function SearchPage({ searchParams }: Props) {
  const q = cleanSearchQuery((await searchParams).q);
  const hits = q ? await searchPublished(q) : [];
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Meetings" }]} current="Search" />
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Search</h1>
      <SearchForm defaultValue={q} id="search-page-query" />
      {q && (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="mb-4 text-2xl font-bold">
            {hits.length === 0 ? `No results for “${q}”` : `${hits.length} result${hits.length === 1 ? "" : "s"} for “${q}”`}
          </h2>
          {q.length < 2 && <p>Type at least two letters.</p>}
          {hits.length > 0 && (
            <ul className="divide-y divide-rule border-y border-rule">
              {hits.map((h) => (
                <li key={h.href} className="py-3">
                  <span className="mr-2 inline-block bg-panel px-2 text-sm font-bold">{KIND_LABEL[h.kind]}</span>
                  <Link prefetch={false} href={h.href} className="font-bold">{h.title}</Link>
                  {h.context && <span className="block text-sm text-muted">{h.context}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
