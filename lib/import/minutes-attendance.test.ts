import { describe, expect, it } from "vitest";
import { IssueLog } from "./issue-log";
import { parseApologies, parseAttendee, parsePresent, parseTimeRange, splitPeopleList } from "./minutes-attendance";

describe("parsePresent", () => {
  it("reads the 2018 attendance line, including a substitute with no comma after the bracket", () => {
    const present = parsePresent(
      "Councillors: Ambrose Smith (substituting for Cllr Tierney) A Costello, S Criswell (Chairman), K Cuffley (Vice-Chairman), L Dupre, L Every, L Joseph and E Meschini",
    );
    expect(present).toEqual([
      { name: "Ambrose Smith", role: null, substitutingFor: "Cllr Tierney" },
      { name: "A Costello", role: null, substitutingFor: null },
      { name: "S Criswell", role: "Chairman", substitutingFor: null },
      { name: "K Cuffley", role: "Vice-Chairman", substitutingFor: null },
      { name: "L Dupre", role: null, substitutingFor: null },
      { name: "L Every", role: null, substitutingFor: null },
      { name: "L Joseph", role: null, substitutingFor: null },
      { name: "E Meschini", role: null, substitutingFor: null },
    ]);
  });

  it("leaves officers out and drops honorifics and party labels", () => {
    const present = parsePresent("Councillors: Cllr A Brackley (Con), Councillor D Fairweather and M Quarrie (substituting for Cllr Mandeville) Officers: J Smith, K Jones");
    expect(present.map((p) => p.name)).toEqual(["A Brackley", "D Fairweather", "M Quarrie"]);
    expect(present[0].role).toBeNull();
    expect(present[2].substitutingFor).toBe("Cllr Mandeville");
  });

  it("reads a list with no group label", () => {
    expect(parsePresent("Councillors A Costello, S Criswell (Chair)").map((p) => [p.name, p.role])).toEqual([
      ["A Costello", null],
      ["S Criswell", "Chair"],
    ]);
  });
});

describe("parseApologies", () => {
  it("lists names as printed", () => {
    expect(parseApologies("Councillors: S Taylor and S Tierney")).toEqual(["S Taylor", "S Tierney"]);
    expect(parseApologies("Councillor P Mandeville")).toEqual(["P Mandeville"]);
    expect(parseApologies("None")).toEqual([]);
  });
});

describe("splitPeopleList / parseAttendee", () => {
  it("never splits inside brackets", () => {
    expect(splitPeopleList("A Smith (substituting for Cllr B, and C), D Jones & E Brown")).toEqual([
      "A Smith (substituting for Cllr B, and C)",
      "D Jones",
      "E Brown",
    ]);
  });
  it("returns null for empty pieces", () => {
    expect(parseAttendee("( )")).toBeNull();
  });
});

describe("parseTimeRange", () => {
  it("gives the likeliest reading of an impossible range and raises an issue", () => {
    const issues = new IssueLog();
    expect(parseTimeRange("10.00 p.m. to 11.30 a.m.", 86, issues)).toEqual({ startTime: "10:00", endTime: "11:30" });
    expect(issues.issues).toHaveLength(1);
    expect(issues.issues[0]).toMatchObject({ code: "time-range-implausible", line: 86, severity: "warning" });
  });

  it("reads ordinary ranges without issues", () => {
    const issues = new IssueLog();
    expect(parseTimeRange("10.30 a.m. to 1.05 p.m.", 1, issues)).toEqual({ startTime: "10:30", endTime: "13:05" });
    expect(parseTimeRange("14:00hr - 16:15hr", 1, issues)).toEqual({ startTime: "14:00", endTime: "16:15" });
    expect(parseTimeRange("10:00-1:00pm", 1, issues)).toEqual({ startTime: "10:00", endTime: "13:00" });
    expect(issues.issues).toEqual([]);
  });

  it("assumes the afternoon for bare small hours, with an info issue", () => {
    const issues = new IssueLog();
    expect(parseTimeRange("2.00 to 4.15", 5, issues)).toEqual({ startTime: "14:00", endTime: "16:15" });
    expect(issues.issues.map((i) => i.code)).toEqual(["time-meridiem-assumed"]);
  });

  it("copes with a start time only or nothing readable", () => {
    const issues = new IssueLog();
    expect(parseTimeRange("2.00 p.m.", 1, issues)).toEqual({ startTime: "14:00", endTime: null });
    expect(parseTimeRange("to be confirmed", 1, issues)).toEqual({ startTime: null, endTime: null });
  });
});
