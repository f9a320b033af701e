import type { ReportDetail } from "@/lib/queries/reports";

/** The recommendations with their printed labels (a), b)…). */
export function Recommendations({ leadIn, items }: { leadIn: string | null; items: ReportDetail["recommendations"] }) {
  if (items.length === 0) return <p>The report makes no recommendations.</p>;
  return (
    <div className="max-w-3xl">
      {leadIn && <p className="mb-2">{leadIn}</p>}
      <ol className="space-y-2">
        {items.map((r, i) => (
          <li key={i} className="grid grid-cols-[2rem_1fr]">
            <span className="font-bold">{r.label ? `${r.label})` : `${i + 1}.`}</span>
            <span>{r.text}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
