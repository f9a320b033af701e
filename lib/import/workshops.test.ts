import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IssueLog } from "./issue-log";
import type { PackContext } from "./pack-context";
import { toLines } from "./source-lines";
import { clockTime, parseWorkshops, readTimeRange, splitRunTogetherTopics } from "./workshops";

function run(text: string) {
  const ctx: PackContext = { lines: toLines(text), issues: new IssueLog(), meetingDate: null, agendaItems: [], reports: [] };
  return { workshops: parseWorkshops(ctx), issues: ctx.issues.issues };
}

// Seed 000 (31 May 2018 pack), lines 2473-2509.
const PLAN = [
  "Workshop Date\tTime\tNo\tItem\tPresenter\tAttendance",
  "28 September 17 (Wisbech)\t\t\t<ul style=\"list-style-type: none\"> Tackling deprivation Business Planning Visiting community organisations \tAdrian Chapman Diane Lane\t",
  "24 January 18 10:00-1:00pm KV Room (Reserve Committee)\t10:00\t1\tAdult Skills – supporting communities to grow\tPat Carrington / Lynsi Hayward-Smith / Tom Barden\t",
  "\t\t2\tAdults Skills and Learning and Adult Learning Self-assessment\tLynsi Hayward-Smith\t",
  "15 Feb 18 (Committee)\t\t\t\t\t",
  "15 March 18 10:00-1:00pm KV Room\t10:00\t\tDraft Delivery Plan for Cttee\tAdrian Chapman\t",
  "\t11.30\t2.\tNew Vision for Libraries (CM to confirm how long is needed)\tChristine May\tCommittee and Area Champions be invited",
  "",
  "17 April 18 - (Committee)\t\t\t\t\t",
  "17 April 2018\t2.30\t1\tDomestic Abuse and Sexual Violence-/Modern Day Slavery\tJulia Cullum/Sarah Ferguson\t<i>All members of the Council</i>",
  "21 June 18 10-1:00pm KV Room (Reserve Committee)\t10:00\t1\tShared work programme with the CA\tAdrian Chapman\t",
  "\t\t2\tPerformance Indicators\tDee to confirm\t",
  "COMMITTEE MEETINGS EVERY MONTH THROUGHOUT AUTUMN (27TH Sept / 18th Oct / 8th Nov / 20th Dec)\t\t\t\t\t",
  "",
  "17 Jan 19 - (Committee)",
  "",
  "25 th April 2019 10:00-1:00pm KV Room (Reserve Committee)\t10:00\t1.\tWhite Ribbon Campaign – review of delivery\tSarah Ferguson\t",
  "",
  "30 May 19 - (Committee)",
  "",
  "APPOINTMENTS TO OUTSIDE BODIES, PARTNERSHIP LIAISON AND ADVISORY GROUPS AND OTHER INTERNAL ADVISORY GROUPS AND PANELS",
].join("\n");

describe("parseWorkshops", () => {
  const { workshops, issues } = run(PLAN);

  it("makes one workshop per date and leaves out committee markers and notes", () => {
    expect(workshops.map((w) => [w.date, w.dateAsPrinted])).toEqual([
      ["2017-09-28", "28 September 17"],
      ["2018-01-24", "24 January 18"],
      ["2018-03-15", "15 March 18"],
      ["2018-04-17", "17 April 2018"],
      ["2018-06-21", "21 June 18"],
      ["2019-04-25", "25th April 2019"],
    ]);
  });

  it("collects numbered items with their presenters", () => {
    const jan = workshops[1];
    expect(jan.items.map((i) => [i.number, i.title, i.presenter])).toEqual([
      ["1", "Adult Skills – supporting communities to grow", "Pat Carrington / Lynsi Hayward-Smith / Tom Barden"],
      ["2", "Adults Skills and Learning and Adult Learning Self-assessment", "Lynsi Hayward-Smith"],
    ]);
    expect(workshops[2].items.map((i) => i.number)).toEqual([null, "2"]);
    expect(workshops[4].items[1]).toMatchObject({ title: "Performance Indicators", presenter: "Dee to confirm" });
  });

  it("reads time range, room and reserve flag from the date cell", () => {
    expect(workshops[1]).toMatchObject({ timeRange: "10:00-1:00pm", startTime: "10:00", endTime: "13:00", place: "KV Room", isReserveDate: true });
    expect(workshops[0]).toMatchObject({ place: "Wisbech", isReserveDate: false, timeRange: null });
    expect(workshops[4]).toMatchObject({ startTime: "10:00", endTime: "13:00" });
  });

  it("keeps item times and attendance notes", () => {
    expect(workshops[2].items[1]).toMatchObject({ timeAsPrinted: "11.30", startTime: "11:30", attendance: "Committee and Area Champions be invited" });
    expect(workshops[3].items[0]).toMatchObject({ startTime: "14:30", attendance: "All members of the Council" });
  });

  it("splits a bullet list that lost its bullets where each topic's capital starts, and tells the clerk", () => {
    expect(workshops[0].items.map((i) => i.title)).toEqual(["Tackling deprivation", "Business Planning", "Visiting community organisations"]);
    expect(issues.map((i) => [i.code, i.line])).toEqual([["workshop-items-split-at-capitals", 2]]);
  });
});

describe("times", () => {
  it("reads ranges as printed in workshop plans", () => {
    expect(readTimeRange("10", "1:00pm")).toEqual(["10:00", "13:00"]);
    expect(readTimeRange("10:00", "1:00")).toEqual(["10:00", "13:00"]);
    expect(readTimeRange("2.00", "4.00pm")).toEqual(["14:00", "16:00"]);
    expect(clockTime("2.30")).toBe("14:30");
    expect(clockTime("11.30")).toBe("11:30");
  });
});

describe("parseWorkshops on whole packs", () => {
  it("reads the nine workshops of the 2018 plan", () => {
    const { workshops } = run(readFileSync("data/packs/000_3d32fa037878c48d.txt", "utf8"));
    expect(workshops.map((w) => w.date)).toEqual([
      "2017-09-28", "2017-11-30", "2018-01-24", "2018-03-15", "2018-04-17",
      "2018-06-21", "2018-08-09", "2019-02-14", "2019-04-25",
    ]);
    expect(workshops.map((w) => w.items.length)).toEqual([3, 1, 2, 2, 1, 4, 4, 2, 3]);
  });

  it("finds none in the 2021 pack (standing item only) and does not mistake the agenda plan for one", () => {
    expect(run(readFileSync("data/packs/002_79826bec6554f037.txt", "utf8")).workshops).toEqual([]);
    const highways = run(readFileSync("tests/fixtures/packs/highways-2019-06-12.txt", "utf8")).workshops;
    expect(highways.map((w) => w.date)).toEqual(["2019-06-26", "2019-08-08", "2019-10-03"]);
  });

  it("never throws on truncated or mutated plans", () => {
    const lines = PLAN.split("\n");
    for (let cut = 0; cut <= lines.length; cut++) {
      expect(() => run(lines.slice(0, cut).join("\n"))).not.toThrow();
      expect(() => run(lines.map((l, i) => (i === cut ? l.slice(0, l.length >> 1) : l)).join("\n"))).not.toThrow();
    }
  });
});

describe("splitRunTogetherTopics", () => {
  it("splits sentence-case and title-case topics printed one after another", () => {
    expect(splitRunTogetherTopics("Tackling deprivation Business Planning Visiting community organisations"))
      .toEqual(["Tackling deprivation", "Business Planning", "Visiting community organisations"]);
    expect(splitRunTogetherTopics("Shared work programme Performance Indicators")).toEqual(["Shared work programme", "Performance Indicators"]);
  });

  it("keeps one title when there is no cue or a piece would be a single word", () => {
    const allCapitals = "Combined Authority Budget Focus Group Feedback Finance Deep Dive Community Safety Self-Assessment";
    expect(splitRunTogetherTopics(allCapitals)).toEqual([allCapitals]);
    expect(splitRunTogetherTopics("Relationship with the Combined Authority")).toEqual(["Relationship with the Combined Authority"]);
    expect(splitRunTogetherTopics("Adult Skills – supporting communities to grow")).toEqual(["Adult Skills – supporting communities to grow"]);
    expect(splitRunTogetherTopics("Skills Strategy and Delivery Plan")).toEqual(["Skills Strategy and Delivery Plan"]);
    expect(splitRunTogetherTopics("Review of adult Skills")).toEqual(["Review of adult Skills"]);
  });
});
