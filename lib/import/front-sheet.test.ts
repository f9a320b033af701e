import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFrontSheet } from "./front-sheet";
import { IssueLog } from "./issue-log";
import { toLines } from "./source-lines";

const PACKS = ["000_3d32fa037878c48d", "002_79826bec6554f037"];

function frontSheetOf(id: string) {
  const text = readFileSync(`data/packs/${id}.txt`, "utf8");
  const issues = new IssueLog();
  return { front: parseFrontSheet(toLines(text), issues), issues };
}

describe("front sheet against the hand-checked ground truth", () => {
  for (const id of PACKS) {
    const expected = JSON.parse(readFileSync(`tests/ground-truth/${id}.json`, "utf8"));
    it(`${id}: meeting, clerk, members and agenda items match every fact`, () => {
      const { front } = frontSheetOf(id);
      expect(front).not.toBeNull();
      const f = front!;
      expect({ committee: f.meeting.committee, date: f.meeting.date, startTime: f.meeting.startTime, venue: f.meeting.venue, virtual: f.meeting.virtual })
        .toEqual(expected.meeting);
      expect(f.clerk).toEqual(expected.clerk);
      expect(f.members).toEqual(expected.members);
      expect(f.agendaItems.map(({ number, title, section, pageStart, pageEnd }) => ({ number, title, section, pageStart, pageEnd })))
        .toEqual(expected.agendaItems);
    });
  }
});

describe("front sheet snippets", () => {
  const parse = (text: string) => parseFrontSheet(toLines(text), new IssueLog());

  it("keeps the inline body of an item and the page range on the next line", () => {
    const f = parse(
      ["PLANNING COMMITTEE", "Date: Tuesday, 4 June 2024", "10:30", "Council Offices", "AGENDA",
       "1. NOTIFICATION OF CHAIR", "Council appointed Councillor A Brown as Chair.", "2 Minutes of the last meeting", "3 - 9",
       "The Planning Committee comprises the following members:", "Councillor Ann Brown (Chair) and Councillor Raj Patel",
       "Clerk Name: Sam Lee"].join("\n"),
    )!;
    expect(f.meeting).toMatchObject({ committee: "Planning Committee", date: "2024-06-04", startTime: "10:30", venue: "Council Offices", virtual: false });
    expect(f.agendaItems[0]).toMatchObject({ number: "1", title: "NOTIFICATION OF CHAIR", body: "Council appointed Councillor A Brown as Chair." });
    expect(f.agendaItems[1]).toMatchObject({ number: "2", pageStart: 3, pageEnd: 9 });
    expect(f.members).toEqual([{ name: "Ann Brown", role: "Chair" }, { name: "Raj Patel", role: null }]);
    expect(f.clerk).toEqual({ name: "Sam Lee", telephone: null, email: null });
  });

  it("reports a weekday that does not match the date", () => {
    const issues = new IssueLog();
    parseFrontSheet(toLines("HIGHWAYS COMMITTEE\nDate: Monday, 4 June 2024\nAGENDA\n1 Apologies\nClerk Name: A N Other"), issues);
    expect(issues.issues.map((i) => i.code)).toContain("date-weekday-mismatch");
  });

  it("returns null for text that is not an agenda front sheet", () => {
    expect(parse("Dear resident,\nThank you for your letter of 3 May 2020.\nYours faithfully")).toBeNull();
  });
});
