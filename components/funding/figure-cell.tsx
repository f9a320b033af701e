import { formatFigure } from "@/lib/charts/figures";

/** A number cell: the figure as printed (or "not given"), with links to any import notes about it. */
export function FigureCell({ value, noteRefs }: { value: number | null; noteRefs: { id: string; number: number }[] }) {
  const text = formatFigure(value);
  return (
    <td className={`py-2 pl-4 text-right align-top tabular-nums ${noteRefs.length ? "bg-[#fff2cc]" : ""}`}>
      {text ?? <span className="text-muted">–<span className="sr-only">not given</span></span>}
      {noteRefs.map((n) => (
        <a key={n.id} href={`#${n.id}`} className="block whitespace-nowrap text-sm leading-6 font-bold">
          see note {n.number}
        </a>
      ))}
    </td>
  );
}
