import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatDate, formatShortDate } from "@/lib/format";
import { budgetOutturnPair, canCompareOutturn } from "@/lib/charts/budget-comparison";
import { FIGURE_COLUMNS, FIGURE_PERIODS_NOTE, unitLabel, type FigureColumn } from "@/lib/charts/figures";
import type { BudgetLineDetail } from "@/lib/queries/funding";
import { BarChart, BUDGET_OUTTURN_SERIES } from "./bar-chart";
import { FigureCell } from "./figure-cell";
import { FigureFlags, numberNotes } from "./figure-flags";

/** A budget line through the finance reports that printed it: a chart over time and the figures. */
export function LineHistory({ line }: { line: BudgetLineDetail }) {
  const units = [...new Set(line.history.map((h) => h.value.unit))];
  const unit = units.length === 1 ? unitLabel(units[0]) : null;
  const columns = FIGURE_COLUMNS.filter((c) => line.history.some((h) => h.value[c.key] !== null));
  const shown = new Set(columns.map((c) => c.key));
  const notes = numberNotes(line.history.map((h) => h.value.notes), "line-note");
  const refs = (row: number, column: FigureColumn | null) =>
    notes.byRow[row]
      .filter((n) => (column === null ? n.note.column === null || !shown.has(n.note.column) : n.note.column === column))
      .map((n) => ({ id: n.id, number: n.number }));
  const charted = line.history.filter((h) => h.value.budget !== null);
  return (
    <>
      <p className="mb-2 max-w-3xl text-sm text-muted">{FIGURE_PERIODS_NOTE}</p>
      {unit && canCompareOutturn(charted.map((h) => h.value)) && (
        <BarChart
          id="line-chart"
          title={`${line.name}: budget for the year against forecast outturn, in each report, ${unit.short}`}
          summary={`Bars compare the budget for the whole year with the forecast outturn for the year (budget plus forecast variance) for ${line.name} in ${charted.length} ${charted.length === 1 ? "table" : "tables"}, from ${formatDate(line.firstDate)} to ${formatDate(line.lastDate)}, in ${unit.short}. Each group is labelled with the date of the meeting the report went to. Every figure, including the actual spend to date, is in the table that follows.`}
          series={BUDGET_OUTTURN_SERIES}
          groups={charted.map((h) => ({ label: `${formatShortDate(h.meeting.date)}, ${h.tableName}`, values: budgetOutturnPair(h.value) }))}
        />
      )}
      <TableScroll label={`${line.name} in each finance report`} hint={`Scroll the table sideways to see all ${columns.length + 1 + (unit ? 0 : 1)} columns.`} hintUntil="40rem">
        <table className="w-full min-w-[40rem] text-left">
          <caption className="mb-1 text-left text-sm text-muted">
            {line.name} in each finance report{unit ? ` (${unit.short})` : ""}, oldest first
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">Meeting and table</th>
              {!unit && <th scope="col" className="py-2 pr-4">Unit</th>}
              {columns.map((c) => (
                <th key={c.key} scope="col" className="py-2 pl-4 text-right">
                  {c.label}{unit && <span className="font-normal"> ({unit.short})</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {line.history.map((h, i) => (
              <tr key={i} className={h.value.isTotal ? "border-y-2 border-ink font-bold" : "border-b border-rule"}>
                <th scope="row" className="py-2 pr-4 text-left align-top font-normal">
                  <Link prefetch={false} href={`/funding/reports/${h.financeReportSlug}#${h.tableAnchor}`}>
                    {formatDate(h.meeting.date)}: {h.tableName}
                  </Link>
                  {h.value.lineAsPrinted !== line.name && (
                    <span className="block text-sm text-muted">Printed as &ldquo;{h.value.lineAsPrinted}&rdquo;</span>
                  )}
                  {h.value.isTotal && <span className="block text-sm text-muted">Total row</span>}
                  {refs(i, null).map((n) => (
                    <a key={n.id} href={`#${n.id}`} className="block text-sm leading-6 font-bold">see note {n.number}</a>
                  ))}
                </th>
                {!unit && <td className="py-2 pr-4 align-top">{unitLabel(h.value.unit).short}</td>}
                {columns.map((c) => <FigureCell key={c.key} value={h.value[c.key]} noteRefs={refs(i, c.key)} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <FigureFlags notes={notes.list} />
    </>
  );
}
