import { TableScroll } from "@/components/ui/table-scroll";
import { FIGURE_COLUMNS, FIGURE_PERIODS_NOTE } from "@/lib/charts/figures";
import type { BudgetTable } from "@/lib/queries/reports";

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** Budget lines read from the report's finance tables, one compact table per printed table. */
export function BudgetTables({ tables }: { tables: BudgetTable[] }) {
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-muted">{FIGURE_PERIODS_NOTE}</p>
      {tables.map((t, ti) => {
        const unit = t.unit === "GBP_thousands" ? "£000" : "£";
        const hasPrevious = t.rows.some((r) => r.previousVariance !== null);
        const caption = `${t.name} (${unit})`;
        const table = (
          <TableScroll label={caption} hint={`Scroll the table sideways to see all ${hasPrevious ? 5 : 4} columns.`}>
            <table className="min-w-full text-sm">
              <caption className="mb-1 text-left font-bold">{caption}</caption>
              <thead>
                <tr className="bg-panel">
                  <th scope="col" className="border border-rule px-2 py-1 text-left">Budget line</th>
                  {FIGURE_COLUMNS.filter((c) => hasPrevious || c.key !== "previousVariance").map((c) => (
                    <th key={c.key} scope="col" className="border border-rule px-2 py-1 text-right">{c.label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.rows.map((r, i) => (
                  <tr key={i} className={r.isTotal ? "font-bold" : undefined}>
                    <th scope="row" className={`border border-rule px-2 py-1 text-left ${r.isTotal ? "" : "font-normal"}`}>{r.line}</th>
                    <Num value={r.budget} />
                    <Num value={r.actual} />
                    <Num value={r.variance} />
                    {hasPrevious && <Num value={r.previousVariance} />}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        );
        // The committee's own lines are open; the service-wide appendices fold away.
        return ti === 0 || /this committee/i.test(t.name) ? (
          <div key={`${t.name}-${ti}`}>{table}</div>
        ) : (
          <details key={`${t.name}-${ti}`} className="border-l-4 border-rule pl-3">
            <summary className="cursor-pointer font-bold text-link">{t.name} ({t.rows.length} lines)</summary>
            <div className="mt-2">{table}</div>
          </details>
        );
      })}
    </div>
  );
}

function Num({ value }: { value: number | null }) {
  return <td className="whitespace-nowrap border border-rule px-2 py-1 text-right tabular-nums">{value === null ? "" : number.format(value)}</td>;
}
