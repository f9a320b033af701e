import { describe, expect, it } from "vitest";
import { describeOutcome, describeVotes } from "./format";

describe("describeOutcome", () => {
  it("puts each stored outcome in words", () => {
    expect(describeOutcome("unanimous")).toBe("Agreed unanimously");
    expect(describeOutcome("majority")).toBe("Agreed by a majority");
    expect(describeOutcome("carried")).toBe("Carried");
    expect(describeOutcome("lost")).toMatch(/^Not agreed/);
    expect(describeOutcome(null)).toBe("Resolved, no vote recorded");
  });
});

describe("describeVotes", () => {
  it("prints only the counts the minutes printed", () => {
    expect(describeVotes(7, null, 1)).toBe("7 for, 1 abstention");
    expect(describeVotes(5, 3, 2)).toBe("5 for, 3 against, 2 abstentions");
    expect(describeVotes(null, null, null)).toBeNull();
  });
});
