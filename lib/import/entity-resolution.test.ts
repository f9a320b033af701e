import { describe, expect, it } from "vitest";
import { committeeKey, isFullerName, matchCommittee, matchPerson, parsePersonName, type KnownPerson } from "./entity-resolution";

const known: KnownPerson[] = [
  { id: 1, fullName: "Steve Criswell", aliases: ["Steve Criswell"] },
  { id: 2, fullName: "Adrian Chapman", aliases: [] },
  { id: 3, fullName: "Simone Taylor", aliases: [] },
  { id: 4, fullName: "Sarah Taylor", aliases: [] },
];

describe("people", () => {
  it("splits honorific, party and role from a printed name", () => {
    expect(parsePersonName("Councillor S Criswell (Con)")).toMatchObject({ honorific: "Councillor", given: ["S"], surname: "Criswell", display: "S Criswell" });
    expect(parsePersonName("Cllr. Lina Nieto")).toMatchObject({ given: ["Lina"], surname: "Nieto" });
  });

  it("treats initials, a bare surname and a full name of one person as that person", () => {
    expect(matchPerson("S Criswell", known)).toEqual({ kind: "match", id: 1 });
    expect(matchPerson("Cllr Steve Criswell", known)).toEqual({ kind: "match", id: 1 });
    expect(matchPerson("Councillor Criswell", known)).toEqual({ kind: "match", id: 1 });
    expect(matchPerson("A Chapman", known)).toEqual({ kind: "match", id: 2 });
  });

  it("matches an initial to a person known only by surname, and prefers the fuller name", () => {
    const bySurname: KnownPerson[] = [{ id: 9, fullName: "Tierney", aliases: [] }];
    expect(matchPerson("S Tierney", bySurname)).toEqual({ kind: "match", id: 9 });
    expect(isFullerName("S Tierney", "Tierney")).toBe(true);
    expect(isFullerName("Steve Tierney", "S Tierney")).toBe(true);
    expect(isFullerName("S Tierney", "Steve Tierney")).toBe(false);
  });

  it("keeps people apart when the given names disagree", () => {
    expect(matchPerson("Stephen Criswell", known)).toEqual({ kind: "new" });
    expect(matchPerson("K Chapman", known)).toEqual({ kind: "new" });
  });

  it("reports an ambiguous initial or surname instead of guessing", () => {
    expect(matchPerson("S Taylor", known)).toEqual({ kind: "ambiguous", ids: [3, 4] });
    expect(matchPerson("Councillor Taylor", known)).toEqual({ kind: "ambiguous", ids: [3, 4] });
  });
});

describe("committees", () => {
  const committees = [{ id: 7, name: "Communities and Partnership Committee", aliases: [] }, { id: 8, name: "Adults Committee", aliases: [] }];

  it("treats spelling variants as one committee", () => {
    for (const v of ["Communities & Partnership Committee", "Community and Partnership Committee", "Communities and Partnerships Committee", "Communities and Partnership Committee Meeting"]) {
      expect(matchCommittee(v, committees)).toEqual({ kind: "match", id: 7 });
    }
    expect(committeeKey("Communities & Partnership")).toBe(committeeKey("communities and partnerships committee"));
  });

  it("recognises short forms by initials", () => {
    expect(matchCommittee("C&P Committee", committees)).toEqual({ kind: "match", id: 7 });
    expect(matchCommittee("CP Committee", committees)).toEqual({ kind: "match", id: 7 });
  });

  it("does not merge different committees", () => {
    expect(matchCommittee("Highways and Transport Committee", committees)).toEqual({ kind: "new" });
    expect(matchCommittee("Adults and Health Committee", committees)).toEqual({ kind: "new" });
  });
});
