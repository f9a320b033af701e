import type { FigureNote } from "@/lib/queries/funding";

export interface NumberedNote {
  id: string;
  number: number;
  note: FigureNote;
}

/** Number the notes of a table's rows once each (the same message on two rows shares a number). */
export function numberNotes(rows: FigureNote[][], idPrefix: string): { byRow: NumberedNote[][]; list: NumberedNote[] } {
  const list: NumberedNote[] = [];
  const byRow = rows.map((notes) =>
    notes.map((note) => {
      let n = list.find((x) => x.note.message === note.message);
      if (!n) {
        n = { id: `${idPrefix}-${list.length + 1}`, number: list.length + 1, note };
        list.push(n);
      }
      return n;
    }),
  );
  return { byRow, list };
}

/** The importer's notes on figures in a table: where a printed total does not add up, and the like. */
export function ImportNotes({ notes }: { notes: NumberedNote[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="mt-3 border-l-4 border-warning bg-panel p-3">
      <p className="font-bold">Notes from the import</p>
      <p className="text-sm">These figures are shown as the report prints them. When they were read, the importer noticed:</p>
      <ol className="mt-2 space-y-1 text-sm">
        {notes.map((n) => (
          <li key={n.id} id={n.id} className="scroll-mt-4">
            <strong>Note {n.number}.</strong> {n.note.message}
          </li>
        ))}
      </ol>
    </div>
  );
}
