import type { ImportNote } from "@/lib/queries/meetings";

/**
 * What the importer noted while reading part of a pack (a misprinted date, a total that does
 * not add up), so readers know where a value was read with care. Values are shown as printed.
 */
export function ImportNotes({ notes, lines, headingId, level = 2 }: { notes: ImportNote[]; lines: string; headingId: string; level?: 2 | 3 }) {
  if (notes.length === 0) return null;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} className="mt-10 border-l-4 border-rule pl-4">
      <Heading id={headingId} className={level === 2 ? "mb-2 text-2xl font-bold" : "mb-2 text-xl font-bold"}>Notes on reading the pack</Heading>
      <p className="mb-3 text-muted">
        These were noted when {lines} of the agenda pack were read. The page shows the values as printed.
      </p>
      <ul className="list-disc space-y-2 pl-6">
        {notes.map((n, i) => (
          <li key={`${n.code}-${n.line}-${i}`}>
            {n.message}
            {n.line !== null && <span className="text-sm text-muted"> (line {n.line})</span>}
            {n.resolution && <span className="block text-sm">Clerk&rsquo;s note: {n.resolution}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
