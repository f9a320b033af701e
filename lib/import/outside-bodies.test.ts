import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IssueLog } from "./issue-log";
import { parseOutsideBodies, readRepresentatives, splitBodyCell, splitNameAndDescription } from "./outside-bodies";
import type { PackContext } from "./pack-context";
import { toLines } from "./source-lines";

function run(text: string) {
  const ctx: PackContext = { lines: toLines(text), issues: new IssueLog(), meetingDate: null, agendaItems: [], reports: [] };
  return { bodies: parseOutsideBodies(ctx), issues: ctx.issues.issues };
}

// Seed 000 (31 May 2018 pack), lines 2511-2517 and 2523-2524 (the pack ends there).
const HEADER = "NAME OF BODY\tMEETINGS PER ANNUUM\tREPS APPOINTED\tCURRENT REPRESENTATIVE(S)\tCONTACT DETAILS";
const ROW_1 = "1) Innovate and Cultivate Fund Bid Assessment Panel To consider bids to the Innovate and Cultivate Fund which will result in the commissioning of services being delivered by others to communities in Cambridgeshire.\t\t5\tCouncillor S Criswell (Con) Councillor K Cuffley (Con) Councillor L Every (Con) Councillor L Dupre (Lib Dem) Councillor E Meschini (Lab) Substitutes: Councillor I Manning (Lib Dem)\tElaine Matthews Elaine.Matthews@cambridgeshire.gov.uk 01223 706385";
const ROW_2 = "2) Cambridge Council for Voluntary Service Cambridge CVS is an independent registered charity, set up by local organisations as an infrastructure and network organisation to help and support community and voluntary groups in Cambridge City and South Cambridgeshire.\t4\t1 Observer Status\tCouncillor L Nethsingha (LD)\tMark Freeman Chief Executive 01223 464696 enquiries@cambridgecvvs.org.uk";
const ROW_4 = "4) Cambridgeshire and Peterborough Association of Local Councils (CAPALC) District Committees: <ul style=\"list-style-type: none\"> • East Cambridgeshire • Fenland • Huntingdonshire • South Cambridgeshire The District Associations have a direct feed into the strategic direction and governance of CAPALC as each of the District Association chairmen have a seat on the CAPALC Board.\t4\t1 to each\tCouncillor L Every (Con) Councillor J Gowing (Con) Councillor A Costello (Con) Councillor K Cuffley (Con)\tIan Dewar (County Executive Officer) 01480 375629 ceo@capalc.org.uk";
const ROW_7 = "7) Hunts Forum of Voluntary Organisations Hunts Forum of Voluntary Organisations is an umbrella body for voluntary and community groups in Huntingdonshire.\t4\t2\tCouncillor S Criswell (Con) Councillor A Costello (Con)\tJulie Farrow Hunts Forum of Voluntary Organisations 01480 420601 julie@huntsforum.org.uk";
const TABLE = ["APPOINTMENTS TO OUTSIDE BODIES", "", HEADER, ROW_1, ROW_2, "", HEADER.replace("ANNUUM", "ANNUM"), ROW_4, "", HEADER, ROW_7].join("\n");

describe("parseOutsideBodies", () => {
  const { bodies, issues } = run(TABLE);

  it("reads number, name, description and the count columns", () => {
    expect(bodies.map((b) => [b.number, b.name, b.meetingsPerAnnum, b.repsAppointed])).toEqual([
      [1, "Innovate and Cultivate Fund Bid Assessment Panel", null, "5"],
      [2, "Cambridge Council for Voluntary Service", "4", "1 Observer Status"],
      [4, "Cambridgeshire and Peterborough Association of Local Councils (CAPALC) District Committees", "4", "1 to each"],
      [7, "Hunts Forum of Voluntary Organisations", "4", "2"],
    ]);
    expect(bodies[0].description).toMatch(/^To consider bids to the Innovate and Cultivate Fund/);
    expect(bodies[1].description).toMatch(/^Cambridge CVS is an independent registered charity/);
    expect(bodies[3].description).toMatch(/^Hunts Forum of Voluntary Organisations is an umbrella body/);
    expect(bodies[1]).toMatchObject({ observerOnly: true, repsCount: 1, meetingsMin: 4, meetingsMax: 4 });
  });

  it("reads representatives with party and substitutes", () => {
    expect(bodies[0].representatives.map((r) => [r.name, r.party, r.substitute])).toEqual([
      ["Councillor S Criswell", "Con", false],
      ["Councillor K Cuffley", "Con", false],
      ["Councillor L Every", "Con", false],
      ["Councillor L Dupre", "Lib Dem", false],
      ["Councillor E Meschini", "Lab", false],
      ["Councillor I Manning", "Lib Dem", true],
    ]);
    expect(bodies[0].contact).toBe("Elaine Matthews Elaine.Matthews@cambridgeshire.gov.uk 01223 706385");
  });

  it("reads sub-bodies and pairs one representative with each", () => {
    expect(bodies[2].units).toEqual(["East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire"]);
    expect(bodies[2].description).toMatch(/^The District Associations have a direct feed/);
    expect(bodies[2].representatives.map((r) => [r.name, r.unit])).toEqual([
      ["Councillor L Every", "East Cambridgeshire"],
      ["Councillor J Gowing", "Fenland"],
      ["Councillor A Costello", "Huntingdonshire"],
      ["Councillor K Cuffley", "South Cambridgeshire"],
    ]);
  });

  it("says the pack ends inside the table", () => {
    expect(issues.map((i) => [i.code, i.line])).toEqual([["outside-bodies-truncated", 11]]);
  });

  it("says nothing about truncation when text follows the table", () => {
    expect(run(`${TABLE}\n\nAppendix 4`).issues).toEqual([]);
  });

  it("flags a last row cut off mid-cell", () => {
    const cut = ROW_7.slice(0, ROW_7.indexOf("\t2\t") + 3);
    const { bodies: b, issues: i } = run([HEADER, ROW_1, cut].join("\n"));
    expect(b[1]).toMatchObject({ number: 7, repsAppointed: "2", representatives: [], contact: null });
    expect(i.map((x) => x.code)).toEqual(expect.arrayContaining(["outside-body-row-incomplete", "outside-bodies-truncated"]));
  });

  it("merges a row continued on the next page", () => {
    const text = [HEADER, ROW_2.replace("\tMark Freeman Chief Executive 01223 464696 enquiries@cambridgecvvs.org.uk", ""), HEADER, "\t\t\t\tMark Freeman Chief Executive", "Appendix 4"].join("\n");
    expect(run(text).bodies[0].contact).toBe("Mark Freeman Chief Executive");
  });
});

describe("the NAME OF BODY cell", () => {
  it("splits at a purpose clause, a repeated name or a repeated first word", () => {
    expect(splitNameAndDescription("Hinchingsbrooke Country Park Joint Group To monitor the operation of Hinchingsbrooke Country Park.")).toEqual({
      name: "Hinchingsbrooke Country Park Joint Group", description: "To monitor the operation of Hinchingsbrooke Country Park.", unclear: false,
    });
    expect(splitNameAndDescription("Community Safety Partnerships Statutory Crime and Disorder Reduction Partnerships (CDRPs, also known as Community Safety Partnerships) were set up in 1998.").name)
      .toBe("Community Safety Partnerships");
    expect(splitNameAndDescription("Cambridge Council for Voluntary Service Cambridge CVS is a charity.").name).toBe("Cambridge Council for Voluntary Service");
    expect(splitNameAndDescription("Area Forum")).toEqual({ name: "Area Forum", description: null, unclear: false });
  });

  it("takes the text after a closed list as description", () => {
    const cell = splitBodyCell("3) Local Dementia Action Alliances <ul style=\"list-style-type: none\"> • Brackenford • Eastwold • Wrexley Vale </ul> The Alliances bring together local organisations.");
    expect(cell).toMatchObject({ number: 3, name: "Local Dementia Action Alliances", units: ["Brackenford", "Eastwold", "Wrexley Vale"], description: "The Alliances bring together local organisations." });
  });

  it("reads representatives printed without honorifics", () => {
    expect(readRepresentatives("J Smith (Con) K Brown (Lab)").map((r) => [r.name, r.party])).toEqual([["J Smith", "Con"], ["K Brown", "Lab"]]);
    expect(readRepresentatives("Vacancy")).toEqual([]);
  });
});

describe("parseOutsideBodies on whole packs", () => {
  it("reads the seven bodies of the 2018 pack and reports its truncation", () => {
    const { bodies, issues } = run(readFileSync("data/packs/000_3d32fa037878c48d.txt", "utf8"));
    expect(bodies.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(bodies[4]).toMatchObject({ name: "Community Safety Partnerships", meetingsPerAnnum: "3-4", repsAppointed: "1 on each" });
    expect(bodies[4].units).toHaveLength(5);
    expect(bodies[2]).toMatchObject({ meetingsPerAnnum: "4 – 6", meetingsMin: 4, meetingsMax: 6 });
    expect(bodies.flatMap((b) => b.representatives)).toHaveLength(20);
    expect(issues.map((i) => i.code)).toEqual(["outside-bodies-truncated"]);
  });

  it("finds none in the 2021 pack and reads another committee's table", () => {
    expect(run(readFileSync("data/packs/002_79826bec6554f037.txt", "utf8")).bodies).toEqual([]);
    const adults = run(readFileSync("tests/fixtures/packs/adults-2022-01-20.txt", "utf8")).bodies;
    expect(adults.map((b) => b.name)).toEqual([
      "Brackenshire Health and Wellbeing Board", "Brackenford Carers' Centre Trustee Board",
      "Local Dementia Action Alliances", "Adult Social Care Forum",
    ]);
  });

  it("never throws on truncated or mutated tables", () => {
    for (let cut = 0; cut <= TABLE.length; cut += 37) {
      expect(() => run(TABLE.slice(0, cut))).not.toThrow();
      expect(() => run(TABLE.slice(cut))).not.toThrow();
    }
  });
});

describe("bold names", () => {
  it("takes a bold opening as the name", () => {
    expect(splitBodyCell("9) **Fenland Youth Forum** A forum for young people in Fenland.")).toMatchObject({
      number: 9, name: "Fenland Youth Forum", description: "A forum for young people in Fenland.",
    });
    expect(splitBodyCell("<b>Rural Panel:</b> Advises on rural matters.")).toMatchObject({ name: "Rural Panel", description: "Advises on rural matters." });
  });
});
