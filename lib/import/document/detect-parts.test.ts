import { describe, expect, it } from "vitest";
import { toDocumentLines } from "./document-lines";
import { detectParts } from "./detect-parts";
import { toBlocks } from "./blocks";
import { withFixedWidthTablesAsTabs } from "./fixed-width-tables";

const kinds = (text: string) => detectParts(toDocumentLines(text)).map((p) => p.kind);

const FRONT = ["AGENDA", "", "PLANNING COMMITTEE", "Monday, 3rd June, 2024, at 7.00 pm", "Council Chamber, Town Hall", "",
  "1.", "", "Apologies", "", "2.", "", "Declarations of Interest", "", "3.", "", "Minutes of the meeting held on 1 May 2024 (Pages 1 - 6)"].join("\n");
const MINUTES = ["ANYTOWN COUNCIL", "", "PLANNING COMMITTEE", "MINUTES of a meeting of the Planning Committee held in the Council Chamber, Town Hall on Monday, 3 June 2024.",
  "PRESENT: Councillor A Jones (Chair), Councillor B Smith", "", "52.", "Apologies", "(Item 1)", "Apologies were received from Councillor C Brown.",
  "53.", "Minutes", "(Item 3)", "RESOLVED that the minutes be approved."].join("\n");
const DECISION = ["RECORD OF DECISION", "", "Decision maker: Cabinet", "Date of decision: 9 April 2024", "Title: Cycling plan", "",
  "Decision:", "RESOLVED that the plan be adopted.", "", "Reasons for the decision:", "It is needed."].join("\n");

describe("document parts", () => {
  it("finds a front sheet, then minutes, in one file", () => {
    expect(kinds(`${FRONT}\n\f${MINUTES}`)).toEqual(["frontSheet", "minutes"]);
  });

  it("finds minutes on their own, not an agenda, when AGENDA-like numbering follows an attendance list", () => {
    expect(kinds(MINUTES)).toEqual(["minutes"]);
  });

  it("finds parts in any order", () => {
    expect(kinds(`${MINUTES}\n\n\f${FRONT}`)).toEqual(["minutes", "frontSheet"]);
  });

  it("finds a decision notice by its cues", () => {
    expect(kinds(DECISION)).toEqual(["decisionNotice"]);
  });

  it("finds nothing in a letter", () => {
    expect(kinds("Dear resident,\n\nThank you for your letter of 3 May 2024.\n\nYours sincerely")).toEqual([]);
  });
});

describe("blocks", () => {
  it("splits at blank lines, page breaks and bare page numbers", () => {
    const blocks = toBlocks(toDocumentLines("A\nB\n\nC\n17\n\fD\nE"));
    expect(blocks.map((b) => b.lines.map((l) => l.text).join("|"))).toEqual(["A|B", "C", "D|E"]);
    expect(blocks.map((b) => b.page)).toEqual([1, 1, 2]);
  });
});

describe("fixed-width tables", () => {
  it("reads space-aligned columns with wrapped cells as one tab row per record", () => {
    const text = [
      "Meeting      Minute   Item              Action                    Status",
      "-----------------------------------------------------------------------",
      "05/11/2024   41       Housing Repairs   Provide a breakdown of    Complete",
      "                      Performance       repairs by ward.",
      "",
      "03/12/2024   55       Budget            Report the outcome.       Ongoing",
    ].join("\n");
    const out = withFixedWidthTablesAsTabs(toDocumentLines(text)).map((l) => l.text).filter((t) => t !== "");
    expect(out).toEqual([
      "Meeting\tMinute\tItem\tAction\tStatus",
      "05/11/2024\t41\tHousing Repairs Performance\tProvide a breakdown of repairs by ward.\tComplete",
      "03/12/2024\t55\tBudget\tReport the outcome.\tOngoing",
    ]);
  });

  it("leaves tab tables and prose alone", () => {
    const lines = toDocumentLines("A\tB\tC\tD\nSome prose that is long enough to be a line of text.");
    expect(withFixedWidthTablesAsTabs(lines)).toBe(lines);
  });
});

describe("letter-spaced headings", () => {
  it("takes 'A G E N D A' (letter-spaced in the PDF) for the AGENDA heading", () => {
    const text = ["To:\tAll Members of the County Council", "", "A meeting of the County Council will be held in the Council Chamber, County Hall on Thursday, 13th March, 2025 at 10.00 am.", "",
      "A G E N D A", "", "1.\tApologies for Absence", "", "2.\tDeclarations of Interest", "", "3.\tMinutes of the meeting held on 13 February 2025\t(Pages 1 - 14)"].join("\n");
    expect(kinds(text)).toEqual(["frontSheet"]);
  });
});
