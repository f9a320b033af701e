import { describe, expect, it } from "vitest";
import { findChampionStatements, type ChampionStatement } from "./champion-roles";

/** The fields a reader cares about, for compact expectations. */
function brief(s: ChampionStatement) {
  return { kind: s.kind, area: s.area, roleLabel: s.roleLabel, councillor: s.councillor, replaced: s.replaced };
}
const read = (text: string) => findChampionStatements(text).map(brief);

describe("findChampionStatements: appointments", () => {
  it.each([
    ["It was resolved unanimously to appoint Councillor Mary Hollis as the Breckland Area Champion.", "Mary Hollis"],
    ["The Committee resolved to appoint Cllr. P. Okafor to be the Breckland Area Champion.", "P. Okafor"],
    ["Agree that the Breckland Area Champion should be Councillor Hollis.", "Hollis"],
    ["The Committee is invited to approve Councillor Hollis to now be the Breckland Area Champion.", "Hollis"],
    ["Councillor Hollis was appointed as the Breckland Area Champion.", "Hollis"],
    ["Councillor Hollis has been elected Breckland Area Champion.", "Hollis"],
    ["It was agreed that Councillor Mrs Hollis would become the Breckland Area Champion.", "Hollis"],
    ["The Breckland Area Champion will be Councillor Hollis with effect from 1 June 2019.", "Hollis"],
    ["To appoint Councillor Hollis as Area Champion for Breckland.", "Hollis"],
    ["That Councillor O'Neill-Hart (Lab) be appointed as the Breckland Area Champion.", "O'Neill-Hart"],
  ])("reads %j", (text, councillor) => {
    expect(read(text)).toEqual([{ kind: "appointment", area: "Breckland", roleLabel: "Area Champion", councillor, replaced: null }]);
  });

  it("reads areas of more than one word, and areas printed in capitals", () => {
    expect(read("Agree that the North Downs Area Champion should be Councillor Hollis.")[0].area).toBe("North Downs");
    expect(read("RESOLVED: to appoint Councillor Hollis as the EAST MARSHES AREA CHAMPION")[0]).toMatchObject({ area: "East Marshes", councillor: "Hollis" });
  });

  it("reads Community Champions as their own role label", () => {
    expect(read("It was resolved to appoint Councillor Hollis as the Breckland Community Champion.")).toEqual([
      { kind: "appointment", area: "Breckland", roleLabel: "Community Champion", councillor: "Hollis", replaced: null },
    ]);
    expect(read("Councillor Hollis is the Breckland Area Community Champion.")[0].roleLabel).toBe("Community Champion");
  });

  it("names the predecessor however the replacement is worded", () => {
    const cases: [string, string, string][] = [
      ["Agree that the Breckland Area Champion should be Councillor Hollis who has replaced Councillor Dunne on the Committee.", "Hollis", "Dunne"],
      ["The Committee agreed that Councillor Hollis should now take over Councillor Dunne's Breckland Area Champion role.", "Hollis", "Dunne"],
      ["Councillor Hollis replaced Councillor Dunne as the Breckland Area Champion.", "Hollis", "Dunne"],
      ["It was resolved to appoint Councillor Hollis, replacing Councillor Dunne, as the Breckland Area Champion.", "Hollis", "Dunne"],
      ["Councillor Dunne has been replaced by Councillor Hollis. It was resolved to appoint Councillor Hollis as the Breckland Area Champion.", "Hollis", "Dunne"],
      ["Full Council appointed Councillor Hollis to replace Councillor Dunne. The Committee is invited to approve Councillor Hollis to be the Breckland Area Champion.", "Hollis", "Dunne"],
      ["To appoint Councillor Hollis as the Breckland Area Champion in place of Councillor Dunne.", "Hollis", "Dunne"],
    ];
    for (const [text, councillor, replaced] of cases) {
      expect(read(text), text).toEqual([{ kind: "appointment", area: "Breckland", roleLabel: "Area Champion", councillor, replaced }]);
    }
  });

  it("takes the resolution, not the motion before it, and skips a motion that was lost", () => {
    const minute = [
      "c) Appointment to vacancy - Breckland Area Champion",
      "",
      "Following the resignation of Councillor Dunne from the Committee, a replacement was required to be the Breckland Area Champion in her place. It was moved and seconded that Councillor Hollis should be the Breckland Area Champion and on a vote:",
      "",
      "It was resolved by a majority to appoint Councillor Mary Hollis as the Breckland Area Champion.",
    ].join("\n");
    expect(read(minute)).toEqual([{ kind: "appointment", area: "Breckland", roleLabel: "Area Champion", councillor: "Mary Hollis", replaced: "Dunne" }]);
    expect(read("It was moved and seconded that Councillor Hollis should be the Breckland Area Champion.")).toEqual([]);
    expect(read("A motion that Councillor Hollis be appointed as the Breckland Area Champion was put to the vote and lost.")).toEqual([]);
  });

  it("reads several areas in one sentence", () => {
    expect(read("It was resolved to appoint Councillor Hollis as the Breckland Area Champion and Councillor Achebe as the North Downs Area Champion.")).toEqual([
      { kind: "appointment", area: "Breckland", roleLabel: "Area Champion", councillor: "Hollis", replaced: null },
      { kind: "appointment", area: "North Downs", roleLabel: "Area Champion", councillor: "Achebe", replaced: null },
    ]);
  });
});

describe("findChampionStatements: noted holders", () => {
  it.each([
    ["Notes that the Breckland Area Champion as agreed at the last meeting is Councillor Hollis.", true],
    ["The Committee noted that Councillor Hollis is the Breckland Area Champion.", false],
    ["Councillor Hollis remains the Breckland Area Champion.", false],
    ["Councillor Hollis, the Breckland Area Champion, gave an oral update.", false],
    ["Breckland Area Champion: Councillor Hollis", false],
  ])("reads %j as a holder", (text, atPreviousMeeting) => {
    const [st] = findChampionStatements(text);
    expect(brief(st)).toEqual({ kind: "holder", area: "Breckland", roleLabel: "Area Champion", councillor: "Hollis", replaced: null });
    expect(st.atPreviousMeeting).toBe(atPreviousMeeting);
  });

  it("merges what several sentences of one text say about the same person", () => {
    const statements = findChampionStatements([
      { text: "Notes that the Breckland Area Champion as agreed at the last meeting is Councillor Hollis who has replaced Councillor Dunne on the Committee.", line: 10 },
      { text: "As noted at the last meeting the Committee agreed that Councillor Mary Hollis should now take over the Breckland Area Champion role.", line: 20 },
    ]);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ kind: "appointment", councillor: "Mary Hollis", replaced: "Dunne", atPreviousMeeting: true, line: 10 });
  });
});

describe("findChampionStatements: vacancies", () => {
  it.each([
    "Notes that there is currently a vacancy to the Breckland Area Champion role since the recent elections.",
    "The group has said that it does not wish to appoint a member to be the Breckland Area Champion.",
    "The Breckland Area Champion post remains vacant.",
    "b) Appointment to vacancy - Breckland Area Champion",
  ])("reads %j as a vacancy", (text) => {
    expect(read(text)).toEqual([{ kind: "vacancy", area: "Breckland", roleLabel: "Area Champion", councillor: null, replaced: null }]);
  });

  it("names the departing holder when the text does", () => {
    expect(read("Councillor Dunne has resigned as the Breckland Area Champion.")).toEqual([
      { kind: "vacancy", area: "Breckland", roleLabel: "Area Champion", councillor: null, replaced: "Dunne" },
    ]);
  });

  it("gives the date a vacancy or appointment takes effect", () => {
    expect(findChampionStatements("The Breckland Area Champion role is vacant with effect from 3rd September 2019.")[0].effectiveDate).toBe("2019-09-03");
    expect(findChampionStatements("At its meeting on 12 March 2020 the Committee appointed Councillor Hollis as the Breckland Area Champion.")[0].effectiveDate).toBe("2020-03-12");
  });
});

describe("findChampionStatements: what is not a statement", () => {
  it.each([
    "The Committee received oral updates from the Area Champions.",
    "These Members will be Area Community Champions.",
    "Support the Area Champions to recruit reablement workers.",
    "Lack of Area Champion capacity",
    "Further to this, the Area Champion role moves from being a Conservative Group appointment.",
    "Vice Chairman and Council's Community Safety Champion",
    "Community Champions Oral Updates",
    "DASV Champions have been nominated by a range of agencies.",
    "Councillor Hollis asked the Breckland Area Champion about the parish visits.",
    "Councillor Hollis will not be the Breckland Area Champion.",
  ])("finds nothing in %j", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("keeps a councillor who only speaks about the role from being taken for its holder", () => {
    expect(read("Councillor Achebe thanked the Breckland Area Champion, Councillor Hollis, for her work.")).toEqual([
      { kind: "holder", area: "Breckland", roleLabel: "Area Champion", councillor: "Hollis", replaced: null },
    ]);
  });

  it("carries each segment's source line to its statements", () => {
    const statements = findChampionStatements([
      { text: "Some unrelated paragraph.", line: 5 },
      { text: "To appoint Councillor Hollis as the Breckland Area Champion.", line: 7 },
    ]);
    expect(statements.map((s) => s.line)).toEqual([7]);
  });
});
