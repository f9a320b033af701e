import { describe, expect, it } from "vitest";
import { guardCell, toCsv } from "./csv";

describe("guardCell", () => {
  it("prefixes text a spreadsheet would run as a formula", () => {
    for (const text of ["=1+1", "+44 1223", "-£300k", "@SUM(A1)", "\tx", "\rx"]) expect(guardCell(text)).toBe(`'${text}`);
  });
  it("leaves other text, numbers (negative ones too) and empty cells alone", () => {
    expect(guardCell("Library services")).toBe("Library services");
    expect(guardCell("a=b")).toBe("a=b");
    expect(guardCell(-2101)).toBe(-2101);
    expect(guardCell(null)).toBe("");
    expect(guardCell(true)).toBe("true");
  });
});

describe("toCsv", () => {
  it("writes a header row, quotes what needs quoting, and ends lines with CRLF", () => {
    const csv = toCsv([{ a: 'He said "yes", then =2', b: -5 }], [{ header: "text", value: (r) => r.a }, { header: "n", value: (r) => r.b }]);
    expect(csv).toBe(`text,n\r\n"He said ""yes"", then =2",-5\r\n`);
    expect(toCsv([{ a: "=cmd|' /C calc'!A0" }], [{ header: "x", value: (r) => r.a }])).toBe(`x\r\n'=cmd|' /C calc'!A0\r\n`);
  });
});
