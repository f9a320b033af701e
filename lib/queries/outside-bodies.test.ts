import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db", () => ({ db: {} }));

const { listingsByPack, splitContactText } = await import("./outside-bodies");

describe("splitContactText", () => {
  it("picks out email addresses and UK phone numbers from contact details run together", () => {
    expect(splitContactText("Elaine Matthews Elaine.Matthews@cambridgeshire.gov.uk 01223 706385")).toEqual([
      { kind: "text", value: "Elaine Matthews " },
      { kind: "email", value: "Elaine.Matthews@cambridgeshire.gov.uk" },
      { kind: "text", value: " " },
      { kind: "phone", value: "01223 706385" },
    ]);
    const parts = splitContactText("Nicky Phillipson Head of Strategic Partnerships 0300 333 3456 nicky.phillipson@cambs.pnn.police.uk");
    expect(parts.filter((p) => p.kind !== "text").map((p) => p.value)).toEqual(["0300 333 3456", "nicky.phillipson@cambs.pnn.police.uk"]);
  });

  it("leaves text without contacts whole", () => {
    expect(splitContactText("Melanie Sage Huntingdonshire District Council")).toEqual([{ kind: "text", value: "Melanie Sage Huntingdonshire District Council" }]);
  });
});

describe("listingsByPack", () => {
  const row = (name: string, date: string | null, extra: Partial<{ isSubstitute: boolean; personSlug: string | null; personName: string | null }> = {}) => ({
    nameAsPrinted: name, party: "Con", isSubstitute: false, personName: name.replace("Councillor ", ""), personSlug: name.toLowerCase().replace(/\s+/g, "-"),
    meetingSlug: date ? `${date}-cp` : null, meetingDate: date, ...extra,
  });

  it("puts the newest pack's list first and representatives before substitutes", () => {
    const out = listingsByPack([
      row("Councillor I Manning", "2018-05-31", { isSubstitute: true }), row("Councillor S Criswell", "2018-05-31"),
      row("Councillor L Every", "2021-03-04"),
    ]);
    expect(out.map((l) => l.listedAt?.date)).toEqual(["2021-03-04", "2018-05-31"]);
    expect(out[1].representatives.map((r) => [r.nameAsPrinted, r.isSubstitute])).toEqual([
      ["Councillor S Criswell", false], ["Councillor I Manning", true],
    ]);
  });

  it("prints the name without a link when no public person matched (the query joins public people only)", () => {
    const [list] = listingsByPack([row("Councillor X", "2018-05-31", { personSlug: null, personName: null })]);
    expect(list.representatives[0].person).toBeNull();
  });
});
