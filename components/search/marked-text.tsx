import type { TextPart } from "@/lib/search/snippet";

/** Text with the search's matches in <mark>: rendered as React text, so a record's own "<" stays text. */
export function MarkedText({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.marked ? <mark key={i} className="bg-focus/60 px-0.5 text-ink">{p.text}</mark> : p.text))}
    </>
  );
}
