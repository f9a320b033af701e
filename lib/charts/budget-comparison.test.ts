import { describe, expect, it } from "vitest";
import { budgetOutturnPair, canCompareOutturn, forecastOutturn, tallyOutturn } from "./budget-comparison";

// Rows of the Communities and Partnership Committee's budget lines, finance report of 4 March 2021 (£000):
// full-year budget 2020/21, actual to January, forecast outturn variance.
const THINK_COMMUNITIES = { budget: 3178, actual: 2295, variance: 1331 };
const ARCHIVES = { budget: 355, actual: 276, variance: -24 };
const REGISTRATION = { budget: -651, actual: -195, variance: 660 };

describe("forecastOutturn", () => {
  it("is the full-year budget plus the forecast variance, not the actual to date", () => {
    expect(forecastOutturn(THINK_COMMUNITIES)).toBe(4509);
    expect(forecastOutturn(ARCHIVES)).toBe(331);
    // An income line (negative budget) forecast to bring in less: the outturn is above the budget.
    expect(forecastOutturn(REGISTRATION)).toBe(9);
  });

  it("shows an overspend as an outturn above the budget, where actual-to-date sits below it", () => {
    const [budget, outturn] = budgetOutturnPair(THINK_COMMUNITIES);
    expect(outturn! > budget!).toBe(true);
    expect(THINK_COMMUNITIES.actual < THINK_COMMUNITIES.budget).toBe(true);
  });

  it("is null when either figure is missing", () => {
    expect(forecastOutturn({ budget: 100, actual: 50, variance: null })).toBeNull();
    expect(forecastOutturn({ budget: null, actual: 50, variance: 3 })).toBeNull();
    expect(budgetOutturnPair({ budget: 100, actual: 80, variance: null })).toEqual([100, null]);
  });

  it("does not print floating-point noise", () => {
    expect(forecastOutturn({ budget: 0.1, actual: null, variance: 0.2 })).toBe(0.3);
  });
});

describe("tallyOutturn", () => {
  it("counts lines over, under and on budget and finds the largest overspend", () => {
    const rows = [ARCHIVES, THINK_COMMUNITIES, REGISTRATION, { budget: 10, actual: 4, variance: 0 }, { budget: 5, actual: 1, variance: null }];
    expect(tallyOutturn(rows)).toEqual({ compared: 4, over: 2, under: 1, onBudget: 1, largestOverspend: { index: 1, variance: 1331 } });
  });

  it("says when nothing can be compared", () => {
    expect(canCompareOutturn([{ budget: 1, actual: 1, variance: null }])).toBe(false);
    expect(canCompareOutturn([ARCHIVES])).toBe(true);
  });
});
