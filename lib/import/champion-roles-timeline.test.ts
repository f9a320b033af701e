import { describe, expect, it } from "vitest";
import { dayBefore, planChampionRoles, type ChampionEvent, type ChampionSpell } from "./champion-roles-timeline";

const HOLLIS = 1;
const DUNNE = 2;
const ACHEBE = 3;

function event(kind: ChampionEvent<string>["kind"], personId: number | null, date: string, extra: Partial<ChampionEvent<string>> = {}): ChampionEvent<string> {
  return { kind, area: "Breckland", roleLabel: "Area Champion", personId, replacedPersonId: null, date, source: `said on ${date}`, ...extra };
}
function stored(id: number, personId: number, validFrom: string | null, validTo: string | null = null): ChampionSpell<string> {
  return { id, area: "Breckland", roleLabel: "Area Champion", personId, validFrom, validTo, source: null };
}
const spans = (plan: ReturnType<typeof planChampionRoles<string>>) => plan.inserts.map((s) => [s.personId, s.validFrom, s.validTo]);

describe("dayBefore", () => {
  it("crosses month and year ends and leap days", () => {
    expect(dayBefore("2018-04-17")).toBe("2018-04-16");
    expect(dayBefore("2018-05-01")).toBe("2018-04-30");
    expect(dayBefore("2020-03-01")).toBe("2020-02-29");
    expect(dayBefore("2021-01-01")).toBe("2020-12-31");
  });
});

describe("planChampionRoles", () => {
  it("starts a spell on the stating meeting's date and ends the earlier holder's the day before a later appointment", () => {
    const plan = planChampionRoles([], [event("appointment", HOLLIS, "2018-04-17"), event("appointment", ACHEBE, "2019-01-10")]);
    expect(spans(plan)).toEqual([[HOLLIS, "2018-04-17", "2019-01-09"], [ACHEBE, "2019-01-10", null]]);
    expect(plan.inserts[0].source).toBe("said on 2018-04-17");
  });

  it("keeps one spell when later papers state the same holder again", () => {
    const plan = planChampionRoles([], [event("appointment", HOLLIS, "2018-04-17"), event("holder", HOLLIS, "2018-05-31")]);
    expect(spans(plan)).toEqual([[HOLLIS, "2018-04-17", null]]);
    expect(planChampionRoles([stored(9, HOLLIS, "2018-04-17")], [event("holder", HOLLIS, "2018-05-31")])).toEqual({ inserts: [], updates: [] });
  });

  it("gives a named predecessor a spell with no known start, ending the day before", () => {
    const plan = planChampionRoles([], [event("appointment", HOLLIS, "2018-04-17", { replacedPersonId: DUNNE })]);
    expect(spans(plan)).toEqual([[DUNNE, null, "2018-04-16"], [HOLLIS, "2018-04-17", null]]);
  });

  it("ends the stored holder's spell rather than inventing a predecessor", () => {
    const plan = planChampionRoles([stored(9, DUNNE, "2017-06-01")], [event("appointment", HOLLIS, "2018-04-17", { replacedPersonId: DUNNE })]);
    expect(plan.updates).toEqual([{ id: 9, validFrom: "2017-06-01", validTo: "2018-04-16", source: null }]);
    expect(spans(plan)).toEqual([[HOLLIS, "2018-04-17", null]]);
  });

  it("ends the holder's spell on a vacancy and adds no row for it", () => {
    const plan = planChampionRoles([stored(9, HOLLIS, "2018-04-17")], [event("vacancy", null, "2019-05-20")]);
    expect(plan.updates).toEqual([{ id: 9, validFrom: "2018-04-17", validTo: "2019-05-19", source: null }]);
    expect(plan.inserts).toEqual([]);
    expect(planChampionRoles([], [event("vacancy", null, "2019-05-20")])).toEqual({ inserts: [], updates: [] });
  });

  it("applies a vacancy and an appointment on the same day in that order", () => {
    const plan = planChampionRoles([stored(9, DUNNE, "2017-06-01")], [event("appointment", HOLLIS, "2018-04-17"), event("vacancy", null, "2018-04-17")]);
    expect(plan.updates).toEqual([{ id: 9, validFrom: "2017-06-01", validTo: "2018-04-16", source: null }]);
    expect(spans(plan)).toEqual([[HOLLIS, "2018-04-17", null]]);
  });

  it("fits a statement from an older pack imported later between the stored spells", () => {
    // Stored from a newer pack: Achebe from 2019. The older pack appoints Hollis in 2018.
    const plan = planChampionRoles([stored(9, ACHEBE, "2019-01-10")], [event("appointment", HOLLIS, "2018-04-17")]);
    expect(spans(plan)).toEqual([[HOLLIS, "2018-04-17", "2019-01-09"]]);
    expect(plan.updates).toEqual([]);
  });

  it("moves a stored spell's start earlier when an older pack shows the same holder began sooner", () => {
    const plan = planChampionRoles([stored(9, HOLLIS, "2018-05-31")], [event("appointment", HOLLIS, "2018-04-17")]);
    expect(plan.updates).toEqual([{ id: 9, validFrom: "2018-04-17", validTo: null, source: "said on 2018-04-17" }]);
    expect(plan.inserts).toEqual([]);
  });

  it("keeps areas apart, and treats an area's Area and Community Champion as one role", () => {
    const plan = planChampionRoles(
      [stored(9, HOLLIS, "2018-04-17")],
      [event("appointment", DUNNE, "2018-05-31", { area: "North Downs" }), event("appointment", ACHEBE, "2021-03-04", { area: "breckland", roleLabel: "Community Champion" })],
    );
    expect(plan.updates).toEqual([{ id: 9, validFrom: "2018-04-17", validTo: "2021-03-03", source: null }]);
    expect(plan.inserts.map((s) => [s.area, s.roleLabel, s.personId, s.validFrom, s.validTo])).toEqual([
      ["North Downs", "Area Champion", DUNNE, "2018-05-31", null],
      ["breckland", "Community Champion", ACHEBE, "2021-03-04", null],
    ]);
  });

  it("never ends a spell before it starts", () => {
    const plan = planChampionRoles([stored(9, DUNNE, "2018-04-17")], [event("appointment", HOLLIS, "2018-04-17")]);
    expect(plan.updates).toEqual([]);
  });
});
