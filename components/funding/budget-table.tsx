import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { unitLabel, type FigureColumn } from "@/lib/charts/figures";
import type { BudgetTableView, BudgetValueView, FigureNote } from "@/lib/queries/funding";
import { BarChart, BUDGET_ACTUAL_SERIES } from "./bar-chart";
import { FigureCell } from "./figure-cell";
import { FigureFlags, numberNotes } from "./figure-flags";

const COLUMNS: { key: FigureColumn; label: string }[] = [
  { key: "budget", label: "Budget" },
  { key: "actual", label: "Actual" },
  { key: "variance", label: "Variance" },
  { key: "previousVariance", label: "Previous forecast variance" },
];

/** Above this many lines a bar chart is too long to read; the table alone is clearer. */
export const MAX_CHARTED_LINES = 24;

function isTotalName(name: string): boolean {
  return /\btotal\b/i.test(name);
}

export function chartSummary(rows: BudgetValueView[], unitShort: string): string {
  const charted = rows.filter((r) => !r.isTotal);
  const top = [...charted].filter((r) => r.budget !== null).sort((a, b) => (b.budget ?? 0) - (a.budget ?? 0))[0];
  const over = charted.filter((r) => (r.variance ?? 0) > 0).length;
  const under = charted.filter((r) => (r.variance ?? 0) < 0).length;
  const parts = [`Bars compare budget and actual for ${charted.length} ${charted.length === 1 ? "line" : "lines"}, in ${unitShort}.`];
  if (top) parts.push(`The largest budget is ${top.lineAsPrinted}.`);
  parts.push(`${over} ${over === 1 ? "line shows" : "lines show"} a positive variance (overspend) and ${under} a negative one (underspend).`);
  parts.push("Total rows are left out of the chart. Every figure is in the table that follows.");
  return parts.join(" ");
}

/**
 * One budget table of a finance report: a bar chart of budget and actual per line (drawn on the
 * server) and the data table with every figure, totals marked, and the importer's notes on
 * figures that do not add up.
 */
export function BudgetTableSection({ table, idPrefix, headingLevel = 2, title, context }: {
  table: BudgetTableView;
  idPrefix: string;
  headingLevel?: 2 | 3 | 4;
  title?: string;
  /** Where a page shows tables of several reports: the report, to keep section and table names unique. */
  context?: { label: string; headingId: string };
}) {
  const unit = unitLabel(table.unit);
  const columns = COLUMNS.filter((c) => table.rows.some((r) => r[c.key] !== null));
  const shown = new Set(columns.map((c) => c.key));
  const notes = numberNotes(table.rows.map((r) => r.notes), `${idPrefix}-note`);
  const chartRows = table.rows.filter((r) => !r.isTotal && (r.budget !== null || r.actual !== null));
  const Heading = `h${headingLevel}` as const;
  const name = title ?? table.name;
  return (
    <section aria-labelledby={context ? `${context.headingId} ${idPrefix}-heading` : `${idPrefix}-heading`} id={idPrefix} className="scroll-mt-4">
      <Heading id={`${idPrefix}-heading`} className="mb-2 text-xl font-bold">{name}</Heading>
      <p className="mb-2 text-sm text-muted">Figures in {unit.long}, as printed in the report.</p>
      {chartRows.length > 0 && chartRows.length <= MAX_CHARTED_LINES ? (
        <BarChart
          id={`${idPrefix}-chart`}
          title={`Budget and actual by line, ${unit.short}`}
          summary={chartSummary(table.rows, unit.short)}
          series={BUDGET_ACTUAL_SERIES}
          groups={chartRows.map((r) => ({ label: r.lineAsPrinted, values: [r.budget, r.actual] }))}
        />
      ) : chartRows.length > MAX_CHARTED_LINES ? (
        <p className="my-3">This table has {chartRows.length} lines, too many for a readable chart; the figures are below.</p>
      ) : null}
      <TableScroll label={`${name}${context ? `, ${context.label}` : ""}, ${unit.short}`}>
        <table className="w-full min-w-[34rem] text-left">
          <caption className="mb-1 text-left text-sm text-muted">{name} ({unit.short})</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">Budget line</th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="py-2 pl-4 text-right">{c.label} <span className="font-normal">({unit.short})</span></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i} className={r.isTotal ? "border-y-2 border-ink font-bold" : "border-b border-rule"}>
                <th scope="row" className={`py-2 pr-4 text-left align-top ${r.isTotal ? "font-bold" : "font-normal"}`}>
                  <Link prefetch={false} href={`/funding/lines/${r.line.slug}`}>{r.lineAsPrinted}</Link>
                  {r.isTotal && !isTotalName(r.lineAsPrinted) && <span className="ml-1 text-sm font-normal text-muted">(total row)</span>}
                  {noteRefsFor(notes, i, null, shown).map((n) => (
                    <a key={n.id} href={`#${n.id}`} className="block text-sm leading-6 font-bold">see note {n.number}</a>
                  ))}
                </th>
                {columns.map((c) => (
                  <FigureCell key={c.key} value={r[c.key]} noteRefs={noteRefsFor(notes, i, c.key, shown)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <FigureFlags notes={notes.list} />
    </section>
  );
}

/** Notes about row `row`: those about `column`, or (column null) those naming no column shown, which sit by the line's name. */
function noteRefsFor(notes: ReturnType<typeof numberNotes>, row: number, column: FigureColumn | null, shown: Set<FigureColumn>) {
  return notes.byRow[row]
    .filter((n) => (column === null ? n.note.column === null || !shown.has(n.note.column) : n.note.column === column))
    .map((n) => ({ id: n.id, number: n.number }));
}

export type { FigureNote };
