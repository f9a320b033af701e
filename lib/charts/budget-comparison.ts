/**
 * Like-for-like budget figures for charts. Finance reports print a full-year budget beside the
 * actual spend so far in the year; set side by side, an overspending line looks underspent in
 * every month but the last. The fair comparison is the full-year budget against the forecast
 * outturn (what the year is expected to cost), which is the budget plus the forecast variance the
 * same table prints (a positive variance is an overspend). Pure: no React, no database.
 */

export interface BudgetFigures {
  /** The budget for the whole year. */
  budget: number | null;
  /** The actual spend to the report's date (the year end, in an outturn report). */
  actual: number | null;
  /** The forecast variance at the year end: forecast outturn minus budget. */
  variance: number | null;
}

/** Forecast outturn for the year, or null when the budget or the variance is not given. */
export function forecastOutturn(f: BudgetFigures): number | null {
  if (f.budget === null || f.variance === null || !Number.isFinite(f.budget) || !Number.isFinite(f.variance)) return null;
  // Rounded as the figures are printed (whole thousands or pence), so 0.1 + 0.2 does not show as 0.30000000000000004.
  return Math.round((f.budget + f.variance) * 100) / 100;
}

/** The two bars of a line: full-year budget, then forecast outturn. */
export function budgetOutturnPair(f: BudgetFigures): [number | null, number | null] {
  return [f.budget, forecastOutturn(f)];
}

/** Whether any line has both figures, so a like-for-like chart says something. */
export function canCompareOutturn(rows: readonly BudgetFigures[]): boolean {
  return rows.some((r) => forecastOutturn(r) !== null);
}

export interface OutturnTally {
  compared: number;
  over: number;
  under: number;
  onBudget: number;
  /** The line with the largest forecast overspend, if any. */
  largestOverspend: { index: number; variance: number } | null;
}

/** How many lines are forecast over, under or on budget. */
export function tallyOutturn(rows: readonly BudgetFigures[]): OutturnTally {
  const t: OutturnTally = { compared: 0, over: 0, under: 0, onBudget: 0, largestOverspend: null };
  rows.forEach((r, index) => {
    if (forecastOutturn(r) === null) return;
    const v = r.variance as number;
    t.compared++;
    if (v > 0) {
      t.over++;
      if (!t.largestOverspend || v > t.largestOverspend.variance) t.largestOverspend = { index, variance: v };
    } else if (v < 0) t.under++;
    else t.onBudget++;
  });
  return t;
}
