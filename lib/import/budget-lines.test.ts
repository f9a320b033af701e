import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBudgetLines, readHeader, reportRanges } from "./budget-lines";
import { IssueLog } from "./issue-log";
import type { PackContext } from "./pack-context";
import { toLines } from "./source-lines";

function contextOf(text: string): PackContext {
  return { lines: toLines(text), issues: new IssueLog(), meetingDate: null, agendaItems: [], reports: [] };
}

const pack2018 = readFileSync("data/packs/000_3d32fa037878c48d.txt", "utf8");
const pack2021 = readFileSync("data/packs/002_79826bec6554f037.txt", "utf8");

const REPORT_HEAD = ["Finance Monitoring Report – January 2021", "", "To: Communities and Partnership Committee", "", "Meeting Date: 4 March 2021", ""];

// The committee's own table in the 2021 pack (lines 1683-1696), under a report header.
const COMMITTEE_2021 = [
  ...REPORT_HEAD,
  "- 1.2 Members are requested to restrict their attention to the budget lines for which this Committee is responsible, which are detailed below",
  "",
  "Forecast Variance Outturn (Previous) £000\tDirectorate\tBudget 2020/21 £000\tActual 2020 January £000\tForecast Outturn Variance £000",
  "-23\tStrategic Management - Communities & Partnerships\t231\t112\t-27",
  "550\tRegistration & Citizenship Services\t-651\t-195\t660",
  "1,443\tThink Communities\t3,178\t2,295\t1,331",
  "1,970\tTotal Expenditure\t2,758\t2,212\t1,964",
  "0\tGrant Funding\t-5,670\t-3,622\t0",
  "1,970\tTotal\t-2,912\t-1,410\t1,964",
  "",
  "2. Main Issues – Revenue",
  "",
  "The Registration & Citizenship service is forecasting a £550k under recovery of income, relating predominantly to reduction in marriage notice fees.",
].join("\n");

type Row = ReturnType<typeof parseBudgetLines>[number];
const byName = (rows: Row[], name: string, table?: string) =>
  rows.find((r) => r.line === name && (table === undefined || r.table === table));

describe("the committee's budget lines", () => {
  it("reads every row of the 2021 layout with previous forecast, Grant Funding and totals", () => {
    const ctx = contextOf(COMMITTEE_2021);
    const rows = parseBudgetLines(ctx);
    expect(rows.map((r) => r.line)).toEqual([
      "Strategic Management - Communities & Partnerships", "Registration & Citizenship Services", "Think Communities",
      "Total Expenditure", "Grant Funding", "Total",
    ]);
    expect(rows[1]).toMatchObject({
      table: "Budget lines for this committee", unit: "GBP_thousands", isTotal: false,
      budget: -651, actual: -195, variance: 660, previousVariance: 550,
    });
    expect(rows.filter((r) => r.isTotal).map((r) => r.line)).toEqual(["Total Expenditure", "Total"]);
  });

  it("reports a narrative figure that differs from the table, keeping both", () => {
    const ctx = contextOf(COMMITTEE_2021);
    parseBudgetLines(ctx);
    const issue = ctx.issues.issues.find((i) => i.code === "narrative-figure-mismatch");
    expect(issue?.line).toBe(19);
    expect(issue?.message).toContain("£550k");
  });

  it("reads the 2018 layout (Expected to the end of year column, unit row under the header)", () => {
    const rows = parseBudgetLines(contextOf(pack2018)).filter((r) => r.table === "Budget lines for this committee");
    expect(rows).toHaveLength(7);
    expect(byName(rows, "Adult Learning and Skills")).toMatchObject({ budget: 2781, actual: 2785, variance: 3, previousVariance: 0 });
    expect(byName(rows, "Director of Community & Safety Total")).toMatchObject({
      isTotal: true, budget: 5419, actual: 5377, variance: -43, previousVariance: -50,
    });
  });
});

describe("other finance tables", () => {
  const rows2018 = parseBudgetLines(contextOf(pack2018));
  const rows2021 = parseBudgetLines(contextOf(pack2021));

  it("reads the service-level appendix across page breaks, with note refs glued to numbers", () => {
    const appendix = rows2018.filter((r) => r.table.startsWith("APPENDIX 1"));
    expect(appendix.length).toBeGreaterThan(70);
    expect(byName(appendix, "Financing DSG")).toMatchObject({ budget: -40518, actual: -44260, variance: -3742, previousVariance: -2101 });
    expect(byName(appendix, "Schools Intervention Service")).toMatchObject({ budget: 1077, previousVariance: 90 });
    expect(byName(appendix, "Net Total")).toMatchObject({ isTotal: true, budget: 239567, actual: 246519, variance: 6953 });
  });

  it("reads the directorate summary and the per-committee summaries", () => {
    expect(byName(rows2021, "Education - DSG", "Summary of Revenue position by Directorate"))
      .toMatchObject({ budget: 67532, actual: 63822, variance: 12265, previousVariance: 11293 });
    expect(byName(rows2021, "Grant Funding (including Adult Education Budget etc.)")).toMatchObject({ budget: -5670, isTotal: false });
  });

  it("reads per-note commentary tables, with the caption as line name", () => {
    const commentary = rows2021.filter((r) => r.table.startsWith("Appendix 2"));
    expect(commentary).toHaveLength(29);
    expect(byName(commentary, "Think Communities")).toMatchObject({ budget: 3178, actual: 2295, variance: 1331, previousVariance: null });
  });

  it("leaves key activity, capital and savings tables alone", () => {
    for (const rows of [rows2018, rows2021]) {
      expect(rows.some((r) => /Residential|Basic Need|Capital|A\/R\./.test(r.line) && !/Education Capital/.test(r.line))).toBe(false);
    }
  });
});

describe("checks", () => {
  it("reports totals that do not add up, and keeps them as printed", () => {
    const ctx = contextOf(pack2021);
    const rows = parseBudgetLines(ctx);
    expect(byName(rows, "Total", "Appendix 1 – P&C Service Level Financial Information")?.previousVariance).toBe(18033);
    const mismatches = ctx.issues.issues.filter((i) => i.code === "total-mismatch");
    expect(mismatches.map((i) => i.line)).toEqual([2289, 2294]);
    expect(mismatches[0].message).toContain("18,933");
  });

  it("reports the Actual column of the 2018 summary total and the DSG commentary figure", () => {
    const ctx = contextOf(pack2018);
    parseBudgetLines(ctx);
    const codes = ctx.issues.issues.map((i) => `${i.code}@${i.line}`);
    expect(codes).toEqual(expect.arrayContaining(["total-mismatch@1269", "total-mismatch@1619", "figure-mismatch@1760"]));
  });

  it("tolerates rounding: totals off by a unit or two are not reported", () => {
    const ctx = contextOf(pack2018);
    parseBudgetLines(ctx);
    expect(ctx.issues.issues.filter((i) => i.code === "total-mismatch")).toHaveLength(2);
  });
});

describe("scoping and recognition", () => {
  it("reads no finance table outside an officer report", () => {
    const table = COMMITTEE_2021.split("\n").slice(REPORT_HEAD.length).join("\n");
    expect(parseBudgetLines(contextOf(table))).toEqual([]);
  });

  it("finds report ranges by their To: / Meeting Date: header when no report parser ran", () => {
    const ranges = reportRanges(contextOf(COMMITTEE_2021));
    expect(ranges).toEqual([{ title: "Finance Monitoring Report – January 2021", from: 1, to: 19 }]);
  });

  it("recognises finance headers and rejects activity tables", () => {
    expect(readHeader("Forecast Variance Outturn (Feb) £'000\tService\t\tBudget 2017/18 £'000\tActual 2017/18 £'000\tOutturn Variance £'000 %\t", null))
      .toMatchObject({ before: ["prev"], after: ["budget", "actual", "variance", "pct"], unit: "GBP_thousands" });
    expect(readHeader("Service Type\t\tBudgeted No. of Service Users 2017/18\tAnnual Budget £000\tActual £000\tVariance £000", null)).toBeNull();
    expect(readHeader("Original 2017/18 Budget as per BP £'000\tScheme\tRevised Budget for 2017/18 £'000\tActual Spend (Close) £'000\tOutturn Variance (Close) £'000", null)).toBeNull();
  });

  it("never throws on mutilated finance text", () => {
    const lines = pack2021.split("\n").slice(1660, 1870);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: lines.length - 1 }), { maxLength: 30 }), fc.string(), (drop, junk) => {
        const kept = lines.filter((_, i) => !drop.includes(i)).map((l, i) => (i % 17 === 0 ? l + junk : l));
        expect(() => parseBudgetLines(contextOf(kept.join("\n")))).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});
