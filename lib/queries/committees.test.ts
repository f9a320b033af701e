import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db", () => ({ db: {} }));

const { groupPlanEntries, membershipChanges, orderMembers } = await import("./committees");
type Snapshot = Parameters<typeof membershipChanges>[0][number];

const m = (personSlug: string, role: "chair" | "vice_chair" | "member" | "substitute" = "member", roleAsPrinted: string | null = null) => ({
  personSlug, name: personSlug, party: null, role, roleAsPrinted,
});

// The two front sheets in the demo packs (31 May 2018 and 4 March 2021), abridged.
const may2018: Snapshot = {
  meeting: { slug: "2018-05-31-cp", date: "2018-05-31" },
  members: [m("steve-criswell", "chair", "Chairman"), m("kevin-cuffley", "vice_chair", "Vice-Chairman"), m("adela-costello"), m("lorna-dupre")],
};
const march2021: Snapshot = {
  meeting: { slug: "2021-03-04-cp", date: "2021-03-04" },
  members: [m("steve-criswell", "chair", "Chairman"), m("lina-nieto", "vice_chair", "Vice-Chairwoman"), m("adela-costello"), m("mandy-smith")],
};

describe("membershipChanges", () => {
  it("lists joiners and leavers between consecutive front sheets", () => {
    const [change] = membershipChanges([march2021, may2018]);
    expect(change.from.date).toBe("2018-05-31");
    expect(change.to.date).toBe("2021-03-04");
    expect(change.joined.map((x) => x.personSlug)).toEqual(["lina-nieto", "mandy-smith"]);
    expect(change.left.map((x) => x.personSlug)).toEqual(["kevin-cuffley", "lorna-dupre"]);
    expect(change.roleChanged).toEqual([]);
  });

  it("reports a member whose role changed, with the role before", () => {
    const later: Snapshot = { meeting: { slug: "x", date: "2021-05-27" }, members: [m("adela-costello", "chair", "Chairwoman"), m("steve-criswell")] };
    const [, change] = membershipChanges([may2018, march2021, later]);
    expect(change.roleChanged.map((r) => [r.member.personSlug, r.before.role, r.member.role])).toEqual([
      ["adela-costello", "member", "chair"],
      ["steve-criswell", "chair", "member"],
    ]);
  });

  it("has nothing to compare with one front sheet, and skips meetings with no members listed", () => {
    expect(membershipChanges([may2018])).toEqual([]);
    expect(membershipChanges([may2018, { meeting: { slug: "y", date: "2019-01-01" }, members: [] }])).toEqual([]);
  });
});

describe("orderMembers", () => {
  it("puts chair and vice-chair first and keeps printed order otherwise", () => {
    const out = orderMembers([m("a"), m("b", "vice_chair"), m("c"), m("d", "chair"), m("e", "substitute"), m("f")]);
    expect(out.map((x) => x.personSlug)).toEqual(["d", "b", "a", "c", "f", "e"]);
  });
});

describe("groupPlanEntries", () => {
  const row = (meetingDate: string | null, item: string, extra: Partial<{ isReserve: boolean; isProvisional: boolean }> = {}) => ({
    meetingDate, meetingDateAsPrinted: meetingDate, isReserve: false, isProvisional: false, item, leadOfficer: null, keyDecisionRef: null, ...extra,
  });

  it("groups consecutive rows by committee date and lets undated rows join the date above", () => {
    const out = groupPlanEntries([
      row("2021-03-04", "Minutes"), row("2021-03-04", "Improving Social Mobility"), row(null, "Agenda Plan and Appointments"),
      row("2021-04-01", "Provisional Meeting", { isProvisional: true }), row("2021-05-27", "Minutes"),
    ]);
    expect(out.map((g) => [g.date, g.items.length, g.isProvisional])).toEqual([
      ["2021-03-04", 3, false], ["2021-04-01", 1, true], ["2021-05-27", 1, false],
    ]);
  });
});
