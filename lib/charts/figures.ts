/** Finance figures for tables and chart text: number formatting and reading import notes. Pure. */

const figureFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A table figure as printed in a UK finance report: "133,087", "-19", "0". Null is "not given". */
export function formatFigure(value: number | null | undefined): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  // "-0" is printed in the packs; it reads as 0.
  return figureFormat.format(Object.is(value, -0) ? 0 : value);
}

/** The unit of a budget table, in words and as a short heading suffix. */
export function unitLabel(unit: "GBP" | "GBP_thousands"): { short: string; long: string } {
  return unit === "GBP_thousands"
    ? { short: "£000", long: "thousands of pounds (£000)" }
    : { short: "£", long: "pounds (£)" };
}

export type FigureColumn = "budget" | "actual" | "variance" | "previousVariance";

/**
 * Budget table columns, named for the period each covers: reports print a full-year budget
 * beside the spend so far, and a reader must not take one for the other.
 */
export const FIGURE_COLUMNS: { key: FigureColumn; label: string }[] = [
  { key: "budget", label: "Budget for the year" },
  { key: "actual", label: "Actual to date" },
  { key: "variance", label: "Forecast variance at year end" },
  { key: "previousVariance", label: "Previous forecast variance" },
];

/** One sentence on what the columns mean, printed above every budget table. */
export const FIGURE_PERIODS_NOTE =
  "The budget is for the whole financial year; the actual is the spending up to the report’s date; the variance is the forecast over- (+) or underspend (−) at the year end.";

/**
 * Which column of a budget line an importer message is about ("the actual of \"Total\" is printed
 * as 6,953 …" → actual), so a note can sit next to that value. Null when it does not say.
 */
export function columnOfIssue(message: string): FigureColumn | null {
  const m = message.toLowerCase();
  if (/previous (forecast )?variance/.test(m)) return "previousVariance";
  if (/\bvariance\b/.test(m)) return "variance";
  if (/\bactual\b/.test(m)) return "actual";
  if (/\bbudget\b/.test(m)) return "budget";
  return null;
}

/** Pack line numbers an importer message points to in passing ("the table (line 1689) prints …"). */
export function linesMentioned(message: string): number[] {
  return [...message.matchAll(/\(line (\d+)\)/g)].map((m) => Number(m[1]));
}
