import type { FigureNote } from "@/lib/queries/funding";
import { figureFlag } from "@/lib/text/reader-flags";

export interface NumberedNote {
  id: string;
  number: number;
  /** The plain-words flag readers see (the importer's own message stays with clerks). */
  flag: string;
  note: FigureNote;
}

/** Number the flags of a table's rows once each (the same flag on two rows shares a number). */
export function numberNotes(rows: FigureNote[][], idPrefix: string): { byRow: NumberedNote[][]; list: NumberedNote[] } {
  const list: NumberedNote[] = [];
  const byRow = rows.map((notes) =>
    notes.map((note) => {
      const flag = figureFlag(note.code);
      let n = list.find((x) => x.flag === flag);
      if (!n) {
        n = { id: `${idPrefix}-${list.length + 1}`, number: list.length + 1, flag, note };
        list.push(n);
      }
      return n;
    }),
  );
  return { byRow, list };
}

/** Plain-words flags on figures that could not be checked (a printed total that does not add up, and the like). */
export function FigureFlags({ notes }: { notes: NumberedNote[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="mt-3 border-l-4 border-warning bg-panel p-3">
      <p className="font-bold">About these figures</p>
      <p className="text-sm">The figures are shown as the report prints them.</p>
      <ol className="mt-2 space-y-1 text-sm">
        {notes.map((n) => (
          <li key={n.id} id={n.id} className="scroll-mt-4">
            <strong>Note {n.number}.</strong> {n.flag}
          </li>
        ))}
      </ol>
    </div>
  );
}
