import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { SearchResultItem } from "@/lib/queries/search";
import { MarkedText } from "./marked-text";

/** Kinds whose context line already says the meeting's date. */
const DATED_IN_CONTEXT = new Set(["report", "decision", "minute"]);

/** One page of results, numbered from `start` (so page 2 starts at 21). */
export function SearchResultList({ results, start }: { results: SearchResultItem[]; start: number }) {
  return (
    <ol start={start} className="divide-y divide-rule border-y border-rule">
      {results.map((r, i) => (
        <li key={`${r.url}|${i}`} className="py-4">
          <p className="mb-1 text-sm">
            <span className="mr-2 inline-block bg-panel px-2 font-bold">{r.kindLabel}</span>
            <span className="text-muted">{[r.committee?.name, r.date && !DATED_IN_CONTEXT.has(r.kind) ? formatDate(r.date, { weekday: false }) : null].filter(Boolean).join(" · ")}</span>
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
