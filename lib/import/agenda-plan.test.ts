import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAgendaPlan, readItemMarkers, repeatedValues, splitByKnownPrefix } from "./agenda-plan";
import { IssueLog } from "./issue-log";
import type { PackContext } from "./pack-context";
import { toLines } from "./source-lines";

function contextOf(text: string): PackContext {
  return { lines: toLines(text), issues: new IssueLog(), meetingDate: null, agendaItems: [], reports: [] };
}

function run(text: string) {
  const ctx = contextOf(text);
  return { entries: parseAgendaPlan(ctx), issues: ctx.issues.issues };
}

const HEADER = "Committee date\tAgenda item\tLead officer\tReference if key decision\tDeadline for draft reports\tAgenda despatch date";

// Seed 000 (31 May 2018 pack), lines 2371-2385 and 2419-2434.
const PLAN_2018 = [
  HEADER,
  "31/05/18\tConfirmation of Appointment of Chairman and Vice Chairman\tDemocratic Services\tNot applicable\t17/05/18\t22/05/18",
  "\tDomestic Abuse and Sexual Violence Annual Report\tSarah Ferguson / Vickie Crompton Martin Brunning\tNot applicable\t\t",
  "",
  HEADER,
  "\tFinance and Performance Outturn Report 2017-18\tMartin Wade / Tom Kelly\tNot applicable\t\t",
  "21/6/17\tReserve date to be used as workshop\t\t\t08/06/18\t13/06/18",
  "05/07/18\tCommunity Resilience Strategy\tElaine Matthews\t2018/052\t22/06/18\t27/06/18",
  "09/08/18 (reserve date)\tReserve date\t\t\t27/07/18\t31/07/18",
  "18/10/18\tCommittee Review of Draft Revenue and Capital Business Planning proposals for 2019-20 to 2023-24\tTom Kelly / Martin Wade / Clare Andrews Adrian Chapman\tNot applicable\t05/10/18\t10/10/18",
  "\tAdult Skills\tPat Carrington / Lynsi Hayward-Smith\tNot applicable\t\t",
  "20/12/18\tCommittee Review of Draft Revenue and Capital Business Planning proposals for 2019-20 to 2023-24 Adult Skills Assessment\tTom Kelly / Martin Wade / Clare Andrews Adrian Chapman Pat Carrington / Lynsi Hayward-Smith\tNot applicable Not applicable\t07/12/18\t12/12/18",
  "\tIntegrated Communities Strategy\tSarah Ferguson / Adrian Chapman\tNot applicable\t\t",
  "\tDraft Business Planning proposals for 2019-20 to 2023-24 (Focus on Demand Management)\t\tNot applicable\t\t",
  "30/05/19\tSkills Strategy and Delivery Plan\tPat Carrington / Lynsi Hayward-Smith\tTo be confirmed\t17/05/19\t22/05/19",
  "",
  "Possible additional reports for future meetings:",
].join("\n");

// Seed 002 (4 March 2021 pack), lines 2836-2863.
const PLAN_2021 = [
  "The following are standing agenda items which are considered at every Committee meeting:",
  "",
  "- Minutes of previous meeting and Action Log",
  "- Agenda Plan, Training Plan and Appointments to Outside Bodies and Internal Advisory Groups and Panels",
  "",
  HEADER,
  "04/03/21\tMinutes of the Meeting held on 21 st January 2021\tN Mills\t\t22/02/21\t24/02/21",
  "\tRecommissioning of Cambridgeshire Local Assistance Scheme\tH Andrews\t2021/013\t\t",
  "",
  HEADER,
  "\tAgenda Plan and Appointments\tA Chapman\t\t\t",
  "<i>[01/04/21] Provisional Meeting</i>\t\t\t\t\t",
  "27/05/21\tNotification of Chairman/woman and Vice-Chairman/woman\t\t\t19/05/21\t17/05/21",
  "\tMinutes of the Meeting held on 4 th March 2021\tN Mills\t\t\t",
].join("\n");

describe("parseAgendaPlan on the 2018 layout", () => {
  const { entries, issues } = run(PLAN_2018);

  it("gives continuation rows the meeting date and dates of the row that opened the meeting", () => {
    const e = entries.find((x) => x.item === "Finance and Performance Outturn Report 2017-18");
    expect(e).toMatchObject({
      meetingDate: "2018-05-31", draftDeadline: "2018-05-17", despatchDate: "2018-05-22",
      leadOfficer: "Martin Wade / Tom Kelly", keyDecisionRef: null, line: 6,
    });
  });

  it("reads the mistyped year 21/6/17 as 21 June 2018 and says so", () => {
    const e = entries.find((x) => x.item === "Reserve date to be used as workshop");
    expect(e).toMatchObject({ meetingDate: "2018-06-21", meetingDateAsPrinted: "21/6/17", isReserve: true, leadOfficer: null });
    expect(issues.find((i) => i.code === "agenda-plan-date-year-typo")).toMatchObject({ line: 7, severity: "warning" });
  });

  it("marks reserve dates and keeps key decision references", () => {
    expect(entries.find((x) => x.meetingDate === "2018-08-09")).toMatchObject({
      item: "Reserve date", isReserve: true, meetingDateAsPrinted: "09/08/18 (reserve date)",
    });
    expect(entries.find((x) => x.item === "Community Resilience Strategy")?.keyDecisionRef).toBe("2018/052");
    expect(entries.find((x) => x.item === "Skills Strategy and Delivery Plan")?.keyDecisionRef).toBe("To be confirmed");
  });

  it("splits the merged 20/12/18 row into its two items and officers", () => {
    const dec = entries.filter((x) => x.meetingDate === "2018-12-20");
    expect(dec.map((x) => [x.item, x.leadOfficer, x.keyDecisionRef])).toEqual([
      ["Committee Review of Draft Revenue and Capital Business Planning proposals for 2019-20 to 2023-24", "Tom Kelly / Martin Wade / Clare Andrews Adrian Chapman", null],
      ["Adult Skills Assessment", "Pat Carrington / Lynsi Hayward-Smith", null],
      ["Integrated Communities Strategy", "Sarah Ferguson / Adrian Chapman", null],
      ["Draft Business Planning proposals for 2019-20 to 2023-24 (Focus on Demand Management)", null, null],
    ]);
    expect(issues.some((i) => i.code === "agenda-plan-merged-row-split" && i.line === 12)).toBe(true);
  });
});

describe("parseAgendaPlan on the 2021 layout", () => {
  const { entries, issues } = run(PLAN_2021);

  it("skips the standing items and reads the table only", () => {
    expect(entries[0]).toMatchObject({
      meetingDate: "2021-03-04", item: "Minutes of the Meeting held on 21st January 2021", leadOfficer: "N Mills",
      keyDecisionRef: null, draftDeadline: "2021-02-22", despatchDate: "2021-02-24",
    });
    expect(entries.some((e) => e.item.startsWith("Minutes of previous meeting"))).toBe(false);
  });

  it("carries the meeting across the page break and reads provisional meetings", () => {
    expect(entries.find((e) => e.item === "Agenda Plan and Appointments")?.meetingDate).toBe("2021-03-04");
    expect(entries.find((e) => e.isProvisional)).toMatchObject({
      meetingDate: "2021-04-01", item: "Provisional Meeting", meetingDateAsPrinted: "[01/04/21] Provisional Meeting",
      draftDeadline: null, despatchDate: null,
    });
  });

  it("reports a despatch date printed before the report deadline, keeping both as printed", () => {
    const may = entries.find((e) => e.meetingDate === "2021-05-27");
    expect(may).toMatchObject({ draftDeadline: "2021-05-19", despatchDate: "2021-05-17", leadOfficer: null });
    expect(issues.filter((i) => i.code === "agenda-plan-despatch-before-deadline").map((i) => i.line)).toEqual([13]);
  });
});

describe("agenda plan details", () => {
  it("reads the * and + note markers off the item text", () => {
    expect(readItemMarkers("Highways Term Maintenance Contract – Extension *")).toEqual({
      text: "Highways Term Maintenance Contract – Extension", fullCouncil: true, confidential: false,
    });
    expect(readItemMarkers("+ Property Disposal")).toMatchObject({ text: "Property Disposal", confidential: true });
    expect(readItemMarkers("**Agenda Plan**")).toMatchObject({ text: "Agenda Plan", fullCouncil: false });
  });

  it("recognises cells repeated for merged rows", () => {
    expect(repeatedValues("Not applicable Not applicable")).toEqual(["Not applicable", "Not applicable"]);
    expect(repeatedValues("2018/051 2018/052")).toEqual(["2018/051", "2018/052"]);
    expect(repeatedValues("Not applicable")).toEqual(["Not applicable"]);
    expect(repeatedValues("")).toEqual([]);
  });

  it("splits only where a known text ends", () => {
    const known = new Set(["adrian chapman"]);
    expect(splitByKnownPrefix("Adrian Chapman Pat Carrington", 2, known)).toEqual(["Adrian Chapman", "Pat Carrington"]);
    expect(splitByKnownPrefix("Tom Kelly Pat Carrington", 2, known)).toBeNull();
  });

  it("keeps a merged row it cannot split, with an issue", () => {
    const text = `${HEADER}\n01/02/20\tAlpha Beta Gamma\tX Y\tNot applicable Not applicable\t\t`;
    const { entries, issues } = run(text);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ item: "Alpha Beta Gamma", keyDecisionRef: null });
    expect(issues[0].code).toBe("agenda-plan-merged-row");
  });
});

describe("parseAgendaPlan on whole packs", () => {
  it("reads every entry of the 2018 plan", () => {
    const { entries, issues } = run(readFileSync("data/packs/000_3d32fa037878c48d.txt", "utf8"));
    expect(entries).toHaveLength(81);
    expect(new Set(entries.map((e) => e.meetingDate)).size).toBe(13);
    expect(entries.every((e) => e.meetingDate !== null)).toBe(true);
    expect(issues.map((i) => i.code).sort()).toEqual(["agenda-plan-date-year-typo", "agenda-plan-merged-row-split"]);
  });

  it("reads every entry of the 2021 plan", () => {
    const { entries, issues } = run(readFileSync("data/packs/002_79826bec6554f037.txt", "utf8"));
    expect(entries).toHaveLength(76);
    expect(entries.filter((e) => e.isProvisional).map((e) => e.meetingDate)).toEqual(
      ["2021-04-01", "2021-06-17", "2021-08-05", "2021-11-11", "2022-02-17", "2022-04-21"]);
    expect(issues.filter((i) => i.code === "agenda-plan-despatch-before-deadline")).toHaveLength(4);
  });

  it("reads another committee's plan split by a page number", () => {
    const { entries, issues } = run(readFileSync("tests/fixtures/packs/highways-2019-06-12.txt", "utf8"));
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.every((e) => e.meetingDate !== null)).toBe(true);
    expect(entries.find((e) => e.fullCouncil)?.item).toBe("Highways Term Maintenance Contract – Extension");
    expect(issues).toEqual([]);
  });

  it("never throws on truncated or mutated plans", () => {
    const lines = PLAN_2018.split("\n");
    for (let cut = 0; cut <= lines.length; cut++) {
      expect(() => run(lines.slice(0, cut).join("\n"))).not.toThrow();
      expect(() => run(lines.map((l, i) => (i === cut ? l.replace(/\t/g, "") : l)).join("\n"))).not.toThrow();
      expect(() => run(lines.map((l, i) => (i === cut ? l.slice(0, l.length >> 1) : l)).join("\n"))).not.toThrow();
    }
  });
});
