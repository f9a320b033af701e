import { describe, expect, it } from "vitest";
import { figureFlag, readerFlag } from "./reader-flags";

describe("reader flags", () => {
  it("gives plain words for issues readers should know about, and none for the rest", () => {
    expect(readerFlag("total-mismatch")).toMatch(/^The printed total does not equal/);
    expect(readerFlag("date-weekday-mismatch")).toBeNull();
    expect(readerFlag("agenda-plan-merged-row-split")).toBeNull();
  });

  it("gives every figure issue a flag, never the importer's message", () => {
    expect(figureFlag("some-new-figure-check")).toBe("This figure could not be checked against the original table.");
    for (const code of ["total-mismatch", "figure-mismatch", "narrative-figure-mismatch", "x"]) {
      expect(figureFlag(code)).not.toMatch(/line \d|import|pack file/i);
    }
  });
});
