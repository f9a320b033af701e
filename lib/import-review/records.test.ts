import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePack } from "@/lib/import/parse-pack";
import { applyCorrections } from "./corrections";
import { collectRecords, countByKind, excerpt, placeIssues, recordSpans, sourceLines } from "./records";
import { emptyReviewState } from "./review-state";

const TEXT = readFileSync("tests/fixtures/packs/highways-2019-06-12.txt", "utf8");
const PACK = parsePack(TEXT, "highways.txt");

describe("review records and issue placement", () => {
  const records = collectRecords(PACK);

  it("lists every record with its source line, counted by kind", () => {
    const counts = Object.fromEntries(countByKind(records).map((c) => [c.kind, c.count]));
    expect(counts).toMatchObject({ meeting: 1, agendaItem: 8, report: 4, minutes: 1, minuteEntry: 8 });
    expect(records.find((r) => r.path === "reports.0")).toMatchObject({ line: 181, endLine: 257 });
  });

  it("places an issue beside the most specific record covering its line; others at the top", () => {
    const issues = [
      ...PACK.issues,
      { severity: "info" as const, code: "no-line", line: null, message: "Whole-document note." },
      { severity: "info" as const, code: "in-report", line: 200, message: "Inside the first report." },
    ];
    const { byRecord, general } = placeIssues(records, issues, PACK.source.lines);
    const where = (code: string) => [...byRecord].find(([, list]) => list.some((p) => p.issue.code === code))?.[0];
    expect(where("date-weekday-mismatch")).toBe("minutes.0");
    expect(where("in-report")).toBe("reports.0");
    expect(general.map((g) => g.issue.code)).toEqual(["no-line"]);
  });

  it("ends a record without a known end where the next begins, within its enclosing report", () => {
    const spans = recordSpans(records, PACK.source.lines);
    expect(spans.get("agendaItems.0")).toEqual({ from: 33, to: 35 });
    expect(spans.get("reports.0")).toEqual({ from: 181, to: 257 });
  });

  it("numbers source lines as the importer does and cuts an excerpt", () => {
    const lines = sourceLines("a\r\nb\fc\nd");
    expect(lines).toEqual(["a", "bc", "d"]);
    expect(excerpt(lines, 2, 10)).toEqual([{ n: 2, text: "bc" }, { n: 3, text: "d" }]);
  });
});

describe("applyCorrections", () => {
  const reviewed = { ...PACK, review: emptyReviewState() };

  it("records only real changes, and leaves the input untouched", () => {
    const r = applyCorrections(reviewed, { values: { "meeting.startTime": "11:00", "meeting.venue": PACK.meeting.venue ?? "" }, issues: {} }, 7, "2026-01-01T00:00:00Z");
    expect(r.errors).toEqual({});
    expect(r.changed).toEqual([{ path: "meeting.startTime", from: "10:30", to: "11:00", by: 7, at: "2026-01-01T00:00:00Z" }]);
    expect(r.pack.meeting.startTime).toBe("11:00");
    expect(reviewed.meeting.startTime).toBe("10:30");
  });

  it("rejects invalid values and unknown paths, applying nothing", () => {
    const r = applyCorrections(reviewed, {
      values: { "meeting.startTime": "25:00", "reports.0.agendaItem": "99", "meeting.clerk": "x", "agendaItems.1.title": "New" },
      issues: { "42": { status: "resolved", note: "" } },
    }, 7, "now");
    expect(Object.keys(r.errors).sort()).toEqual(["issue.42", "meeting.clerk", "meeting.startTime", "reports.0.agendaItem"]);
    expect(r.changed).toEqual([]);
    expect(r.pack).toBe(reviewed);
  });

  it("reads votes and minute numbers as numbers and a blank outcome as none", () => {
    const r = applyCorrections(reviewed, {
      values: { "minutes.0.entries.3.resolutions.0.votesFor": "7", "minutes.0.entries.3.number": "120", "minutes.0.entries.3.resolutions.0.outcome": "" },
      issues: { "0": { status: "resolved", note: "Checked the printed minutes." } },
    }, 7, "now");
    expect(r.errors).toEqual({});
    const res = r.pack.minutes[0].entries[3].resolutions[0];
    expect(res.votesFor).toBe(7);
    expect(res.outcome).toBeNull();
    expect(r.pack.minutes[0].entries[3].number).toBe(120);
    expect(r.pack.review.issueDecisions["0"]).toMatchObject({ status: "resolved", note: "Checked the printed minutes." });
  });
});
