import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./api-response";

const parse = (qs: string) => parseSearchQuery(new URLSearchParams(qs));

describe("parseSearchQuery", () => {
  it("accepts a query with filters", () => {
    expect(parse("q=white+ribbon&type=report&committee=communities-and-partnership-committee&year=2018&page=2")).toEqual({
      ok: true, query: { q: "white ribbon", type: "report", committee: "communities-and-partnership-committee", year: 2018, page: 2 },
    });
  });

  it("cleans the text as the page does", () => {
    const r = parse(`q=${encodeURIComponent("a\u0000b" + "y".repeat(500))}`);
    expect(r.ok && r.query.q.length).toBe(200);
    expect(r.ok && r.query.q.startsWith("a b")).toBe(true);
  });

  it("refuses bad parameters with a message naming each", () => {
    const cases: [string, string][] = [
      ["", "q"], ["q=", "q"], ["q=%00", "q"], ["q=x&type=memo", "type"], ["q=x&year=18", "year"], ["q=x&page=0", "page"], ["q=x&page=501", "page"],
      ["q=x&page=1.5", "page"], ["q=x&committee=Bad Slug", "committee"], ["q=x&q=y", "q"], ["q=x&sort=new", "sort"], [`q=${"x".repeat(2001)}`, "q"],
    ];
    for (const [qs, parameter] of cases) {
      const r = parse(qs);
      expect(r.ok, qs).toBe(false);
      if (!r.ok) {
        expect(r.error.error.status).toBe(400);
        expect(r.error.error.issues.map((i) => i.parameter), qs).toContain(parameter);
        expect(r.error.error.message.length).toBeGreaterThan(5);
      }
    }
  });
});
