import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseActionLogs, readGroupHeading, readHeaderRow, subCells } from "./action-log";
import { IssueLog } from "./issue-log";
import type { PackContext } from "./pack-context";
import { toLines } from "./source-lines";

const PACK_2018 = readFileSync("data/packs/000_3d32fa037878c48d.txt", "utf8");
const PACK_2021 = readFileSync("data/packs/002_79826bec6554f037.txt", "utf8");
const FIXTURE = readFileSync("tests/fixtures/packs/highways-2019-06-12.txt", "utf8");
const truth = (id: string) => JSON.parse(readFileSync(`tests/ground-truth/${id}.json`, "utf8"));

function contextOf(text: string, meetingDate: string | null = null): PackContext {
  return { lines: toLines(text), issues: new IssueLog(), meetingDate, agendaItems: [], reports: [] };
}

describe("parseActionLogs on the seed packs", () => {
  it("splits the 2018 <p> sub-actions into one entry each, across the page-split row", () => {
    const ctx = contextOf(PACK_2018, "2018-05-31");
    const log = parseActionLogs(ctx);
    expect(log).toMatchObject(truth("000_3d32fa037878c48d").actionLog);
    expect(log.map((e) => e.line)).toEqual([385, 385, 387, 387, 387]);
    expect(ctx.issues.issues).toEqual([]);
  });

  it("reads the 2021 layout grouped by 'Minutes of …' rows and flags the early 'as at' date", () => {
    const ctx = contextOf(PACK_2021, "2021-03-04");
    const log = parseActionLogs(ctx);
    expect(log).toMatchObject(truth("002_79826bec6554f037").actionLog);
    expect(ctx.issues.issues.map((i) => [i.code, i.line])).toEqual([["action-log-date-before-actions", 84]]);
  });

  it("reads the synthetic highways pack with two groups", () => {
    const log = parseActionLogs(contextOf(FIXTURE, "2019-06-12"));
    expect(log.map((e) => [e.meetingDate, e.minuteNumber, e.status])).toEqual([
      ["2019-04-09", "104", "ACTION COMPLETED"],
      ["2019-05-14", "115", "ACTION COMPLETED"],
      ["2019-05-14", "115", "ACTION ONGOING"],
      ["2019-05-14", "116", "ACTION ONGOING"],
    ]);
    expect(log[2]).toMatchObject({ itemTitle: "ASHBRIDGE ORBITAL CYCLE-WAY – PHASE 2", responsible: "Nadia Ferreira", comments: "Counts will take place in June; the report is on the July agenda plan." });
  });
});

describe("parseActionLogs on variants", () => {
  const header = "Minute No.\tReport Title\tAction to be taken by\tAction\tComments\tStatus";

  it("splits inline a) b) labels, lines comments up by label and infers the year", () => {
    const text = [
      "This is the action log as at 2nd February 2019.", "", "ACTIONS FROM MINUTES OF THE 12th DECEMBER COMMITTEE", "", header,
      "7.\tBUDGET\tA Person\ta) Send the figures. b) Update the plan.\tb) Plan updated\tOngoing",
    ].join("\n");
    const log = parseActionLogs(contextOf(text));
    expect(log).toMatchObject([
      { meetingDate: "2018-12-12", minuteNumber: "7", action: "Send the figures.", comments: null, status: "Ongoing" },
      { meetingDate: "2018-12-12", minuteNumber: "7", action: "Update the plan.", comments: "Plan updated", status: "Ongoing" },
    ]);
  });

  it("joins an action cut in the middle by a page break", () => {
    const text = [header, "7.\tBUDGET\tA Person\tOfficers to send the\tSent\tComplete", "", "Page 3 of 9", "", "\t\t\tfigures to Members.\t\t"].join("\n");
    const log = parseActionLogs(contextOf(text, "2019-01-01"));
    expect(log).toHaveLength(1);
    expect(log[0].action).toBe("Officers to send the figures to Members.");
  });

  it("never throws on damaged tables", () => {
    for (const text of ["Minute\tAction", "Minute\tAction\n\t\t<p>a) x", "Minutes of 31 February 2020\t\t\nMinute number\tAction\n\t", header + "\n\t\t\t\t\t"]) {
      expect(() => parseActionLogs(contextOf(text))).not.toThrow();
    }
  });
});

describe("action-log helpers", () => {
  it("maps header columns by name", () => {
    expect(readHeaderRow("Minute number\tItem title\tResponsible officer(s)\tAction\tComments\tStatus")).toEqual({
      minute: 0, title: 1, responsible: 2, action: 3, comments: 4, status: 5,
    });
    expect(readHeaderRow("Committee date\tAgenda item\tLead officer")).toBeNull();
  });

  it("reads group headings", () => {
    expect(readGroupHeading("Minutes of 8 th October 2020\t\t\t\t\t", "2021-01-13")).toBe("2020-10-08");
    expect(readGroupHeading("ACTIONS FROM MINUTES OF THE 17th APRIL COMMITTEE", "2018-05-21")).toBe("2018-04-17");
    expect(readGroupHeading("312.\tLibraries Open Access Project\tG Porter", "2021-01-13")).toBeUndefined();
  });

  it("splits <p> cells and removes labels", () => {
    expect(subCells("<p>a) One</p> <p>b) Two</p>")).toEqual([{ label: "a", text: "One" }, { label: "b", text: "Two" }]);
    expect(subCells("Complete")).toEqual([{ label: null, text: "Complete" }]);
  });
});
