import { describe, expect, it } from "vitest";
import { layoutBarChart, shortenLabel } from "./bar-chart";
import { columnOfIssue, formatFigure, linesMentioned } from "./figures";
import { niceDomain, niceStep, toPercent } from "./scale";

describe("niceStep", () => {
  it("picks 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceStep(100, 4)).toBe(25);
    expect(niceStep(5419, 4)).toBe(2000);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0.9, 4)).toBe(0.25);
  });
  it("never returns zero or NaN", () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});

describe("niceDomain", () => {
  it("includes zero and covers every value with whole steps", () => {
    const d = niceDomain([214, 428, 1561, 2781]);
    expect(d.min).toBe(0);
    expect(d.max).toBeGreaterThanOrEqual(2781);
    expect(d.ticks[0]).toBe(0);
    expect(d.ticks.at(-1)).toBe(d.max);
    for (const t of d.ticks) expect(t % niceStep(d.max - d.min)).toBe(0);
  });
  it("spans negative values (underspends, grant income)", () => {
    const d = niceDomain([-73022, 312588]);
    expect(d.min).toBeLessThanOrEqual(-73022);
    expect(d.max).toBeGreaterThanOrEqual(312588);
    expect(d.ticks).toContain(0);
  });
  it("does not spend a whole step on a sliver below zero", () => {
    const d = niceDomain([214, 2781, 0, -1]);
    expect(d.min).toBe(-1);
    expect(d.ticks[0]).toBe(0);
    expect(d.max).toBeGreaterThanOrEqual(2781);
  });
  it("gives a usable domain for no values or only zeros", () => {
    expect(niceDomain([])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
    expect(niceDomain([0, 0])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });
  it("prints ticks without float noise", () => {
    for (const t of niceDomain([0.3, 0.7]).ticks) expect(String(t)).not.toMatch(/0000/);
  });
});

describe("toPercent", () => {
  it("maps the domain onto 0..100", () => {
    expect(toPercent(-50, { min: -100, max: 100 })).toBe(25);
    expect(toPercent(5, { min: 5, max: 5 })).toBe(0);
  });
});

describe("layoutBarChart", () => {
  const groups = [
    { label: "Strategic Management - Communities & Safety", values: [214, 195] },
    { label: "Learning Centres", values: [0, -1] },
    { label: "Not given", values: [null, 12] },
  ];
  const layout = layoutBarChart(groups, { insetPct: 0 });

  it("grows bars from zero in both directions", () => {
    const [budget, actual] = layout.groups[0].bars;
    expect(budget.xPct).toBeCloseTo(layout.zeroPct);
    expect(budget.widthPct).toBeGreaterThan(actual.widthPct);
    const negative = layout.groups[1].bars[1];
    expect(negative.value).toBe(-1);
    expect(negative.xPct + negative.widthPct).toBeCloseTo(layout.zeroPct);
  });
  it("draws no bar for a missing figure but keeps the rows aligned", () => {
    const g = layout.groups[2];
    expect(g.bars).toHaveLength(1);
    expect(g.bars[0].series).toBe(1);
    expect(g.bars[0].y - g.labelY).toBe(layout.groups[0].bars[1].y - layout.groups[0].labelY);
  });
  it("stacks groups top to bottom inside the height, with the axis below", () => {
    const ys = layout.groups.flatMap((g) => g.bars.map((b) => b.y + b.height));
    expect(Math.max(...ys)).toBeLessThanOrEqual(layout.plotBottom);
    expect(layout.tickLabelY).toBeGreaterThan(layout.plotBottom);
    expect(layout.tickLabelY).toBeLessThanOrEqual(layout.height);
    expect(layout.ticks[0].anchor).toBe("start");
    expect(layout.ticks.at(-1)!.anchor).toBe("end");
  });
  it("keeps every bar within the chart width", () => {
    for (const b of layout.groups.flatMap((g) => g.bars)) {
      expect(b.xPct).toBeGreaterThanOrEqual(0);
      expect(b.xPct + b.widthPct).toBeLessThanOrEqual(100.0001);
    }
  });
  it("shortens long labels and keeps the full one", () => {
    expect(layout.groups[0].label.length).toBeLessThanOrEqual(38);
    expect(layout.groups[0].label.endsWith("…")).toBe(true);
    expect(layout.groups[0].fullLabel).toBe(groups[0].label);
  });
});

describe("shortenLabel", () => {
  it("cuts at a word", () => {
    expect(shortenLabel("Grant Funding (including Adult Education Budget etc.)", 30)).toBe("Grant Funding (including…");
    expect(shortenLabel("Archives", 30)).toBe("Archives");
  });
});

describe("formatFigure", () => {
  it("prints figures with thousands separators and keeps signs", () => {
    expect(formatFigure(133087)).toBe("133,087");
    expect(formatFigure(-73022)).toBe("-73,022");
    expect(formatFigure(-0)).toBe("0");
    expect(formatFigure(245.5)).toBe("245.5");
    expect(formatFigure(null)).toBeNull();
  });
});

describe("reading import notes", () => {
  it("finds the column a total-mismatch note is about", () => {
    expect(columnOfIssue('In "Overall Position", the actual of "Total" is printed as 6,953 but its 2 lines add up to 246,519; kept as printed.')).toBe("actual");
    expect(columnOfIssue('the previous forecast variance of "Total" is printed as 18,033')).toBe("previousVariance");
    expect(columnOfIssue("the table (line 1689) prints a variance of 660 (£000)")).toBe("variance");
    expect(columnOfIssue("Something else")).toBeNull();
  });
  it("finds line numbers mentioned in passing", () => {
    expect(linesMentioned('The text gives "Coroners" as £176k; the table (line 1690) prints a variance of 159 (£000)')).toEqual([1690]);
    expect(linesMentioned("no lines")).toEqual([]);
  });
});
