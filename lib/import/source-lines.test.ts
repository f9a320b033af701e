import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstIndexFromLine, isBlank, toLines } from "./source-lines";

describe("source lines", () => {
  it("isBlank agrees with removing every space-like character", () => {
    const text = fc.array(fc.constantFrom(" ", "\t", "\u00a0", "\u200b", "\u2003", "\ufeff", "a", "."), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(fc.property(text, (s) => { expect(isBlank(s)).toBe(s.replace(/[\s\u00a0\u200b]/g, "") === ""); }));
  });

  it("firstIndexFromLine finds what a scan from the start finds, on lines in file order", () => {
    const slice = fc.tuple(fc.nat(60), fc.nat(60), fc.nat(60), fc.integer({ min: -5, max: 70 }));
    fc.assert(fc.property(slice, ([count, a, b, n]) => {
      const lines = toLines(Array.from({ length: count + 1 }, (_, i) => `line ${i}`).join("\n")).slice(Math.min(a, b), Math.max(a, b));
      expect(firstIndexFromLine(lines, n)).toBe(lines.findIndex((l) => l.n >= n));
    }), { numRuns: 2000 });
  });
});
