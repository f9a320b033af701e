import { describe, expect, it, vi } from "vitest";
import { partyName } from "@/lib/format";

vi.mock("@/lib/db", () => ({ db: {} }));

const { comparePeopleByName, mentionsName, surnameOf } = await import("./people");

describe("surnameOf and comparePeopleByName", () => {
  it("sorts by surname, including hyphenated names, initials and single names", () => {
    expect(surnameOf("Lynsi Hayward-Smith")).toBe("Hayward-Smith");
    expect(surnameOf("S Taylor")).toBe("Taylor");
    expect(surnameOf("Tierney")).toBe("Tierney");
    const names = ["Steve Criswell", "Clare Andrews", "Adela Costello", "Helen Andrews", "Lorna Dupre", "Ambrose Smith", "Mandy Smith"];
    expect(names.map((name) => ({ name })).sort(comparePeopleByName).map((p) => p.name)).toEqual([
      "Clare Andrews", "Helen Andrews", "Adela Costello", "Steve Criswell", "Lorna Dupre", "Ambrose Smith", "Mandy Smith",
    ]);
  });
});

describe("mentionsName", () => {
  it("finds a name in a report's From: line as whole words, ignoring case", () => {
    expect(mentionsName("Adrian Chapman, Service Director - Communities and Safety", "Adrian Chapman")).toBe(true);
    expect(mentionsName("Head of Libraries, Archives and Culture, Gary Porter", "gary porter")).toBe(true);
    expect(mentionsName("Executive Director: People and Communities, Wendi Ogle-Welbourn", "Wendi Ogle")).toBe(false);
    expect(mentionsName("Chief Finance Officer, Chris Malyon", "Adrian Chapman")).toBe(false);
  });

  it("treats regular-expression characters in a name literally", () => {
    expect(mentionsName("From: J. Smith (acting)", "J. Smith")).toBe(true);
    expect(mentionsName("From: Jo Smith", "J. Smith")).toBe(false);
  });
});

describe("format helpers used on people and committee pages", () => {
  it("expands the party abbreviations the packs print", () => {
    expect(partyName("Con")).toBe("Conservative");
    expect(partyName("Lib Dem")).toBe("Liberal Democrat");
    expect(partyName("LD")).toBe("Liberal Democrat");
    expect(partyName("Lab")).toBe("Labour");
    expect(partyName("Green Party")).toBe("Green Party");
    expect(partyName(null)).toBeNull();
    expect(partyName("  ")).toBeNull();
  });
});
