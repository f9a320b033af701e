import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { SearchResultItem } from "@/lib/queries/search";
import { MarkedText } from "./marked-text";

/** One page of results, numbered from `start` (so page 2 starts at 21). */
export function SearchResultList({ results, start }: { results: SearchResultItem[]; start: number }) {
  return (
    <ol start={start} className="divide-y divide-rule border-y border-rule">
      {results.map((r, i) => (
        <li key={`${r.url}|${i}`} className="py-4">
          <p className="mb-1 text-sm">
            <span className="mr-2 inline-block bg-panel px-2 font-bold">{r.kindLabel}</span>
            {r.committee && <span className="text-muted">{r.committee.name}</span>}
            {r.committee && r.date && <span className="text-muted"> · </span>}
            {r.date && r.kind !== "report" && r.kind !== "decision" && r.kind !== "minute" && <span className="text-muted">{formatDate(r.date, { weekday: false })}</span>}
          </p>
          <h3 className="text-lg font-bold [overflow-wrap:anywhere]">
            <Link prefetch={false} href={r.url}><MarkedText parts={r.title} /></Link>
          </h3>
          {r.context && <p className="text-sm text-muted">{r.context}</p>}
          {r.snippet.length > 0 && (
            <p className="mt-1 max-w-3xl [overflow-wrap:anywhere]"><MarkedText parts={r.snippet} /></p>
          )}
        </li>
      ))}
    </ol>
  );
}
