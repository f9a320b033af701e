import { describe, expect, it } from "vitest";
import { addMonths, isMonthInRange, monthKey, monthName, monthWeeks, parseMonthParam } from "@/lib/calendar/month";

describe("parseMonthParam", () => {
  it("takes the current UK month when none is given", () => {
    expect(parseMonthParam(undefined, "2026-12-02")).toEqual({ ok: true, month: { year: 2026, month: 12 } });
    expect(parseMonthParam("", "2026-12-02")).toEqual({ ok: true, month: { year: 2026, month: 12 } });
  });

  it("reads YYYY-MM, and the first of repeated parameters", () => {
    expect(parseMonthParam("2018-05", "2026-12-02")).toEqual({ ok: true, month: { year: 2018, month: 5 } });
    expect(parseMonthParam(["2021-03", "2020-01"], "2026-12-02")).toEqual({ ok: true, month: { year: 2021, month: 3 } });
  });

  it.each([
    ["2018-13", /no month 13/],
    ["2018-00", /no month 00/],
    ["2018-5", /for example/],
    ["May 2018", /for example/],
    ["2018-05-01", /for example/],
    ["<script>", /for example/],
    ["0000-01", /between 1900 and 2200/],
    ["9999-12", /between 1900 and 2200/],
    ["x".repeat(10_000), /for example/],
  ])("refuses %s with a message", (value, message) => {
    const result = parseMonthParam(value, "2026-12-02");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      // The message never repeats what was typed.
      expect(result.message).not.toContain(value);
    }
  });
});

describe("month arithmetic", () => {
  it("steps across year ends", () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 5 }, -17)).toEqual({ year: 2024, month: 12 });
  });

  it("names and keys months", () => {
    expect(monthName({ year: 2018, month: 5 })).toBe("May 2018");
    expect(monthKey({ year: 2018, month: 5 })).toBe("2018-05");
    expect(isMonthInRange({ year: 2201, month: 1 })).toBe(false);
    expect(isMonthInRange({ year: 2200, month: 12 })).toBe(true);
  });
});

describe("monthWeeks", () => {
  it("lays May 2018 out Monday first (1 May 2018 was a Tuesday)", () => {
    const weeks = monthWeeks({ year: 2018, month: 5 });
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, "2018-05-01", "2018-05-02", "2018-05-03", "2018-05-04", "2018-05-05", "2018-05-06"]);
    expect(weeks[4]).toEqual(["2018-05-28", "2018-05-29", "2018-05-30", "2018-05-31", null, null, null]);
  });

  it("holds every day of a month exactly once, in whole weeks", () => {
    for (const [year, month, days] of [[2024, 2, 29], [2023, 2, 28], [2026, 3, 31], [2021, 2, 28]] as const) {
      const cells = monthWeeks({ year, month }).flat();
      expect(cells.length % 7).toBe(0);
      expect(cells.filter(Boolean)).toHaveLength(days);
    }
    // February 2021 starts on a Monday and has exactly four weeks.
    expect(monthWeeks({ year: 2021, month: 2 })).toHaveLength(4);
  });
});
