import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePack } from "@/lib/import/parse-pack";
import type { ParsedPack } from "@/lib/import/parsed";
import { budgetLineKey, choiceFor, diffPackAgainstStored, type StoredSnapshot } from "./diff";

const PACK = parsePack(readFileSync("tests/fixtures/packs/highways-2019-06-12.txt", "utf8"), "highways.txt");

/** What the store would hold for a pack, with ids 1.. and no clerk edits. */
function snapshotOf(pack: ParsedPack): StoredSnapshot {
  let id = 1;
  return {
    meeting: { id: id++, slug: "s", publication: "draft", clerkEditedFields: [], startTime: pack.meeting.startTime, venue: pack.meeting.venue, room: pack.meeting.room, isVirtual: pack.meeting.virtual },
    agendaItems: pack.agendaItems.map((a) => ({ id: id++, clerkEditedFields: [], numberLabel: a.number, title: a.title })),
    reports: pack.reports.map((r) => ({ id: id++, clerkEditedFields: [], title: r.title, agendaItem: r.agendaItem })),
    minutes: pack.minutes.map((m) => ({
      meetingDate: m.meetingDate!, present: m.present.map((p) => p.name), apologies: [...m.apologies],
      entries: m.entries.map((e) => ({
        id: id++, clerkEditedFields: [], numberLabel: String(e.number), title: e.title,
        resolutions: e.resolutions.map((r) => ({ id: id++, clerkEditedFields: [], text: r.text, outcome: r.outcome, votesFor: r.votesFor, votesAgainst: r.votesAgainst, abstentions: r.abstentions })),
      })),
    })),
    fundingFacts: pack.fundingFacts.map((f) => `${f.label}: ${f.asPrinted}`),
    budgetLines: pack.budgetLines.map(budgetLineKey),
    actionLog: pack.actionLog.map((a) => a.action),
  };
}

describe("diffPackAgainstStored", () => {
  it("finds nothing to change when the document matches what is stored", () => {
    expect(diffPackAgainstStored(snapshotOf(PACK), PACK)).toEqual({ changes: [], conflicts: [] });
  });

  it("ignores differences of spacing only", () => {
    const stored = snapshotOf(PACK);
    stored.agendaItems[0].title = `  ${stored.agendaItems[0].title.replace(/ /g, "  ")} `;
    expect(diffPackAgainstStored(stored, PACK).changes).toEqual([]);
  });

  it("lists changed fields old to new, and added and removed records", () => {
    const stored = snapshotOf(PACK);
    stored.meeting.startTime = "10:00";
    stored.agendaItems[2].title = "Petitions";
    stored.agendaItems.push({ id: 999, clerkEditedFields: [], numberLabel: "9", title: "Any other business" });
    const pack = structuredClone(PACK);
    pack.reports[1].title = "A418 CORRIDOR SAFETY SCHEME";
    pack.minutes[0].apologies.push("T Oakshott");
    const diff = diffPackAgainstStored(stored, pack);
    expect(diff.conflicts).toEqual([]);
    expect(diff.changes.map((c) => [c.kind, c.change, c.fields.map((f) => [f.field, f.from, f.to])])).toEqual([
      ["meeting", "changed", [["startTime", "10:00", "10:30"]]],
      ["agendaItem", "changed", [["title", "Petitions", "Petitions and Public Questions"]]],
      ["agendaItem", "removed", [["title", "Any other business", null]]],
      ["report", "changed", [["title", "A418 CORRIDOR SAFETY SCHEME – APPROVAL TO CONSULT", "A418 CORRIDOR SAFETY SCHEME"]]],
      ["attendance", "added", [["name", null, "T Oakshott"]]],
    ]);
  });

  it("makes a clerk-edited field the document would change a conflict, with the pack path to put the clerk's value back", () => {
    const stored = snapshotOf(PACK);
    stored.meeting.venue = "Council Chamber";
    stored.meeting.clerkEditedFields = ["venue"];
    const entry = stored.minutes[0].entries[3];
    entry.resolutions[0].votesFor = 12;
    entry.resolutions[0].clerkEditedFields = ["votesFor"];
    // Edited but the document agrees: no conflict.
    stored.agendaItems[0].clerkEditedFields = ["title"];
    const diff = diffPackAgainstStored(stored, PACK);
    expect(diff.conflicts).toEqual([
      expect.objectContaining({ id: `meeting:${stored.meeting.id}:venue`, packPath: "meeting.venue", clerkValue: "Council Chamber", documentValue: PACK.meeting.venue }),
      expect.objectContaining({ id: `resolution:${entry.resolutions[0].id}:votesFor`, packPath: "minutes.0.entries.3.resolutions.0.votesFor", clerkValue: 12, documentValue: PACK.minutes[0].entries[3].resolutions[0].votesFor }),
    ]);
    expect(diff.changes.find((c) => c.kind === "meeting")?.fields[0].clerkEdited).toBe(true);
  });

  it("marks a removed report a clerk edited as kept", () => {
    const stored = snapshotOf(PACK);
    stored.reports.push({ id: 500, clerkEditedFields: ["title"], title: "Old report", agendaItem: null });
    const change = diffPackAgainstStored(stored, PACK).changes.find((c) => c.change === "removed");
    expect(change).toMatchObject({ kind: "report", keptBecauseEdited: true });
  });

  it("matches minutes by the meeting they record and reports new minutes as added", () => {
    const stored = snapshotOf(PACK);
    stored.minutes[0].meetingDate = "2019-04-09";
    const kinds = diffPackAgainstStored(stored, PACK).changes.map((c) => [c.kind, c.change]);
    expect(kinds).toEqual([["minutes", "added"], ["minutes", "removed"]]);
  });

  it("keeps the clerk's value unless the document's is chosen", () => {
    expect(choiceFor({}, "meeting:1:venue")).toBe("keep");
    expect(choiceFor({ "meeting:1:venue": "document" }, "meeting:1:venue")).toBe("document");
  });
});
