import { describe, expect, it } from "vitest";
import { parseClearances, readAnswerCell } from "./report-clearances";
import { toLines } from "./source-lines";

const read = (text: string) => {
  const lines = toLines(text);
  return parseClearances(lines, 0, lines.length);
};

describe("parseClearances", () => {
  it("reads the two-column table, joining a question split by a page break", () => {
    const r = read(`4.7\tPublic Health Implications
--\t--

Implications\tOfficer Clearance
Have the resource implications been cleared by Finance?\tYes Name: Tom Kelly
Have the procurement/contractual/Council Contract Procedure Rules implications been cleared by\tNot applicable

Finance?\t
Has the impact on statutory, legal and risk implications been cleared by LGSS Law?\tYes Name of Legal Officer: Fiona McMillan
Have any Public Health implications been cleared by Public Health\tNo implications at this stage - proposals still in development.

Source Documents\tLocation`);
    expect(r.startIndex).toBe(3);
    expect(r.clearances).toEqual([
      { question: "Have the resource implications been cleared by Finance?", answer: "Yes", officer: "Tom Kelly" },
      { question: "Have the procurement/contractual/Council Contract Procedure Rules implications been cleared by Finance?", answer: "Not applicable", officer: null },
      { question: "Has the impact on statutory, legal and risk implications been cleared by LGSS Law?", answer: "Yes", officer: "Fiona McMillan" },
      { question: "Have any Public Health implications been cleared by Public Health", answer: "No implications at this stage - proposals still in development.", officer: null },
    ]);
    expect(r.endIndex).toBe(11);
  });

  it("reads question/answer lines with the answer on the question line or its own line", () => {
    const r = read(`Have the resource implications been cleared by Finance? Yes

Name of Financial Officer: Martin Wade

Have the equality and diversity implications been cleared by your Service Contact?

Yes

Name of Officer: Adrian Chapman

Have any Public Health implications been cleared by Public Health?

No

Name of Officer:

If a Key decision, have any Environment and Climate Change implications been cleared by the Climate Change Officer?

Yes

Name of Officer: Emily Bolton

5. Source documents`);
    expect(r.clearances).toEqual([
      { question: "Have the resource implications been cleared by Finance?", answer: "Yes", officer: "Martin Wade" },
      { question: "Have the equality and diversity implications been cleared by your Service Contact?", answer: "Yes", officer: "Adrian Chapman" },
      { question: "Have any Public Health implications been cleared by Public Health?", answer: "No", officer: null },
      { question: "If a Key decision, have any Environment and Climate Change implications been cleared by the Climate Change Officer?", answer: "Yes", officer: "Emily Bolton" },
    ]);
    expect(r.endIndex).toBe(22);
  });

  it("finds nothing in a report without clearances", () => {
    expect(read("Source Documents\tLocation\nNone\t").clearances).toEqual([]);
  });
});

describe("readAnswerCell", () => {
  it("splits the answer from the clearing officer in each printed form", () => {
    expect(readAnswerCell("Yes Tom Kelly")).toEqual({ answer: "Yes", officer: "Tom Kelly" });
    expect(readAnswerCell("Yes Name of Financial Officer: <i>Paul White</i>")).toEqual({ answer: "Yes", officer: "Paul White" });
    expect(readAnswerCell("Yes Name of Financial Officer: P White, R Stephens")).toEqual({ answer: "Yes", officer: "P White, R Stephens" });
    expect(readAnswerCell("Yes Name of Financial Officer:")).toEqual({ answer: "Yes", officer: null });
    expect(readAnswerCell("Not applicable")).toEqual({ answer: "Not applicable", officer: null });
  });
});
