import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IssueLog } from "./issue-log";
import { actionSentences, findActions, findMinuteActions, findMinutesHeadings, parseMinutes, readEntryHeading, toParagraphs } from "./minutes";
import type { PackContext } from "./pack-context";
import type { ParsedAgendaItem } from "./parsed";
import { toLines } from "./source-lines";

const PACK_2018 = readFileSync("data/packs/000_3d32fa037878c48d.txt", "utf8");
const PACK_2021 = readFileSync("data/packs/002_79826bec6554f037.txt", "utf8");
const FIXTURE = "tests/fixtures/packs/highways-2019-06-12.txt";
const TRUTH_2018 = JSON.parse(readFileSync("tests/ground-truth/000_3d32fa037878c48d.json", "utf8"));

function item(number: string, title: string): ParsedAgendaItem {
  return { number, title, section: null, pageStart: null, pageEnd: null, line: null, body: null };
}

function contextOf(text: string, meetingDate: string | null = null, agendaItems: ParsedAgendaItem[] = []): PackContext {
  return { lines: toLines(text), issues: new IssueLog(), meetingDate, agendaItems, reports: [] };
}

describe("parseMinutes on the 31 May 2018 pack", () => {
  const ctx = contextOf(PACK_2018, "2018-05-31", [
    item("2", "Apologies for absence and declarations of interest"),
    item("3", "Minutes 17th April 2018 - Communities and Partnership Committee"),
  ]);
  const minutes = parseMinutes(ctx);
  const [m] = minutes;

  it("finds one set of minutes and matches the hand-checked facts", () => {
    expect(minutes).toHaveLength(1);
    expect(m).toMatchObject(TRUTH_2018.minutes[0]);
    expect(m.line).toBe(82);
    expect(m.agendaItem).toBe("3");
  });

  it("reads the impossible time range and the wrong weekday as issues", () => {
    expect(m.startTime).toBe("10:00");
    expect(m.endTime).toBe("11:30");
    const codes = ctx.issues.issues.map((i) => [i.code, i.line]);
    expect(codes).toContainEqual(["date-weekday-mismatch", 84]);
    expect(codes).toContainEqual(["time-range-implausible", 86]);
    expect(codes.map(([c]) => c)).not.toContain("minutes-end-not-found");
  });

  it("reads resolutions with outcomes, votes and parts", () => {
    const byNumber = new Map(m.entries.map((e) => [e.number, e]));
    expect(byNumber.get(52)!.resolutions).toHaveLength(1);
    expect(byNumber.get(52)!.resolutions[0]).toMatchObject({ outcome: "unanimous", parts: [{ label: "a" }, { label: "b" }] });
    expect(byNumber.get(53)!.resolutions[0].text).toMatch(/^It was resolved unanimously to approve: a\) The Delivery Plan/);
    expect(byNumber.get(54)!.resolutions[0]).toMatchObject({ preamble: "Having considered the report", parts: [{ label: "a", text: "Note the report" }, { label: "b" }] });
    expect(byNumber.get(55)!.resolutions[0]).toMatchObject({ outcome: null, text: "It was resolved To note the training plan and forthcoming workshops.", parts: [] });
    expect(byNumber.get(56)!.resolutions.map((r) => [r.outcome, r.votesFor, r.votesAgainst, r.abstentions])).toEqual([
      [null, null, null, null],
      ["majority", 7, null, 1],
    ]);
    for (const n of [50, 51, 57, 58]) expect(byNumber.get(n)!.resolutions).toEqual([]);
  });

  it("reads the flagged actions as the sentences they refer to", () => {
    const actions = (n: number) => m.entries.find((e) => e.number === n)!.actions;
    expect(actions(52)).toEqual([
      "Officers agreed to include sense checked visual explanatory diagrams in the next report.",
      "Obtain what available data there was to be sent on for Councillor Costello.",
      "A question was raised on what the drop-out rate from people starting apprenticeships was as being useful information to be included in future reports.",
      "It was highlighted that in the blue print document, Ely had been demoted from its City status and needed correcting. Officers undertook to rectify.",
    ]);
    expect(actions(54)).toEqual([expect.stringMatching(/^It was agreed therefore that Finance officers would meet/)]);
    expect(actions(53)).toEqual([]);
  });

  it("keeps clean narrative bodies, mending sentences cut by page breaks, and stops at the sign-off", () => {
    const body = m.entries.find((e) => e.number === 52)!.body;
    expect(body).toContain("suggesting that those in isolated communities would not receive");
    expect(body).not.toMatch(/\*\*|<\/?p>/);
    expect(m.entries.find((e) => e.number === 58)!.body).toBe("");
  });
});

describe("parseMinutes on other packs", () => {
  it("makes no minutes record when the pack only links to them (2021)", () => {
    const ctx = contextOf(PACK_2021, "2021-03-04");
    expect(parseMinutes(ctx)).toEqual([]);
    expect(ctx.issues.issues).toEqual([]);
  });

  it("reads the synthetic highways pack in the same style", () => {
    const ctx = contextOf(readFileSync(FIXTURE, "utf8"), "2019-06-12", [item("2", "Minutes 14th May 2019 - Highways and Transport Committee")]);
    const [m] = parseMinutes(ctx);
    expect(m).toMatchObject({ meetingDate: "2019-05-14", startTime: "10:30", endTime: "13:05", agendaItem: "2", apologies: ["P Mandeville"] });
    expect(m.present).toHaveLength(10);
    expect(m.present[9]).toEqual({ name: "M Quarrie", role: null, substitutingFor: "Cllr Mandeville" });
    expect(m.entries.map((e) => e.number)).toEqual([112, 113, 114, 115, 116, 117, 118, 119]);
    const e115 = m.entries.find((e) => e.number === 115)!;
    expect(e115.resolutions[0]).toMatchObject({ outcome: "majority", votesFor: 6, votesAgainst: 3, abstentions: 1 });
    expect(e115.actions).toEqual([
      "Officers agreed to provide Members with a map of the proposed lighting columns before the consultation closed.",
      "Officers undertook to report the results of the traffic counts on Mill Lane to the July meeting.",
    ]);
    expect(m.entries.find((e) => e.number === 118)!.resolutions[1]).toMatchObject({ votesFor: 8, abstentions: 2 });
    expect(ctx.issues.issues.map((i) => [i.code, i.line])).toEqual([["date-weekday-mismatch", 69]]);
  });

  it("reads minutes without a sign-off up to the next document, with an issue", () => {
    const text = [
      "PLANNING COMMITTEE: MINUTES", "", "Date: Monday, 3rd June 2019", "", "Time: 2.00 p.m. to 4.00 p.m.", "",
      "Present:", "", "Councillors: A Ash (Chair) and B Birch", "", "1. APOLOGIES", "", "None.", "",
      "2. Title Case Is Not A Heading", "", "3. LOCAL PLAN", "", "RESOLVED to note the plan.",
    ].join("\n");
    const ctx = contextOf(text);
    const [m] = parseMinutes(ctx);
    expect(m.present.map((p) => p.name)).toEqual(["A Ash", "B Birch"]);
    expect(m.entries.map((e) => [e.number, e.title])).toEqual([[1, "APOLOGIES"], [3, "LOCAL PLAN"]]);
    expect(m.entries[1].resolutions[0].text).toBe("RESOLVED to note the plan.");
    expect(ctx.issues.issues.map((i) => i.code)).toEqual(["minutes-end-not-found", "minute-number-gap"]);
  });

  it("never throws on damaged text", () => {
    for (const text of ["", "MINUTES\nPresent:", "X: MINUTES\n\nPresent: (((\n\n1. A\n**Action", "MINUTES\nDate: 31/02/2019\nPresent: Councillors:\n\n5. TITLE\n\nChairman"]) {
      expect(() => parseMinutes(contextOf(text))).not.toThrow();
    }
  });
});

describe("minutes helpers", () => {
  it("recognises capitals headings with ordinals", () => {
    expect(readEntryHeading("51. MINUTES 15th FEBRUARY 2018")).toEqual({ number: 51, title: "MINUTES 15th FEBRUARY 2018" });
    expect(readEntryHeading("2.1 Background")).toBeNull();
    expect(readEntryHeading("10 bursaries were awarded")).toBeNull();
  });

  it("finds the minutes heading only when attendance follows", () => {
    const lines = toLines("3. Minutes 17th April 2018\n4. Petitions\n\nCOMMITTEE: MINUTES\n\nDate: 1 May 2018\nPresent: Councillors: A B");
    expect(findMinutesHeadings(lines)).toEqual([3]);
  });

  it("reads action flags in their different forms", () => {
    const ps = toParagraphs(toLines([
      "- Officers undertook to report back. **Action: Jo Bloggs / Sam Lee**",
      "- Members asked for the figures. **Action:** Officers to circulate the figures by May. More text.",
      "- A question was raised about the drop-out rate being useful.",
      "Action required",
      "",
      "ACTION: Finance to review the format.",
    ].join("\n")));
    expect(findActions(ps)).toEqual([
      "Officers undertook to report back.",
      "Officers to circulate the figures by May.",
      "A question was raised about the drop-out rate being useful.",
      "Finance to review the format.",
    ]);
  });

  it("keeps who a flag names as responsible, and no one for flags that name no one", () => {
    const ps = toParagraphs(toLines([
      "- Officers undertook to report back. **Action: Jo Bloggs / Sam Lee**",
      "- Members asked for the figures. **Action:** Officers to circulate the figures by May.",
      "- The figures would be reported. Action: Finance Team",
      "- A question was raised about the drop-out rate being useful. Action required",
    ].join("\n")));
    expect(findMinuteActions(ps).map((a) => a.responsible)).toEqual(["Jo Bloggs / Sam Lee", null, "Finance Team", null]);
  });

  it("takes the sentence before a terse undertaking with it", () => {
    expect(actionSentences("Ely had been demoted and needed correcting. Officers undertook to rectify.")).toBe(
      "Ely had been demoted and needed correcting. Officers undertook to rectify.",
    );
  });
});
