import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEARCH_KINDS } from "./kinds";
import { decodeGroup, encodeRowid } from "./rowid";

describe("search rowids", () => {
  it("give back the kind, year and committee they were made from, as the facet counts read them", () => {
    fc.assert(fc.property(
      fc.constantFrom(...SEARCH_KINDS), fc.option(fc.integer({ min: 1901, max: 2155 })), fc.option(fc.integer({ min: 1, max: 65535 })), fc.integer({ min: 0, max: 2 ** 25 - 1 }),
      (kind, year, committeeId, recordId) => {
        const rowid = encodeRowid({ kind, recordId, committeeId, year });
        // SQLite's rowid >> 25 (rowidGroup), done in JavaScript without 32-bit shifts.
        expect(decodeGroup(Math.floor(rowid / 2 ** 25))).toEqual({ kind, year, committeeId });
      },
    ));
  });
});
