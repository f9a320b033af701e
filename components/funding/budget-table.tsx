import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { budgetOutturnPair, canCompareOutturn, tallyOutturn } from "@/lib/charts/budget-comparison";
import { FIGURE_COLUMNS, FIGURE_PERIODS_NOTE, unitLabel, type FigureColumn } from "@/lib/charts/figures";
import { formatDate } from "@/lib/format";
import type { BudgetTableView, BudgetValueView, FigureNote } from "@/lib/queries/funding";
import { BarChart, BUDGET_OUTTURN_SERIES } from "./bar-chart";
import { FigureCell } from "./figure-cell";
import { FigureFlags, numberNotes } from "./figure-flags";

/** Above this many lines a bar chart is too long to read; the table alone is clearer. */
export const MAX_CHARTED_LINES = 24;

function isTotalName(name: string): boolean {
  return /\btotal\b/i.test(name);
}

export function chartSummary(rows: BudgetValueView[], unitShort: string): string {
  const charted = rows.filter((r) => !r.isTotal);
  const t = tallyOutturn(charted);
  const parts = [
    `Bars compare each line's budget for the whole year with its forecast outturn for the year (budget plus forecast variance), for ${t.compared} ${t.compared === 1 ? "line" : "lines"}, in ${unitShort}.`,
    `${t.over} ${t.over === 1 ? "line is" : "lines are"} forecast to overspend, ${t.under} to underspend and ${t.onBudget} to be on budget.`,
  ];
  if (t.largestOverspend) parts.push(`The largest forecast overspend is ${charted[t.largestOverspend.index].lineAsPrinted}.`);
  parts.push("Total rows are left out of the chart. Every figure, including the actual spend to date, is in the table that follows.");
  return parts.join(" ");
}

/**
 * One budget table of a finance report: a bar chart of full-year budget against forecast outturn
 * per line (drawn on the server; like with like, see lib/charts/budget-comparison.ts) and the
 * data table with every figure, totals marked, and the importer's notes on figures that do not add up.
 */
export function BudgetTableSection({ table, idPrefix, headingLevel = 2, title, context, reportedOn }: {
  table: BudgetTableView;
  idPrefix: string;
  headingLevel?: 2 | 3 | 4;
  title?: string;
  /** Where a page shows tables of several reports: the report, to keep section and table names unique. */
  context?: { label: string; headingId: string };
  /** The date of the meeting the report went to (ISO), so the chart says when its figures are from. */
  reportedOn?: string;
}) {
  const unit = unitLabel(table.unit);
  const columns = FIGURE_COLUMNS.filter((c) => table.rows.some((r) => r[c.key] !== null));
  const shown = new Set(columns.map((c) => c.key));
  const notes = numberNotes(table.rows.map((r) => r.notes), `${idPrefix}-note`);
  const chartRows = table.rows.filter((r) => !r.isTotal && r.budget !== null);
  const comparable = canCompareOutturn(chartRows);
  const when = reportedOn ? `, as reported on ${formatDate(reportedOn, { weekday: false })}` : "";
  const Heading = `h${headingLevel}` as const;
  const name = title ?? table.name;
  return (
    <section aria-labelledby={context ? `${context.headingId} ${idPrefix}-heading` : `${idPrefix}-heading`} id={idPrefix} className="scroll-mt-4">
      <Heading id={`${idPrefix}-heading`} className="mb-2 text-xl font-bold">{name}</Heading>
      <p className="mb-2 max-w-3xl text-sm text-muted">Figures in {unit.long}, as printed in the report. {FIGURE_PERIODS_NOTE}</p>
      {comparable && chartRows.length <= MAX_CHARTED_LINES ? (
        <BarChart
          id={`${idPrefix}-chart`}
          title={`Budget for the year against forecast outturn, by line, ${unit.short}${when}`}
          summary={chartSummary(table.rows, unit.short)}
          series={BUDGET_OUTTURN_SERIES}
          groups={chartRows.map((r) => ({ label: r.lineAsPrinted, values: budgetOutturnPair(r) }))}
        />
      ) : comparable ? (
        <p className="my-3">This table has {chartRows.length} lines, too many for a readable chart; the figures are below.</p>
      ) : chartRows.length > 0 ? (
        <p className="my-3">This table prints no forecast variance, so there is no chart: a full-year budget set beside spending to date would mislead. The figures are below.</p>
      ) : null}
      <TableScroll label={`${name}${context ? `, ${context.label}` : ""}, ${unit.short}`} hint={`Scroll the table sideways to see all ${columns.length + 1} columns.`} hintUntil="34rem">
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
