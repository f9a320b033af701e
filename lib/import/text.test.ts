import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clean, collapseSpace, comparisonKey, decodeEntities, hasAtLeastWords, hasSuperscriptDigits, isCleanAlready, joinSplitOrdinals,
  nameCase, stripMarkup,
} from "./text";

// The text helpers skip work when a quick test shows there is nothing to do (they run on every
// line and cell of a pack). These are the plain versions they must always agree with.
const plain = {
  stripMarkup: (s: string): string => decodeEntities(
    s
      .replace(/<((?:https?|mailto):[^>\s]+)>/gi, "$1")
      .replace(/<br\s*\/?>/gi, " ")
      .replace(/<\/?(p|li|ul|ol|div|tr|td|th)\b[^>]*>/gi, " ")
      .replace(/<[^>]+>/g, "")
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\*\*|__/g, "")
      .replace(/(^|\s)\*(\S)/g, "$1$2")
      .replace(/(\S)\*(?=\s|$|[.,;:])/g, "$1")
      .replace(/^\s*#{1,6}\s+/, "")
      .replace(/\\([()[\]*_#.\-!])/g, "$1"),
  ),
  collapseSpace: (s: string): string => s.replace(/[\s\u00a0\u200b\u2002-\u200a]+/g, " ").trim(),
  comparisonKey: (s: string): string =>
    clean(s).toLowerCase().replace(/&/g, " and ").replace(/[‘’'`´]/g, "").replace(/[^a-z0-9]+/g, " ").trim(),
  joinSplitOrdinals: (s: string): string => s.replace(/\b(\d{1,2}) (st|nd|rd|th)\b/gi, "$1$2"),
};

// Mostly the characters the helpers look for, so that generated strings hit every branch.
const PIECES = [
  "a", "B", "x", "1", "21", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u200b", "\u2003", "\u2028", "\ufeff", "\u3000",
  "<", ">", "<p>", "</p>", "<br/>", "<https://x.org>", "[", "]", "(", ")", "[t](u)", "![i](u)", "*", "**", "_", "__",
  "#", "## ", "\\", "\\*", "&", "&amp;", "&#178;", "&nbsp;", "²", "³", "¹", "⁴", "⁰", "\u2071", "st", " th", "£", "’", "'", "é",
];
const messyText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(""));

describe("text fast paths agree with the plain implementations", () => {
  it("stripMarkup", () => {
    fc.assert(fc.property(messyText, (s) => { expect(stripMarkup(s)).toBe(plain.stripMarkup(s)); }), { numRuns: 3000 });
  });

  it("collapseSpace", () => {
    fc.assert(fc.property(messyText, (s) => { expect(collapseSpace(s)).toBe(plain.collapseSpace(s)); }), { numRuns: 3000 });
  });

  it("clean leaves text alone exactly when isCleanAlready says so", () => {
    fc.assert(fc.property(messyText, (s) => {
      const full = plain.collapseSpace(plain.stripMarkup(s).replace(/\s?[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g, ""));
      expect(clean(s)).toBe(full);
      if (isCleanAlready(s)) expect(full).toBe(s);
    }), { numRuns: 3000 });
  });

  it("isCleanAlready is false for every character clean() acts on", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      const acted = /[<[*_#\\&\u00b9\u00b2\u00b3\u2070\u2074-\u2079]|[^\S ]|\u200b/.test(c);
      expect(isCleanAlready(`a${c}b`)).toBe(!acted);
    }
  });

  it("comparisonKey, joinSplitOrdinals, hasAtLeastWords, hasSuperscriptDigits", () => {
    fc.assert(fc.property(messyText, (s) => {
      expect(comparisonKey(s)).toBe(plain.comparisonKey(s));
      expect(joinSplitOrdinals(s)).toBe(plain.joinSplitOrdinals(s));
      for (const n of [1, 2, 3, 6, 16]) expect(hasAtLeastWords(s, n)).toBe(s.split(" ").length >= n);
      expect(hasSuperscriptDigits(s)).toBe(/[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]/.test(s));
    }), { numRuns: 3000 });
  });
});

describe("nameCase", () => {
  it("writes a name printed in capitals as names are written", () => {
    expect(nameCase("COMMUNITIES AND PARTNERSHIP COMMITTEE")).toBe("Communities and Partnership Committee");
    expect(nameCase("SOUTH CAMBRIDGESHIRE")).toBe("South Cambridgeshire");
    expect(nameCase("THE ISLE OF ELY")).toBe("The Isle of Ely");
  });
  it("capitalises after hyphens and in O'Neill, not in a possessive", () => {
    expect(nameCase("STOKE-ON-TRENT")).toBe("Stoke-On-Trent");
    expect(nameCase("O'NEILL")).toBe("O'Neill");
    expect(nameCase("COUNCIL'S PANEL")).toBe("Council's Panel");
  });
  it("returns mixed-case text as printed", () => {
    expect(nameCase("Cambridge City")).toBe("Cambridge City");
  });
});
