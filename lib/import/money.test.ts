import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMoney, isNumericCell, parseMoney, parseNumberCell, parsePercentCell } from "./money";

describe("findMoney: prose figures in pounds", () => {
  it.each([
    ["As part of the business plan members have agreed £1,172k for the installation", 1172000, "£1,172k"],
    ["This had attracted £5.2m funding from the Department of Work and Pensions", 5200000, "£5.2m"],
    ["CLAS has delivered at least £1.4million³ of costs avoided", 1400000, "£1.4million"],
    ["the allocation of the up-to-£1million Innovate and Cultivate Fund", 1000000, "£1million"],
    ["Growth/Replacement -£868k", -868000, "-£868k"],
    ["The total value of this 5-year contract will be £1,500,000.00 and", 1500000, "£1,500,000.00"],
    ["a total of £55,826.07. This was", 55826.07, "£55,826.07"],
    ["Additional £38 million for debt advice funding", 38000000, "£38 million"],
    ["an overspend of +£3.8m (1.1%)", 3800000, "+£3.8m"],
    ["10 bursaries with a value of £1500 each", 1500, "£1500"],
    ["Current forecast over spend has increased to £871K", 871000, "£871K"],
  ])("%s", (text, amount, asPrinted) => {
    const [m] = findMoney(text);
    expect(m.amountGbp).toBe(amount);
    expect(m.asPrinted).toBe(asPrinted);
  });

  it("finds every figure of a sentence, in order", () => {
    const found = findMoney("the value of supermarket vouchers was reduced from £120.22 to £76.25.");
    expect(found.map((m) => m.amountGbp)).toEqual([120.22, 76.25]);
  });

  it("ignores unit labels and empty figures", () => {
    expect(findMoney("Budget 2017/18 £000 and £'000 and £k")).toEqual([]);
    expect(parseMoney("no money here")).toBeNull();
  });

  it("never throws on arbitrary text", () => {
    fc.assert(fc.property(fc.string(), (s) => { findMoney(s); findMoney(`£${s}`); }));
  });
});

describe("table cells in the table's own unit", () => {
  it.each([
    ["1,561", 1561], ["-0", 0], ["(1,234)", -1234], ["-2,101 ²⁷", -2101], ["90 ²⁴", 90],
    ["-44,260", -44260], ["£1,172k", 1172], ["0", 0],
  ])("%s -> %s", (cell, value) => {
    expect(parseNumberCell(cell)).toBe(value);
  });

  it.each(["", "-", "n/a", "245.0%", "Total", "(12"])("%s is not a number", (cell) => {
    expect(parseNumberCell(cell)).toBeNull();
  });

  it("reads percents apart", () => {
    expect(parsePercentCell("245.0%")).toBe(245);
    expect(parsePercentCell("-2.4%")).toBe(-2.4);
    expect(parsePercentCell("-%")).toBeNull();
    expect(isNumericCell("-%")).toBe(true);
    expect(isNumericCell("Carers")).toBe(false);
  });

  it("never throws on arbitrary cells", () => {
    fc.assert(fc.property(fc.string(), (s) => { parseNumberCell(s); parsePercentCell(s); isNumericCell(s); }));
  });
});

describe("figure cells: the quick path for plain cells changes nothing", () => {
  // The cell readers as first written, before plain cells skipped the normalisation.
  const normalised = (cell: string): string =>
    cell.replace(/[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g, "").replace(/[\s\u00a0]+/g, "").replace(/\u2212/g, "-");
  const plainNumber = (cell: string): number | null => {
    const t = normalised(cell);
    if (t === "" || t.includes("%")) return null;
    const m = /^(\()?([-+])?£?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?k?(\))?$/i.exec(t);
    if (!m || Boolean(m[1]) !== Boolean(m[5])) return null;
    const n = parseFloat(m[3].replace(/,/g, "") + (m[4] ?? ""));
    const v = m[2] === "-" || Boolean(m[1]) ? -n : n;
    return v === 0 ? 0 : v;
  };
  const plainPercent = (cell: string): number | null => {
    const m = /^([-+])?(\d+(?:\.\d+)?)%$/.exec(normalised(cell));
    if (!m) return null;
    const v = parseFloat(m[2]);
    return m[1] === "-" ? -v : v;
  };
  const pieces = ["1", "0", "2,101", ".5", "-", "+", "\u2212", "(", ")", "£", "k", "K", "%", " ", "\u00a0", "\t", "²⁷", "¹", "⁰", "x", "é", "/"];
  const cell = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(""));

  it("reads every cell as the plain readers do", () => {
    fc.assert(fc.property(cell, (c) => {
      expect(parseNumberCell(c)).toBe(plainNumber(c));
      expect(parsePercentCell(c)).toBe(plainPercent(c));
    }), { numRuns: 3000 });
  });
});
