import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActingUser } from "@/lib/auth/guards";
import * as t from "@/lib/db/schema";
import { listHistory } from "@/lib/audit/log";
import { importPackFile } from "@/lib/mutations/import-files";
import { mergePeople } from "@/lib/mutations/people-merge";
import { RECORD_TYPES } from "@/lib/mutations/record-types";
import {
  createRecord, deleteRecord, loadRecord, moveRecord, restoreRecord, setPublication, updateRecord, ValidationError, VersionConflictError, type MutationOptions,
} from "@/lib/mutations/records";
import type { PublicChange } from "@/lib/publishing/revalidate";
import { countAllRows, createTempDatabase, type TempDatabase } from "../support/temp-database";

// The guards' session lookup (next-auth) is not needed here: mutations receive the acting user.
vi.mock("@/lib/auth/config", () => ({ auth: async () => null }));

let temp: TempDatabase;
let opts: MutationOptions;
const revalidated: PublicChange[] = [];
let admin: ActingUser, clerk: ActingUser, limitedHere: ActingUser, limitedElsewhere: ActingUser;
let committeeId: number, otherCommitteeId: number, meetingId: number, reportId: number;

async function snapshot() {
  const counts = await countAllRows(temp.db);
  const rows = await temp.db.$client.execute("SELECT group_concat(id || ':' || version || ':' || title || ':' || publication, '|') AS s FROM reports");
  const m = await temp.db.$client.execute("SELECT group_concat(id || ':' || version || ':' || coalesce(venue,'') || ':' || publication, '|') AS s FROM meetings");
  return JSON.stringify({ counts, r: rows.rows[0].s, m: m.rows[0].s });
}

beforeAll(async () => {
  temp = await createTempDatabase();
  opts = { database: temp.db, revalidate: async (c) => { revalidated.push(c); } };
  await importPackFile(temp.db, "data/packs/000_3d32fa037878c48d.txt", { actor: "test" });
  await importPackFile(temp.db, "data/packs/002_79826bec6554f037.txt", { actor: "test" });
  const [c] = await temp.db.select().from(t.committees).limit(1);
  committeeId = c.id;
  const [other] = await temp.db.insert(t.committees).values({ authorityId: c.authorityId, name: "Highways Committee", slug: "highways-committee" }).returning();
  otherCommitteeId = other.id;
  const users = await temp.db.insert(t.users).values([
    { email: "admin@example.gov.uk", name: "Ada Admin", passwordHash: "x", role: "admin" },
    { email: "clerk@example.gov.uk", name: "Carys Clerk", passwordHash: "x", role: "clerk" },
    { email: "here@example.gov.uk", name: "Hari Here", passwordHash: "x", role: "clerk" },
    { email: "there@example.gov.uk", name: "Theo There", passwordHash: "x", role: "clerk" },
  ]).returning();
  admin = { id: users[0].id, email: users[0].email, role: "admin", committeeIds: null };
  clerk = { id: users[1].id, email: users[1].email, role: "clerk", committeeIds: null };
  limitedHere = { id: users[2].id, email: users[2].email, role: "clerk", committeeIds: [committeeId] };
  limitedElsewhere = { id: users[3].id, email: users[3].email, role: "clerk", committeeIds: [otherCommitteeId] };
  const [r] = await temp.db.select().from(t.reports).orderBy(t.reports.id).limit(1);
  reportId = r.id;
  meetingId = r.meetingId;
});
afterAll(() => temp.cleanup());

describe("record types", () => {
  it("every descriptor names a table, a schema and fields the table has (or virtual ones)", () => {
    for (const type of RECORD_TYPES) {
      for (const f of type.fields) {
        const isColumn = f.name in (type.table as unknown as Record<string, unknown>);
        expect(isColumn || Boolean(type.virtual?.[f.name]), `${type.kind}.${f.name}`).toBe(true);
      }
    }
  });
});

describe("updateRecord", () => {
  it("writes, bumps the version, notes the clerk's fields, audits before/after and revalidates", async () => {
    const rec = (await loadRecord("report", reportId, temp.db))!;
    const input = { ...formOf(rec.values), title: "Libraries: a corrected title" };
    const res = await updateRecord(limitedHere, "report", reportId, rec.version, input, opts);
    expect(res.changed).toEqual(["title"]);
    const row = (await temp.db.select().from(t.reports).where(eq(t.reports.id, reportId)))[0];
    expect(row.title).toBe("Libraries: a corrected title");
    expect(row.version).toBe(Number(rec.version) + 1);
    expect(row.clerkEditedFields).toContain("title");
    const [h] = await listHistory(temp.db, "report", reportId);
    expect(h.action).toBe("update");
    expect(h.who).toBe("Hari Here");
    expect(h.changes).toEqual([{ field: "title", from: rec.values.title, to: "Libraries: a corrected title" }]);
    expect(revalidated.at(-1)).toMatchObject({ kind: "report", id: reportId });
  });

  it("refuses a stale version with a conflict naming who changed it, and writes nothing", async () => {
    const rec = (await loadRecord("report", reportId, temp.db))!;
    const stale = String(Number(rec.version) - 1);
    const before = await snapshot();
    const err = await updateRecord(clerk, "report", reportId, stale, { ...formOf(rec.values), title: "Mine" }, opts).catch((e) => e);
    expect(err).toBeInstanceOf(VersionConflictError);
    expect(err.message).toMatch(/This report was changed by Hari Here at \d\d:\d\d since you opened it\. Your changes have not been saved/);
    expect(err.current.title).toBe("Libraries: a corrected title");
    expect(await snapshot()).toBe(before);
  });

  it("refuses invalid input with field errors and writes nothing", async () => {
    const rec = (await loadRecord("meeting", meetingId, temp.db))!;
    const before = await snapshot();
    const err = await updateRecord(clerk, "meeting", meetingId, rec.version, { ...formOf(rec.values), meetingDate: "2021-02-30", status: "cancelled", statusNote: "" }, opts).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fieldErrors.meetingDate).toMatch(/real date/);
    expect(err.fieldErrors.statusNote).toMatch(/note for readers/);
    expect(await snapshot()).toBe(before);
  });

  it("refuses a choice from another meeting (an agenda item id the form did not offer)", async () => {
    const [foreign] = await temp.db.select().from(t.agendaItems).where(and(eq(t.agendaItems.numberLabel, "1")));
    const otherItem = (await temp.db.select().from(t.agendaItems)).find((a) => a.meetingId !== meetingId)!;
    expect(foreign).toBeTruthy();
    const rec = (await loadRecord("report", reportId, temp.db))!;
    const err = await updateRecord(clerk, "report", reportId, rec.version, { ...formOf(rec.values), agendaItemId: String(otherItem.id) }, opts).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fieldErrors.agendaItemId).toBeTruthy();
  });

  it("cancels a meeting with a note for readers", async () => {
    const rec = (await loadRecord("meeting", meetingId, temp.db))!;
    await updateRecord(clerk, "meeting", meetingId, rec.version, { ...formOf(rec.values), status: "postponed", statusNote: "Moved to 12 June because of the election" }, opts);
    const row = (await temp.db.select().from(t.meetings).where(eq(t.meetings.id, meetingId)))[0];
    expect(row.status).toBe("postponed");
    expect(row.statusNote).toBe("Moved to 12 June because of the election");
    expect(row.clerkEditedFields).toEqual(expect.arrayContaining(["status", "statusNote"]));
  });
});

describe("authorisation", () => {
  it("refuses a clerk limited to another committee, for every kind of write, changing nothing", async () => {
    const rec = (await loadRecord("report", reportId, temp.db))!;
    const before = await snapshot();
    const [item] = await temp.db.select().from(t.agendaItems).where(eq(t.agendaItems.meetingId, meetingId)).limit(1);
    const itemRec = (await loadRecord("agenda_item", item.id, temp.db))!;
    const attempts = [
      () => updateRecord(limitedElsewhere, "report", reportId, rec.version, { ...formOf(rec.values), title: "x" }, opts),
      () => setPublication(limitedElsewhere, "report", reportId, "draft", rec.version, opts),
      () => createRecord(limitedElsewhere, "agenda_item", meetingId, { numberLabel: "99", title: "x", itemKind: "other" }, opts),
      () => deleteRecord(limitedElsewhere, "agenda_item", item.id, itemRec.version, opts),
      () => moveRecord(limitedElsewhere, "agenda_item", item.id, "down", opts),
      () => restoreRecord(limitedElsewhere, "report", reportId, 1, rec.version, opts),
      () => createRecord(limitedElsewhere, "meeting", committeeId, { meetingDate: "2030-01-01", status: "scheduled" }, opts),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ name: "NotAuthorisedError" });
    expect(await snapshot()).toBe(before);
  });

  it("refuses a clerk an admin-only write (adding a committee, merging people), and anyone without a role", async () => {
    const before = await snapshot();
    await expect(createRecord(clerk, "committee", null, { name: "New Committee" }, opts)).rejects.toMatchObject({ name: "NotAuthorisedError" });
    const [p1, p2] = await temp.db.select().from(t.people).limit(2);
    await expect(mergePeople(clerk, { keepId: p1.id, mergeId: p2.id }, opts)).rejects.toMatchObject({ name: "NotAuthorisedError" });
    await expect(updateRecord(null as unknown as ActingUser, "report", reportId, "1", {}, opts)).rejects.toMatchObject({ name: "NotAuthorisedError" });
    await expect(updateRecord({ id: 1, email: "x", role: "visitor", committeeIds: null } as unknown as ActingUser, "report", reportId, "1", {}, opts)).rejects.toMatchObject({ name: "NotAuthorisedError" });
    expect(await snapshot()).toBe(before);
  });

  it("refuses a limited clerk a record shared between committees (a person)", async () => {
    const [p] = await temp.db.select().from(t.people).limit(1);
    const rec = (await loadRecord("person", p.id, temp.db))!;
    await expect(updateRecord(limitedHere, "person", p.id, rec.version, { ...formOf(rec.values), phone: "01223 000000" }, opts)).rejects.toMatchObject({ name: "NotAuthorisedError" });
  });

  it("lets an admin add a committee (as a draft) and audits it", async () => {
    const res = await createRecord(admin, "committee", null, { name: "Adults and Health Committee" }, opts);
    const [row] = await temp.db.select().from(t.committees).where(eq(t.committees.id, res.id));
    expect(row).toMatchObject({ name: "Adults and Health Committee", slug: "adults-and-health-committee", publication: "draft" });
    expect((await listHistory(temp.db, "committee", res.id))[0].action).toBe("create");
  });
});

describe("publication, order and removal", () => {
  it("unpublishes and republishes a report, audited both times", async () => {
    let rec = (await loadRecord("report", reportId, temp.db))!;
    await setPublication(limitedHere, "report", reportId, "draft", rec.version, opts);
    rec = (await loadRecord("report", reportId, temp.db))!;
    expect(rec.row.publication).toBe("draft");
    await setPublication(limitedHere, "report", reportId, "published", rec.version, opts);
    const actions = (await listHistory(temp.db, "report", reportId)).map((h) => h.action);
    expect(actions.slice(0, 2)).toEqual(["publish", "unpublish"]);
  });

  it("adds an agenda item at the end, moves it up, and removes it", async () => {
    const created = await createRecord(limitedHere, "agenda_item", meetingId, { numberLabel: "13", title: "Any other business", itemKind: "other" }, opts);
    const order = async () => (await temp.db.select().from(t.agendaItems).where(eq(t.agendaItems.meetingId, meetingId)).orderBy(t.agendaItems.sortOrder, t.agendaItems.id)).map((a) => a.id);
    expect((await order()).at(-1)).toBe(created.id);
    await moveRecord(limitedHere, "agenda_item", created.id, "up", opts);
    expect((await order()).at(-2)).toBe(created.id);
    const rec = (await loadRecord("agenda_item", created.id, temp.db))!;
    await deleteRecord(limitedHere, "agenda_item", created.id, rec.version, opts);
    expect(await order()).not.toContain(created.id);
    expect((await listHistory(temp.db, "agenda_item", created.id)).map((h) => h.action)).toEqual(["delete", "reorder", "create"]);
  });

  it("refuses a duplicate agenda item number beside the field", async () => {
    const err = await createRecord(clerk, "agenda_item", meetingId, { numberLabel: "1", title: "Again", itemKind: "other" }, opts).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fieldErrors.numberLabel).toMatch(/already|Another/);
  });
});

describe("restore", () => {
  it("puts a report back as an earlier version, audited as a restore", async () => {
    const history = await listHistory(temp.db, "report", reportId);
    const firstEdit = history.findLast((h) => h.action === "update")!;
    let rec = (await loadRecord("report", reportId, temp.db))!;
    await updateRecord(clerk, "report", reportId, rec.version, { ...formOf(rec.values), title: "A later mistake", body: "## 1. Background\n\nReplaced." }, opts);
    rec = (await loadRecord("report", reportId, temp.db))!;
    await restoreRecord(clerk, "report", reportId, firstEdit.id, rec.version, opts);
    const after = (await loadRecord("report", reportId, temp.db))!;
    expect(after.values.title).toBe(firstEdit.after!.title);
    expect(after.values.body).toBe(firstEdit.after!.body);
    expect((await listHistory(temp.db, "report", reportId))[0].action).toBe("restore");
  });

  it("restores a resolution's votes", async () => {
    const [res] = await temp.db.select().from(t.resolutions).limit(1);
    let rec = (await loadRecord("resolution", res.id, temp.db))!;
    await updateRecord(clerk, "resolution", res.id, rec.version, { ...formOf(rec.values), outcome: "majority", votesFor: "7", votesAgainst: "0", abstentions: "1" }, opts);
    const [edit] = await listHistory(temp.db, "resolution", res.id);
    rec = (await loadRecord("resolution", res.id, temp.db))!;
    await updateRecord(clerk, "resolution", res.id, rec.version, { ...formOf(rec.values), votesFor: "3" }, opts);
    rec = (await loadRecord("resolution", res.id, temp.db))!;
    await restoreRecord(clerk, "resolution", res.id, edit.id, rec.version, opts);
    const [row] = await temp.db.select().from(t.resolutions).where(eq(t.resolutions.id, res.id));
    expect(row).toMatchObject({ outcome: "majority", votesFor: 7, votesAgainst: 0, abstentions: 1 });
  });
});

describe("mergePeople", () => {
  it("moves every reference to the kept record, keeps the other's name as an alias, in one audited write", async () => {
    const [keep] = await temp.db.insert(t.people).values({ slug: "test-simone-taylor", fullName: "Simone Taylor", isCouncillor: true }).returning();
    const [gone] = await temp.db.insert(t.people).values({ slug: "test-s-taylor", fullName: "S Taylor", email: "s.taylor@example.gov.uk" }).returning();
    const [minutesRow] = await temp.db.select().from(t.minutes).limit(1);
    const [action] = await temp.db.select().from(t.actions).limit(1);
    const [body] = await temp.db.select().from(t.outsideBodies).limit(1);
    const [reportRow] = await temp.db.select().from(t.reports).limit(1);
    await temp.db.insert(t.attendance).values({ minutesId: minutesRow.id, personId: gone.id, nameAsPrinted: "S Taylor", status: "present" });
    await temp.db.insert(t.actionOwners).values([{ actionId: action.id, personId: gone.id }, { actionId: action.id, personId: keep.id }]);
    await temp.db.insert(t.appointments).values({ outsideBodyId: body.id, personId: gone.id, nameAsPrinted: "Councillor S Taylor" });
    await temp.db.insert(t.reportContacts).values({ reportId: reportRow.id, personId: gone.id, contactType: "member", name: "S Taylor" });
    await temp.db.insert(t.committeeMemberships).values({ committeeId, personId: gone.id, role: "member" });
    await temp.db.insert(t.championRoles).values({ committeeId, personId: gone.id, area: "Fenland", roleLabel: "Area Champion" });
    await temp.db.insert(t.posts).values({ personId: gone.id, title: "Councillor" });
    await temp.db.insert(t.personAliases).values({ personId: gone.id, alias: "Cllr Taylor", aliasKey: "cllr taylor" });

    const out = await mergePeople(admin, { keepId: String(keep.id), mergeId: String(gone.id) }, opts);
    expect(out.moved).toMatchObject({ attendance: 1, appointments: 1, "report contacts": 1, "committee memberships": 1, "champion roles": 1, posts: 1, "actions owned": 1 });
    for (const [table, column] of [
      ["attendance", "person_id"], ["attendance", "substituting_for_person_id"], ["report_contacts", "person_id"], ["appointments", "person_id"], ["posts", "person_id"],
      ["champion_roles", "person_id"], ["committee_memberships", "person_id"], ["action_owners", "person_id"], ["person_aliases", "person_id"],
    ]) {
      const r = await temp.db.$client.execute({ sql: `SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`, args: [gone.id] });
      expect(Number(r.rows[0].n), `${table}.${column}`).toBe(0);
    }
    expect(await temp.db.select().from(t.people).where(eq(t.people.id, gone.id))).toEqual([]);
    const aliases = (await temp.db.select().from(t.personAliases).where(eq(t.personAliases.personId, keep.id))).map((a) => a.alias);
    expect(aliases).toEqual(expect.arrayContaining(["S Taylor", "Cllr Taylor"]));
    const [kept] = await temp.db.select().from(t.people).where(eq(t.people.id, keep.id));
    expect(kept.email).toBe("s.taylor@example.gov.uk");
    const [h] = await listHistory(temp.db, "person", keep.id);
    expect(h).toMatchObject({ action: "merge", who: "Ada Admin" });
    expect(h.detail).toMatchObject({ mergedName: "S Taylor" });
  });

  it("refuses merging a record with itself", async () => {
    const [p] = await temp.db.select().from(t.people).limit(1);
    await expect(mergePeople(admin, { keepId: p.id, mergeId: p.id }, opts)).rejects.toBeInstanceOf(ValidationError);
  });
});

/** A record's values as its form would post them. */
function formOf(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (k === "version" || k === "publication") continue;
    out[k] = v === null || v === undefined ? "" : v === true ? "yes" : v === false ? "no" : String(v);
  }
  return out;
}
