import { describe, expect, it } from "vitest";
import { toLines } from "./source-lines";
import { cellAt, fillDown, findTabTables, isPageFurniture, mapColumns, readTabTable } from "./tab-table";

const isHeader = (cells: string[]) => cells[0] === "Committee date" && cells[1] === "Agenda item";

// Seed 000, lines 2371-2384 (two pages of the agenda plan), plus the text that follows the table.
const PLAN = [
  "Committee date\tAgenda item\tLead officer\tReference if key decision\tDeadline for draft reports\tAgenda despatch date",
  "31/05/18\tConfirmation of Appointment of Chairman and Vice Chairman\tDemocratic Services\tNot applicable\t17/05/18\t22/05/18",
  "\tCommunity Resilience Strategy Principles working with Service Committees\tSarah Ferguson / Elaine Matthews\tNot applicable\t\t",
  "",
  "Committee date\tAgenda item\tLead officer\tReference if key decision\tDeadline for draft reports\tAgenda despatch date",
  "\tFinance and Performance Outturn Report 2017-18\tMartin Wade / Tom Kelly\tNot applicable\t\t",
  "21/6/17\tReserve date to be used as workshop\t\t\t08/06/18\t13/06/18",
  "",
  "Possible additional reports for future meetings:",
].join("\n");

describe("readTabTable", () => {
  it("skips the header repeated after a page break and stops at the first plain-text line", () => {
    const t = readTabTable(toLines(PLAN), 0, { isHeader });
    expect(t.header).toHaveLength(6);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 6, 7]);
    expect(t.endLine).toBe(7);
    expect(t.reachesEndOfText).toBe(false);
    expect(t.rows[1].cells[0]).toBe("");
    expect(t.rows[1].cells).toHaveLength(6);
  });

  it("fills continuation rows down from the row above", () => {
    const t = readTabTable(toLines(PLAN), 0, { isHeader });
    expect(fillDown(t.rows, 0)).toEqual(["31/05/18", "31/05/18", "31/05/18", "21/6/17"]);
  });

  it("keeps raw cells with their markup beside the cleaned ones", () => {
    const text = "Committee date\tAgenda item\n<i>[01/04/21] Provisional Meeting</i>\t\t\t\t\t";
    const t = readTabTable(toLines(text), 0, { isHeader });
    expect(t.rows[0].raw[0]).toBe("<i>[01/04/21] Provisional Meeting</i>");
    expect(t.rows[0].cells[0]).toBe("[01/04/21] Provisional Meeting");
    expect(t.reachesEndOfText).toBe(true);
  });

  it("accepts loose lines the caller recognises and skips page numbers", () => {
    const text = [
      "Workshop Date\tItem",
      "14 February 2019 10:00-1:00pm Room 128 (Reserve Committee)\tRelationship with the Combined Authority",
      "",
      "7 March 19 - (Committee)",
      "Page 61 of 64",
      "25 th April 2019\tWhite Ribbon Campaign",
      "APPOINTMENTS TO OUTSIDE BODIES",
    ].join("\n");
    const t = readTabTable(toLines(text), 0, {
      isHeader: (c) => c[0] === "Workshop Date",
      acceptLooseLine: (s) => /^\d{1,2} \w+ \d{2}/.test(s),
    });
    expect(t.rows.map((r) => [r.line, r.loose])).toEqual([[2, false], [4, true], [6, false]]);
  });

  it("ends after too many blank lines", () => {
    const text = ["Committee date\tAgenda item", "01/01/20\tA", "", "", "", "", "", "\tB"].join("\n");
    const t = readTabTable(toLines(text), 0, { isHeader });
    expect(t.rows).toHaveLength(1);
  });
});

describe("findTabTables", () => {
  it("finds every table with a recognised header", () => {
    const text = `intro\n${PLAN}\n\nCommittee date\tAgenda item\n01/01/19\tLater item`;
    const tables = findTabTables(toLines(text), { isHeader, headerHint: /date/i });
    expect(tables.map((t) => t.headerLine)).toEqual([2, 12]);
    expect(tables[1].rows[0].cells[1]).toBe("Later item");
  });

  it("never throws on ragged input", () => {
    const text = "Committee date\tAgenda item\n\t\t\t\t\n\u00a0\n\tx\ty\tz\tw\tv\tu\tt";
    expect(() => findTabTables(toLines(text), { isHeader })).not.toThrow();
  });
});

describe("mapColumns and helpers", () => {
  it("gives specific roles their columns before generic ones", () => {
    const header = ["Committee date", "Agenda item", "Lead officer", "Reference if key decision", "Deadline for draft reports", "Agenda despatch date"];
    const cols = mapColumns(header, [["despatch", /despatch/], ["date", /\bdate\b/], ["item", /item/]] as const);
    expect(cols).toEqual({ despatch: 5, date: 0, item: 1 });
  });

  it("reads cells safely", () => {
    expect(cellAt(["a"], 3)).toBe("");
    expect(cellAt(["a"], undefined)).toBe("");
    expect(isPageFurniture("Page 120 of 144")).toBe(true);
    expect(isPageFurniture("17 Jan 19 - (Committee)")).toBe(false);
  });
});
