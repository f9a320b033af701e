import { describe, expect, it } from "vitest";
import { describeOutcome, describeVotes, readableTitle } from "./format";

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

describe("readableTitle", () => {
  it("reads capitalised minute titles in sentence case", () => {
    expect(readableTitle("CAMBRIDGESHIRE ADULT LEARNING AND SKILLS SERVICE")).toBe("Cambridgeshire adult learning and skills service");
  });
  it("treats ordinals and month names sensibly", () => {
    expect(readableTitle("MINUTES 15th FEBRUARY 2018")).toBe("Minutes 15th February 2018");
    expect(readableTitle("DATE OF NEXT MEETING – 2.00 P.M. 31ST MAY 2018")).toBe("Date of next meeting – 2.00 p.m. 31st May 2018");
  });
  it("keeps ampersand abbreviations", () => {
    expect(readableTitle("MAIN ISSUES IN THE 2017-18 OUTTURN C&P FINANCE & PERFORMANCE REPORT"))
      .toBe("Main issues in the 2017-18 outturn C&P finance & performance report");
  });
  it("leaves titles that are not shouted alone", () => {
    expect(readableTitle("Improving Social Mobility")).toBe("Improving Social Mobility");
    expect(readableTitle("Minutes 15th February 2018")).toBe("Minutes 15th February 2018");
  });
});
