import { describe, expect, it } from "vitest";
import { parseDecisionNotice } from "./decision-notice";
import { IssueLog } from "./issue-log";
import { toLines } from "./source-lines";

describe("decision notices", () => {
  it("reads the decision as one minute entry with its parts, and the contact", () => {
    const lines = toLines([
      "RECORD OF DECISION", "", "Decision maker:   Cabinet", "Date of decision: Tuesday 9 April 2024", "Minute number: 118", "Agenda item: 7",
      "Title:   Cycling and Walking Plan", "         (LCWIP) - Adoption", "", "Decision:", "", "RESOLVED that Cabinet:", "",
      "1. adopts the plan;", "", "2. approves the programme.", "", "Reasons for the decision:", "", "Funding needs it.", "",
      "Contact: Ann Example, Democratic Services Officer, 01632 960 512,", "ann@example.gov.uk",
    ].join("\n"));
    const m = parseDecisionNotice({ lines, issues: new IssueLog(), meetingDate: null, agendaItems: [], reports: [] }, 0, lines.length);
    expect(m.meetingDate).toBe("2024-04-09");
    expect(m.heading?.committee).toBe("Cabinet");
    expect(m.entries[0].number).toBe(118);
    expect(m.entries[0].title).toBe("Cycling and Walking Plan (LCWIP) - Adoption");
    expect(m.entries[0].resolutions[0].text).toBe("RESOLVED that Cabinet: 1. adopts the plan; 2. approves the programme.");
    expect(m.entries[0].resolutions[0].parts).toEqual([{ label: "1", text: "adopts the plan;" }, { label: "2", text: "approves the programme." }]);
    expect(m.clerk).toEqual({ name: "Ann Example", telephone: "01632 960 512", email: "ann@example.gov.uk" });
  });
});
