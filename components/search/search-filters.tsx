import Link from "next/link";
import type { FacetValue, SearchFilters as Filters } from "@/lib/queries/search";
import type { SearchKind } from "@/lib/search/kinds";
import { searchHref } from "@/lib/search/search-url";

type Dimension = keyof Filters;
const HEADINGS: Record<Dimension, string> = { type: "Type of record", committee: "Committee", year: "Year" };
const ALL: Record<Dimension, string> = { type: "All types", committee: "All committees", year: "All years" };

function hrefWith(q: string, filters: Filters, dimension: Dimension, value: string | null): string {
  const next = { ...filters, [dimension]: dimension === "year" && value ? Number(value) : value };
  return searchHref({ q, type: next.type as SearchKind | null, committee: next.committee, year: next.year as number | null });
}

/**
 * The filters as plain links (no script needed), each value with its count given the other
 * filters. Inside a <details>, so on a phone the results are not pushed below three lists: open
 * by default when a filter is in use.
 */
export function SearchFilters({ q, filters, facets }: { q: string; filters: Filters; facets: Record<Dimension, FacetValue[]> }) {
  const active = !!(filters.type || filters.committee || filters.year);
  const dimensions = (["type", "committee", "year"] as const).filter((d) => facets[d].length > 0);
  if (!dimensions.length) return null;
  return (
    <details open={active} className="mb-6 border border-rule">
      <summary className="cursor-pointer bg-panel px-3 py-2 font-bold">Filter by type, committee or year</summary>
      <div className="grid gap-6 p-3 sm:grid-cols-3">
        {dimensions.map((d) => (
          <section key={d} aria-labelledby={`filter-${d}`}>
            <h3 id={`filter-${d}`} className="mb-1 font-bold">{HEADINGS[d]}</h3>
            <ul className="space-y-1">
              {filters[d] != null && (
                <li><Link prefetch={false} href={hrefWith(q, filters, d, null)}>{ALL[d]}</Link></li>
              )}
              {facets[d].map((v) => (
                <li key={v.value}>
                  {v.selected ? (
                    <strong aria-current="true">{v.label} ({v.count})</strong>
                  ) : (
                    <Link prefetch={false} href={hrefWith(q, filters, d, v.value)}>{v.label}</Link>
                  )}
                  {!v.selected && <span className="text-muted"> ({v.count})</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </details>
  );
}
