import { describe, expect, it } from "vitest";
import { isTitleLine, locateItemPapers, pagesOf } from "./item-extent";

const item = (number: string, title: string, pageStart: number | null, knownStartLine: number | null = null) =>
  ({ number, title, pageStart, pageEnd: pageStart, knownStartLine });

describe("isTitleLine", () => {
  it("matches a heading that repeats the item's title, with a word or two more", () => {
    expect(isTitleLine("Communities and Partnership Committee Minutes Action Log", "Communities and Partnership Committee Action Log")).toBe(true);
    expect(isTitleLine("Communities & Partnership Committee Agenda Plan", "Communities and Partnership Committee Agenda Plan")).toBe(true);
  });
  it("does not match a paragraph that merely mentions it", () => {
    expect(isTitleLine("This report updates the Communities and Partnership Committee on the action log and the agenda plan for the year ahead.", "Communities and Partnership Committee Action Log")).toBe(false);
    expect(isTitleLine("Agenda Plan", "Communities and Partnership Committee Agenda Plan")).toBe(false);
  });
});

describe("locateItemPapers", () => {
  const text = [
    "AGENDA",                         // 1
    "2b Action Log 3 - 4",            // 2  (front sheet)
    "4 Local Assistance Scheme 5 - 12", // 3 (front sheet)
    "Committee Minutes Action Log",   // 4
    "312. Libraries\tComplete",       // 5
    "Local Assistance Scheme",        // 6  report header
    "1.1 CLAS has a budget.",         // 7
  ].join("\n");

  it("cuts an unpaged text from each item's start to the next item's start", () => {
    const found = locateItemPapers(text, [item("2b", "Committee Action Log", 3), item("3", "Petitions", null), item("4", "Local Assistance Scheme", 5, 6)], 3);
    expect(found.get("2b")).toMatchObject({ kind: "lines", fromLine: 4, toLine: 5 });
    expect(found.get("4")).toMatchObject({ kind: "lines", fromLine: 6, toLine: 7 });
    expect(found.get("4")!.text).toBe("Local Assistance Scheme\n1.1 CLAS has a budget.");
    expect(found.has("3")).toBe(false);
  });

  it("does not take the front sheet's own line for an item's start", () => {
    const found = locateItemPapers(text, [item("4", "Local Assistance Scheme", 5)], 3);
    expect(found.get("4")).toMatchObject({ fromLine: 6 });
  });

  it("cuts a paged text by the printed page numbers", () => {
    const paged = "front\fagenda\fpage three\fpage four";
    const found = locateItemPapers(paged, [{ number: "2", title: "x", pageStart: 3, pageEnd: 4, knownStartLine: null }], 0);
    expect(found.get("2")).toEqual({ kind: "pages", fromPage: 3, toPage: 4, text: "page three\n\npage four" });
    expect(pagesOf(paged, 5, 6)).toBeNull();
  });
});
