import Link from "next/link";
import type { SearchSuggestion } from "@/lib/queries/search";
import { searchHref } from "@/lib/search/search-url";

const REASON: Record<SearchSuggestion["reason"], string> = {
  "without-filters": "without the filters",
  "one-word": "on its own",
  prefix: "as the start of a word",
};

/** What to try when nothing matched: searches that would find something, then general advice. */
export function NoResults({ suggestions, hasWords }: { suggestions: SearchSuggestion[]; hasWords: boolean }) {
  return (
    <div className="max-w-3xl space-y-4">
      {!hasWords && <p>Search for words or numbers: punctuation and symbols on their own are not searched for.</p>}
      {suggestions.length > 0 && (
        <>
          <h3 className="text-xl font-bold">Try instead</h3>
          <ul className="list-disc space-y-1 pl-6">
            {suggestions.map((s) => (
              <li key={`${s.reason}|${s.q}`}>
                <Link prefetch={false} href={searchHref({ q: s.q, ...s.filters })}>
                  {s.reason === "without-filters" ? "Search every type, committee and year" : s.q}
                </Link>{" "}
                {s.reason !== "without-filters" && <span className="text-muted">{REASON[s.reason]}, </span>}
                <span className="text-muted">{s.count} result{s.count === 1 ? "" : "s"}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="text-xl font-bold">Search tips</h3>
      <ul className="list-disc space-y-1 pl-6">
        <li>Check the spelling, or use fewer words: every word must appear.</li>
        <li>End a word with * to find words that start with it: <kbd>librar*</kbd> finds library and libraries.</li>
        <li>Put &ldquo;double quotes&rdquo; round words that must appear together, like <kbd>"white ribbon"</kbd>.</li>
        <li>
          Or browse the <Link prefetch={false} href="/reports">reports</Link>, <Link prefetch={false} href="/decisions">decisions</Link>,{" "}
          <Link prefetch={false} href="/committees">committees</Link> and <Link prefetch={false} href="/people">people</Link>.
        </li>
      </ul>
    </div>
  );
}
