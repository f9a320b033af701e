import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgendaItemInfo, ReportInfo } from "./contract";
import { IssueLog } from "./issue-log";
import type { PackContext } from "./pack-context";
import type { ParsedReport } from "./parsed";
import { parseReports, titleSimilarity } from "./reports";
import { toLines } from "./source-lines";

interface Expected { meeting: { date: string }; agendaItems: AgendaItemInfo[]; reports?: Partial<ReportInfo>[] }

function contextFor(packText: string, expected: Expected): PackContext {
  return {
    lines: toLines(packText),
    issues: new IssueLog(),
    meetingDate: expected.meeting.date,
    agendaItems: expected.agendaItems.map((a) => ({ ...a, line: null, body: null })),
    reports: [],
  };
}

function load(packPath: string, expectedPath: string): { ctx: PackContext; expected: Expected; reports: ParsedReport[] } {
  const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as Expected;
  const ctx = contextFor(readFileSync(packPath, "utf8"), expected);
  return { ctx, expected, reports: parseReports(ctx) };
}

/** Every field the expected file states must be equal in the report with the same title. */
function expectReportsMatch(reports: ParsedReport[], expected: Partial<ReportInfo>[]): void {
  for (const want of expected) {
    const got = reports.find((r) => r.title === want.title);
    expect(got, want.title).toBeDefined();
    for (const [key, value] of Object.entries(want)) {
      expect(got?.[key as keyof ReportInfo], `${want.title}: ${key}`).toEqual(value);
    }
  }
}

const SEED_2018 = ["data/packs/000_3d32fa037878c48d.txt", "tests/ground-truth/000_3d32fa037878c48d.json"] as const;
const SEED_2021 = ["data/packs/002_79826bec6554f037.txt", "tests/ground-truth/002_79826bec6554f037.json"] as const;

describe("parseReports on the 2018 pack", () => {
  const { ctx, expected, reports } = load(...SEED_2018);

  it("finds the six officer reports in order, each linked to its agenda item", () => {
    expect(reports.map((r) => [r.agendaItem, r.line])).toEqual([["5", 390], ["6", 478], ["7", 772], ["8", 1005], ["9", 1109], ["10", 2250]]);
    expect(reports[0].endLine).toBe(476);
  });

  it("matches the hand-checked reports", () => {
    expectReportsMatch(reports, expected.reports ?? []);
  });

  it("reads the reports beyond the hand-checked half", () => {
    const [, , , dasv, finance, plan] = reports;
    expect(dasv).toMatchObject({ title: "DOMESTIC ABUSE & SEXUAL VIOLENCE STRATEGY UPDATE", keyDecision: false, keyDecisionAsPrinted: "Information Only", forwardPlanRef: null });
    expect(dasv.officerContacts).toEqual([{ name: "Vickie Crompton", post: "information Officer, DAAT & Community Safety", email: "Vickie.crompton@cambridgeshire.gov.uk", telephone: "01223 699834" }]);
    expect(dasv.memberContacts[0]).toMatchObject({ name: "Cllr Kevin Cuffley", post: "Vice Chairman and Council's Community Safety Champion" });
    expect(dasv.sourceDocuments).toHaveLength(3);
    expect(finance).toMatchObject({ from: "Executive Director: People and Communities Chief Finance Officer", memberContacts: [], recommendations: [{ label: null, text: "The Committee is asked to review and comment on the report" }] });
    expect(finance.sourceDocuments[0].location).toBe("https://www.cambridgeshire.gov.uk/council/finance-and-budget/finance-&-performance-reports/");
    expect(finance.implications.map((i) => i.category)).toContain("Engagement and Consultation Implications");
    expect(plan.recommendations.map((r) => r.label)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(plan.implications).toHaveLength(7);
    expect(plan.clearances.every((c) => c.answer === "Not applicable")).toBe(true);
    expect(plan.sourceDocuments.map((d) => d.title)).toEqual([
      "General Purposes Agenda and Minutes – 13 June 2017",
      "Communities and Partnership agenda and Minutes – 26th October 2017",
      "General Purposes Committee 29th May 2018",
    ]);
  });

  it("logs the substituted Key decision label", () => {
    expect(ctx.issues.issues.find((i) => i.code === "key-decision-label-substituted")?.line).toBe(1015);
  });
});

describe("parseReports on the 2021 pack", () => {
  const { ctx, expected, reports } = load(...SEED_2021);

  it("finds the five reports and not the letter or the slide deck", () => {
    expect(reports.map((r) => r.agendaItem)).toEqual(["4", "5", "6", "7", "8"]);
    expect(reports.map((r) => r.title)).not.toContain("Delivering Local Authority Regulatory Services over Winter 2021");
  });

  it("matches the hand-checked reports", () => {
    expectReportsMatch(reports, expected.reports ?? []);
  });

  it("reads the reports beyond the hand-checked half", () => {
    const [clas, , mobility, libraries, finance] = reports;
    expect(clas.environmentImplications).toHaveLength(7);
    expect(clas.footnotes.map((f) => f.marker)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(clas.clearances).toHaveLength(8);
    expect(mobility.recommendations.map((r) => r.label)).toEqual(["a", "b", "c"]);
    expect(libraries).toMatchObject({ title: "Cambridgeshire Libraries: Review and Future Priorities", from: "Head of Libraries, Archives and Culture, Gary Porter", sourceDocuments: [] });
    expect(libraries.recommendations[1]).toEqual({ label: "b", text: "Note and comment on the progress made against the previously agreed New Libraries Model; and" });
    expect(finance.officerContacts.map((c) => c.name)).toEqual(["Martin Wade", "Clare Andrews"]);
    expect(finance.recommendations).toEqual([{ label: null, text: "Review and comment on the report." }]);
  });

  it("reports the year typo in the first report's Meeting Date", () => {
    expect(reports[0]).toMatchObject({ meetingDateAsPrinted: "4 March 2020", meetingDate: "2021-03-04" });
    expect(ctx.issues.issues.filter((i) => i.code === "report-date-mismatch").map((i) => i.line)).toEqual([92]);
  });
});

describe("parseReports on other councils' packs", () => {
  for (const name of ["adults-2022-01-20", "highways-2019-06-12"]) {
    it(`matches the expected reports of ${name}`, () => {
      const { reports, expected } = load(`tests/fixtures/packs/${name}.txt`, `tests/fixtures/expected/${name}.json`);
      expect(reports.map((r) => r.agendaItem)).toEqual((expected.reports ?? []).map((r) => r.agendaItem));
      expectReportsMatch(reports, expected.reports ?? []);
    });
  }
});

describe("titleSimilarity", () => {
  it("still links drifting titles", () => {
    expect(titleSimilarity("Shared and Integrated Services Update for CP Committee", "SHARED AND INTEGRATED SERVICES PROGRAMME")).toBeGreaterThan(0.5);
    expect(titleSimilarity("Recommissioning of Cambridgeshire Local Assistance Scheme", "Recommissioning of Cambridgeshire's Local Assistance Scheme")).toBe(1);
    expect(titleSimilarity("Petitions and Public Questions", "Improving Social Mobility")).toBe(0);
  });
});

describe("robustness", () => {
  const seeds = [SEED_2018, SEED_2021].map(([pack, truth]) => ({
    text: readFileSync(pack, "utf8"),
    expected: JSON.parse(readFileSync(truth, "utf8")) as Expected,
  }));

  it("never throws on truncated or mutated packs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("delete", "blank", "duplicate", "truncate", "garble")), { maxLength: 40 }),
        fc.nat(),
        (which, edits, cut) => {
          const seed = seeds[which];
          let lines = seed.text.split("\n");
          lines = lines.slice(0, Math.max(1, lines.length - (cut % lines.length)));
          for (const [at, kind] of edits) {
            const i = at % lines.length;
            if (kind === "delete") lines.splice(i, 1);
            else if (kind === "blank") lines[i] = "";
            else if (kind === "duplicate") lines.splice(i, 0, lines[i]);
            else if (kind === "truncate") lines[i] = lines[i].slice(0, lines[i].length >> 1);
            else lines[i] = `${lines[i]}\t**¹ - a) <p>(`;
            if (lines.length === 0) lines = [""];
          }
          const ctx = contextFor(lines.join("\n"), seed.expected);
          const reports = parseReports(ctx);
          for (const r of reports) expect(r.line).toBeLessThanOrEqual(r.endLine);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("addressee check", () => {
  it("notes the report addressed to a differently spelt committee", () => {
    const { ctx } = load(...SEED_2021);
    expect(ctx.issues.issues.filter((i) => i.code === "report-addressee-variant").map((i) => i.line)).toEqual([88]);
  });
});
