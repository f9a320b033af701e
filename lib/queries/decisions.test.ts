import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db", () => ({ db: {} }));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

const { decisionFilterOptions, filterDecisions, parseDecisionFilters, resolutionLead } = await import("./decisions");
type Entry = Parameters<typeof filterDecisions>[0][number];

describe("resolutionLead", () => {
  it("takes the words before the first lettered part", () => {
    expect(resolutionLead("It was resolved unanimously to approve: a) The Delivery Plan. b) The Forward Plan.", [{ label: "a" }, { label: "b" }]))
      .toBe("It was resolved unanimously to approve:");
    expect(resolutionLead("It was resolved: (a) To note. (b) To agree.", [{ label: "a" }])).toBe("It was resolved:");
  });
  it("is the whole text when there are no parts, and null when the label is not found", () => {
    expect(resolutionLead("It was resolved: To note the agenda Plan.", [])).toBe("It was resolved: To note the agenda Plan.");
    expect(resolutionLead("Resolved as follows.", [{ label: "a" }])).toBeNull();
  });
});

const entry = (slug: string, date: string, committee: string, outcome: Entry["outcome"]): Entry => ({
  slug, meeting: { slug: `${date}-${committee}`, date }, committee: { name: committee.toUpperCase(), slug: committee },
  minuteNumber: 1, minuteLabel: "1", minuteAnchor: "minute-1", minuteTitle: "T", outcome, votesFor: null, votesAgainst: null, abstentions: null, text: "", partCount: 0, report: null,
});
const LIST = [
  entry("a", "2021-03-04", "cp", "unanimous"),
  entry("b", "2018-04-17", "cp", null),
  entry("c", "2018-04-17", "adults", "majority"),
];

describe("decision filters", () => {
  const options = decisionFilterOptions(LIST);
  it("offers only values some decision has", () => {
    expect(options.years).toEqual(["2021", "2018"]);
    expect(options.committees.map((c) => c.slug)).toEqual(["adults", "cp"]);
    expect(options.outcomes).toEqual(["unanimous", "majority", "none"]);
  });
  it("reads the query string and ignores values that match no option", () => {
    expect(parseDecisionFilters({ committee: "cp", year: "2018", outcome: "none" }, options)).toEqual({ committee: "cp", year: "2018", outcome: "none" });
    expect(parseDecisionFilters({ committee: "nope", year: "1999", outcome: "maybe" }, options)).toEqual({ committee: undefined, year: undefined, outcome: undefined });
    expect(parseDecisionFilters({ year: ["2021", "2018"] }, options).year).toBe("2021");
  });
  it("filters by committee, year and outcome together", () => {
    expect(filterDecisions(LIST, {}).map((d) => d.slug)).toEqual(["a", "b", "c"]);
    expect(filterDecisions(LIST, { year: "2018" }).map((d) => d.slug)).toEqual(["b", "c"]);
    expect(filterDecisions(LIST, { year: "2018", outcome: "none" }).map((d) => d.slug)).toEqual(["b"]);
    expect(filterDecisions(LIST, { committee: "adults", outcome: "unanimous" })).toEqual([]);
  });
});
