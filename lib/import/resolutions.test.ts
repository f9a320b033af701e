import { describe, expect, it } from "vitest";
import { findResolutions, followsLabel, readVoteOutcome, splitSentences, type MinuteParagraph } from "./resolutions";

function paragraphs(...texts: string[]): MinuteParagraph[] {
  return texts.map((t, i) => {
    const bullet = t.startsWith("- ");
    const text = bullet ? t.slice(2) : t;
    return { text, raw: text, line: i + 1, bullet };
  });
}

describe("readVoteOutcome", () => {
  it("reads a clear majority with votes written as words", () => {
    expect(readVoteOutcome("It was resolved by a clear majority (7 votes in favour with one abstension),")).toEqual({
      outcome: "majority", votesFor: 7, votesAgainst: null, abstentions: 1,
    });
  });
  it("reads for / against / abstentions", () => {
    expect(readVoteOutcome("It was resolved by a majority (6 votes in favour, 3 against, 1 abstention) to:")).toEqual({
      outcome: "majority", votesFor: 6, votesAgainst: 3, abstentions: 1,
    });
    expect(readVoteOutcome("The motion was lost by 4 votes to 5")).toMatchObject({ outcome: "lost", votesFor: 4, votesAgainst: 5 });
  });
  it("reads unanimous, carried and unstated outcomes", () => {
    expect(readVoteOutcome("It was resolved unanimously:").outcome).toBe("unanimous");
    expect(readVoteOutcome("On being put to the vote the motion was carried").outcome).toBe("carried");
    expect(readVoteOutcome("It was resolved:").outcome).toBeNull();
  });
});

describe("findResolutions", () => {
  it("reads the preamble, outcome and lettered parts (2018 minute 52)", () => {
    const [r] = findResolutions(paragraphs(
      "One Member highlighted the importance of giving people the confidence to go back to the workplace.",
      "Having reviewed, considered and commented on the report:",
      "It was resolved unanimously:",
      "- a) To approve the adoption of the Skills Blueprint attached as Appendix 1 to the report.",
      "- b) To approve the further work to be carried out by officers.",
    ));
    expect(r.preamble).toBe("Having reviewed, considered and commented on the report");
    expect(r.outcome).toBe("unanimous");
    expect(r.text).toBe("It was resolved unanimously: a) To approve the adoption of the Skills Blueprint attached as Appendix 1 to the report. b) To approve the further work to be carried out by officers.");
    expect(r.parts).toEqual([
      { label: "a", text: "To approve the adoption of the Skills Blueprint attached as Appendix 1 to the report." },
      { label: "b", text: "To approve the further work to be carried out by officers." },
    ]);
  });

  it("takes an inline preamble and stops before a sub-item heading (2018 minutes 54 and 56)", () => {
    const [a] = findResolutions(paragraphs("Having considered the report it was resolved unanimously to:", "- a) Note the report", "- b) To note that lead officers would review the format."));
    expect(a.preamble).toBe("Having considered the report");
    expect(a.parts.map((p) => p.label)).toEqual(["a", "b"]);

    const rs = findResolutions(paragraphs(
      "a) Agenda Plan",
      "On the basis that the Plan would now require updating,",
      "It was resolved:",
      "To note the agenda Plan.",
      "b) Appointment to vacancy - Fenland Area Champion",
      "Following the resignation of a member, a replacement was required. It was moved and seconded that Councillor French should be the Fenland Area Champion and on a vote:",
      "It was resolved by a clear majority (7 votes in favour with one abstension),",
      "to appoint Councillor Janet French as the Fenland Area Champion.",
    ));
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ text: "It was resolved: To note the agenda Plan.", parts: [], outcome: null });
    expect(rs[1]).toMatchObject({
      preamble: "It was moved and seconded that Councillor French should be the Fenland Area Champion and on a vote",
      text: "It was resolved by a clear majority (7 votes in favour with one abstension), to appoint Councillor Janet French as the Fenland Area Champion.",
      outcome: "majority", votesFor: 7, abstentions: 1, parts: [],
    });
  });

  it("does not take narrative about resolved issues for a resolution", () => {
    expect(findResolutions(paragraphs("The issue had been resolved with the operator.", "The Committee had resolved at its last meeting to wait."))).toEqual([]);
  });
});

describe("helpers", () => {
  it("orders labels", () => {
    expect(followsLabel(null, "a")).toBe(true);
    expect(followsLabel(null, "b")).toBe(false);
    expect(followsLabel("a", "b")).toBe(true);
    expect(followsLabel("i", "ii")).toBe(true);
    expect(followsLabel("h", "i")).toBe(true);
  });
  it("splits sentences but not after initials or a.m./p.m.", () => {
    expect(splitSentences("Officers met Cllr. Smith at 2 p.m. Monday. They agreed. A J Brown left.")).toEqual([
      "Officers met Cllr. Smith at 2 p.m. Monday.",
      "They agreed.",
      "A J Brown left.",
    ]);
  });
});
