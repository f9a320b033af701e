import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IssueLog } from "./issue-log";
import type { PackContext } from "./pack-context";
import { toLines } from "./source-lines";
import { parseStrategies, splitOutcomeDate } from "./strategies";

function contextOf(text: string): PackContext {
  return { lines: toLines(text), issues: new IssueLog(), meetingDate: null, agendaItems: [], reports: [] };
}

const pack2018 = readFileSync("data/packs/000_3d32fa037878c48d.txt", "utf8");
const pack2021 = readFileSync("data/packs/002_79826bec6554f037.txt", "utf8");

const HEADER = "REF.\tACTION DESCRIPTION\tLEAD OFFICER\tFIRST MILESTONE DATE\tACTION CONTINUES UNTIL\tRESOURCES REQUIRED / ENGAGEMENT FROM PARTNERS (staff, tech, etc.)\tKEY RISKS\tOUTPUTS\tDECISION MAKING ROUTE";

describe("delivery plan (2018 layout)", () => {
  const ctx = contextOf(pack2018);
  const [plan] = parseStrategies(ctx);

  it("reads one plan with its title, four priorities and 43 actions", () => {
    expect(parseStrategies(contextOf(pack2018))).toHaveLength(1);
    expect(plan.title).toBe("COMMUNITIES AND PARTNERSHIPS COMMITTEE Delivery Plan");
    expect(plan.priorities.map((p) => [p.number, p.title, p.outcomes.length])).toEqual([
      [1, "COMMUNITY RESILIENCE", 5], [2, "TACKLING DEPRIVATION", 4], [3, "ECONOMY AND SKILLS", 4], [4, "PARTNERSHIP WORKING", 4],
    ]);
    expect(plan.actions).toHaveLength(43);
    expect(new Set(plan.actions.map((a) => a.ref)).size).toBe(43);
  });

  it("splits the Priority 4 heading from the outcomes printed on the same tab-padded line", () => {
    const p4 = plan.priorities[3];
    expect(p4.outcomes[0]).toBe("Powerful, meaningful and relevant partnerships, both for agreeing strategy and policy and for delivering services in new and innovative ways.");
    expect(p4.outcomes[3]).toMatch(/^Partnerships that pool resource/);
  });

  it("reads all nine columns of an action, keeping free-text dates and empty cells", () => {
    const a = plan.actions.find((x) => x.ref === "2.2");
    expect(a).toMatchObject({
      priority: 2, leadOfficer: "Ian Phillips", firstMilestone: "June 2018", continuesUntil: "Refreshed biannually",
      resources: "N/A", risks: null, outputs: "Shortlist of agreed models to pilot in Cambridgeshire", decisionRoute: "Via action 2.6",
    });
    expect(plan.actions.find((x) => x.ref === "1.18")?.firstMilestone).toBe("Reviewed yearly");
    expect(plan.actions.find((x) => x.ref === "1.6")?.firstMilestone).toBe("May-18");
  });

  it("joins a row split over a page break (continuation row with an empty REF cell)", () => {
    const text = [
      "Delivery Plan", "", "PRIORITY 1: COMMUNITY RESILIENCE", "", "- Resilient communities.", "", HEADER,
      "1.1\tOversee the development of communications\tSarah Ferguson\tApril 2018\tMay 2020\tCommunications\tNegative publicity\tComms plan",
      "", "Page 3 of 9", HEADER,
      "\tmessages for residents\t\t\t\t\tOfficer capacity\t\tCommunities and Partnerships Committee",
      "1.2\tAgree a relationship\tAdrian Chapman\tApril 2018\tMay 2020\t\t\tDialogue\tVia action 1.1",
    ].join("\n");
    const [p] = parseStrategies(contextOf(text));
    expect(p.actions).toHaveLength(2);
    expect(p.actions[0]).toMatchObject({
      description: "Oversee the development of communications messages for residents",
      risks: "Negative publicity Officer capacity",
      decisionRoute: "Communities and Partnerships Committee",
    });
  });
});

describe("themed action log (2021 library vision layout)", () => {
  const [log] = parseStrategies(contextOf(pack2021));

  it("models themes as priorities and rows as actions", () => {
    expect(log.title).toBe("Library Vision Action Log");
    expect(log.priorities.map((p) => p.title)).toEqual(["People", "Places", "Systems"]);
    expect(log.priorities[0].outcomes[0]).toMatch(/^Resilient communities across Cambridgeshire/);
    expect(log.actions).toHaveLength(24);
  });

  it("splits the outcome from its date and joins the impact continued on the next row", () => {
    const a = log.actions.find((x) => x.ref === "1.3");
    expect(a).toMatchObject({
      priority: 1, description: "Business & IP Centre expansion", firstMilestone: "Sept 2020", continuesUntil: "Ongoing for 3 years",
    });
    expect(a?.outputs).toMatch(/^Funding of £230k a year .* Support for new and small business/);
  });
});

describe("splitOutcomeDate", () => {
  it.each([
    ["Expansion of Digital Presence April 2020 - Ongoing", "Expansion of Digital Presence", "April 2020", "Ongoing"],
    ["Children’s Project Fenland and East Cambs – Dec 2020-Ongoing", "Children’s Project Fenland and East Cambs", "Dec 2020", "Ongoing"],
    ["Mobile Library Homeless Support March-July 2020", "Mobile Library Homeless Support", "March-July 2020", null],
    ["Library. Live Website – Live July 2020 and Ongoing", "Library. Live Website – Live", "July 2020", "Ongoing"],
    ["Census 2021 Ongoing", "Census 2021", null, "Ongoing"],
    ["Partnership Radio Cambridgeshire", "Partnership Radio Cambridgeshire", null, null],
  ])("%s", (text, description, firstMilestone, continuesUntil) => {
    expect(splitOutcomeDate(text)).toEqual({ description, firstMilestone, continuesUntil });
  });
});

describe("robustness", () => {
  const lines = pack2018.split("\n").slice(285, 372);

  it("never throws on truncated or shuffled plan text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: lines.length }), fc.integer({ min: 0, max: lines.length }), fc.string(), (a, b, junk) => {
        const cut = [...lines.slice(0, Math.min(a, b)), junk, ...lines.slice(Math.max(a, b))].join("\n");
        expect(() => parseStrategies(contextOf(cut))).not.toThrow();
      }),
      { numRuns: 80 },
    );
  });

  it("finds nothing in text without a plan", () => {
    expect(parseStrategies(contextOf("Minutes\n\nREF.\tsomething"))).toEqual([]);
  });
});
