import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_TERMS, parseSearchText, toFtsQuery, withFilters } from "./fts-query";

describe("toFtsQuery", () => {
  it("quotes every word, so operators and punctuation are text", () => {
    expect(toFtsQuery("white ribbon").match).toBe('{title body} : ("white" "ribbon")');
    expect(toFtsQuery("cats AND NOT dogs OR NEAR(").match).toBe('{title body} : ("cats" "and" "not" "dogs" "or" "near")');
    expect(toFtsQuery("title:council ^x {body}").match).toBe('{title body} : ("title council" "x" "body")');
  });

  it("keeps phrases and trailing-star prefixes", () => {
    expect(toFtsQuery('"white ribbon" campaign').terms).toEqual([
      { text: "white ribbon", phrase: true, prefix: false }, { text: "campaign", phrase: false, prefix: false },
    ]);
    expect(toFtsQuery("libr*").match).toBe('{title body} : ("libr" *)');
    expect(toFtsQuery("co-prod*").match).toBe('{title body} : ("co prod" *)');
    // One letter is too short a prefix; a lone star is nothing.
    expect(toFtsQuery("a*").match).toBe('{title body} : ("a")');
    expect(toFtsQuery("* ** *").match).toBeNull();
    // An unclosed quote runs to the end.
    expect(toFtsQuery('"white ribbon').terms).toEqual([{ text: "white ribbon", phrase: true, prefix: false }]);
  });

  it("drops what has no letters or digits, and splits on control characters", () => {
    expect(toFtsQuery("🎗️ ✨").match).toBeNull();
    expect(toFtsQuery("council\u0000library").terms.map((t) => t.text)).toEqual(["council", "library"]);
    expect(toFtsQuery("Œuvre Café").terms.map((t) => t.text)).toEqual(["œuvre", "café"]);
    expect(toFtsQuery("x ".repeat(5000)).terms).toHaveLength(MAX_TERMS);
  });

  it("never lets a quote, bracket or star through unescaped, whatever the text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (raw) => {
      const { match, terms } = toFtsQuery(raw);
      if (!match) return terms.length === 0;
      const inner = match.slice("{title body} : (".length, -1);
      // Each term is "letters and spaces" with an optional " *" after it.
      expect(inner).toMatch(/^"[\p{L}\p{N}\p{M} ]+"( \*)?( "[\p{L}\p{N}\p{M} ]+"( \*)?)*$/u);
      return true;
    }), { numRuns: 500 });
    expect(parseSearchText('"""')).toEqual([]);
  });

  it("adds filters as tag tokens", () => {
    expect(withFilters('{title body} : ("x")', ["kindreport", "year2018"])).toBe('{title body} : ("x") AND tags : ("kindreport" "year2018")');
  });
});

describe("typographic quotes", () => {
  it("make a phrase as straight ones do", () => {
    expect(toFtsQuery("“white ribbon”").terms).toEqual([{ text: "white ribbon", phrase: true, prefix: false }]);
  });
});
