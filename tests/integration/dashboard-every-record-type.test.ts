/**
 * Breadth: every record type declared in lib/mutations/record-types.ts can be added under a
 * parent from the demo packs, edited and (where allowed) removed through the same generic
 * mutations, each write audited, and a clerk limited to another committee is refused each one.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActingUser } from "@/lib/auth/guards";
import * as t from "@/lib/db/schema";
import { listHistory } from "@/lib/audit/log";
import { importPackFile } from "@/lib/mutations/import-files";
import { RECORD_TYPES, columnOf, type FieldSpec, type RecordType } from "@/lib/mutations/record-types";
import { createRecord, deleteRecord, loadRecord, updateRecord, type MutationOptions } from "@/lib/mutations/records";
import { createTempDatabase, type TempDatabase } from "../support/temp-database";

vi.mock("@/lib/auth/config", () => ({ auth: async () => null }));

let temp: TempDatabase;
let opts: MutationOptions;
let admin: ActingUser, elsewhere: ActingUser;
/** A created record of each kind, to be the parent of the kinds under it. */
const made = new Map<string, number>();

beforeAll(async () => {
  temp = await createTempDatabase();
  opts = { database: temp.db, revalidate: async () => {} };
  await importPackFile(temp.db, "data/packs/000_3d32fa037878c48d.txt", { actor: "test" });
  const [u] = await temp.db.insert(t.users).values({ email: "admin@example.gov.uk", name: "Ada Admin", passwordHash: "x", role: "admin" }).returning();
  admin = { id: u.id, email: u.email, role: "admin", committeeIds: null };
  const [c] = await temp.db.select().from(t.committees).limit(1);
  const [other] = await temp.db.insert(t.committees).values({ authorityId: c.authorityId, name: "Other Committee", slug: "other-committee" }).returning();
  elsewhere = { id: u.id, email: "elsewhere@example.gov.uk", role: "clerk", committeeIds: [other.id] };
});
afterAll(() => temp.cleanup());

function sample(f: FieldSpec, options: { value: string }[] | undefined, round: number): string {
  const special: Record<string, string> = { endTime: "11:00", startTime: `10:0${round}`, marker: String(round + 1), votesAgainst: "0", pageEnd: "9", amountGbp: "300000", status: "", outcome: "" };
  if (f.name in special && f.input !== "select") return special[f.name];
  switch (f.input) {
    case "date": return round === 0 ? "2030-01-02" : "2030-02-03";
    case "time": return "10:00";
    case "number": return String(3 + round);
    case "checkbox": return round === 0 ? "yes" : "no";
    case "yesno": return "yes";
    case "email": return `clerk${round}@example.gov.uk`;
    case "markdown": return `## 1. Background\n\n1.1 Round ${round}.`;
    case "select": return options?.[f.name === "status" ? 0 : 0]?.value ?? "";
    default: return `Sample ${f.label.toLowerCase()} ${round}`;
  }
}

async function inputFor(type: RecordType, parentId: number | null, round: number): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const committeeId = type.parent && parentId !== null ? (await loadRecord(type.parent.kind, parentId, temp.db))!.committeeId : null;
  for (const f of type.fields) {
    const options = f.optionsFrom ? await f.optionsFrom(temp.db, { committeeId, parentId, row: null }) : f.options ? [...f.options] : undefined;
    out[f.name] = sample(f, options, round);
  }
  return out;
}

/** Kinds in an order where each parent comes before its children. */
function ordered(): RecordType[] {
  const out: RecordType[] = [];
  const placed = new Set<string>();
  while (out.length < RECORD_TYPES.length) {
    for (const type of RECORD_TYPES) if (!placed.has(type.kind) && (!type.parent || placed.has(type.parent.kind))) { out.push(type); placed.add(type.kind); }
  }
  return out;
}

describe("every record type through the generic mutations", () => {
  for (const type of ordered()) {
    it(`${type.kind}: add, edit${type.deletable ? ", remove" : ""}, refused elsewhere`, async () => {
      let parentId: number | null = null;
      if (type.parent) {
        parentId = made.get(type.parent.kind) ?? null;
        if (parentId === null) {
          const parentType = RECORD_TYPES.find((r) => r.kind === type.parent!.kind)!;
          const [row] = (await temp.db.select().from(parentType.table).limit(1)) as { id: number }[];
          parentId = row.id;
        }
      }
      await expect(createRecord(elsewhere, type.kind, parentId, await inputFor(type, parentId, 0), opts)).rejects.toMatchObject({ name: "NotAuthorisedError" });
      const created = await createRecord(admin, type.kind, parentId, await inputFor(type, parentId, 0), opts);
      made.set(type.kind, created.id);
      const rec = (await loadRecord(type.kind, created.id, temp.db))!;
      const edit = await inputFor(type, parentId, 1);
      const res = await updateRecord(admin, type.kind, created.id, rec.version, edit, opts);
      expect(res.changed.length, `${type.kind} fields changed`).toBeGreaterThan(0);
      const after = (await loadRecord(type.kind, created.id, temp.db))!;
      if (columnOf(type, "clerkEditedFields")) expect(after.row.clerkEditedFields).toEqual(expect.arrayContaining(res.changed.filter((f) => columnOf(type, f))));
      await expect(updateRecord(elsewhere, type.kind, created.id, after.version, edit, opts)).rejects.toMatchObject({ name: "NotAuthorisedError" });
      const actions = (await listHistory(temp.db, type.kind, created.id)).map((h) => h.action);
      expect(actions).toEqual(["update", "create"]);
      if (type.deletable && !(type.children ?? []).length) {
        await deleteRecord(admin, type.kind, created.id, after.version, opts);
        expect(await loadRecord(type.kind, created.id, temp.db)).toBeNull();
        made.delete(type.kind);
      }
    });
  }

  it("covers every record type", () => {
    expect(RECORD_TYPES.length).toBeGreaterThanOrEqual(30);
  });
});
