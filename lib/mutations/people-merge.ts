/**
 * Merging two records of one person ("S Taylor" and "Simone Taylor"): every reference to the
 * merged record moves to the kept one, the merged record's names become aliases of the kept
 * record (so a re-import matches them to it), and the merged record goes. One transaction,
 * audited with both records as they were and the count of references moved.
 */
import { and, eq, inArray } from "drizzle-orm";
import { db as defaultDb, type Database } from "@/lib/db";
import { NotAuthorisedError, type ActingUser } from "@/lib/auth/guards";
import * as t from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/log";
import { nameKey } from "@/lib/import/entity-resolution";
import { reindexSearch } from "@/lib/search/indexer";
import { revalidateRecordChange as revalidateAfterChange } from "@/lib/publishing/record-change";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { mergePeopleSchema } from "@/lib/validation/people";
import { recordType } from "./record-types";
import { RecordNotFoundError, snapshotOf, ValidationError, type MutationOptions } from "./records";

export interface MergeOutcome {
  keptId: number;
  mergedId: number;
  moved: Record<string, number>;
}

export async function mergePeople(user: ActingUser, input: { keepId: unknown; mergeId: unknown }, options: MutationOptions = {}): Promise<MergeOutcome> {
  if (!user || user.role !== "admin") throw new NotAuthorisedError("Only an administrator can merge two people's records.");
  const parsed = mergePeopleSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { keepId, mergeId } = parsed.data;
  const database: Database = options.database ?? defaultDb;
  const type = recordType("person");

  const outcome = await database.transaction(async (tx) => {
    const [keep] = await tx.select().from(t.people).where(eq(t.people.id, keepId));
    const [gone] = await tx.select().from(t.people).where(eq(t.people.id, mergeId));
    if (!keep) throw new RecordNotFoundError("person", keepId);
    if (!gone) throw new RecordNotFoundError("person", mergeId);
    const moved: Record<string, number> = {};
    const count = (k: string, n: number) => { if (n) moved[k] = (moved[k] ?? 0) + n; };

    // Simple references: repoint.
    count("attendance", (await tx.update(t.attendance).set({ personId: keepId }).where(eq(t.attendance.personId, mergeId)).returning({ id: t.attendance.id })).length);
    count("attendance (substituted for)", (await tx.update(t.attendance).set({ substitutingForPersonId: keepId }).where(eq(t.attendance.substitutingForPersonId, mergeId)).returning({ id: t.attendance.id })).length);
    count("report contacts", (await tx.update(t.reportContacts).set({ personId: keepId }).where(eq(t.reportContacts.personId, mergeId)).returning({ id: t.reportContacts.id })).length);
    count("appointments", (await tx.update(t.appointments).set({ personId: keepId }).where(eq(t.appointments.personId, mergeId)).returning({ id: t.appointments.id })).length);
    count("posts", (await tx.update(t.posts).set({ personId: keepId }).where(eq(t.posts.personId, mergeId)).returning({ id: t.posts.id })).length);
    count("champion roles", (await tx.update(t.championRoles).set({ personId: keepId }).where(eq(t.championRoles.personId, mergeId)).returning({ id: t.championRoles.id })).length);

    // Memberships are unique per committee, person and meeting: drop the merged record's duplicates first.
    const keptMemberships = await tx.select().from(t.committeeMemberships).where(eq(t.committeeMemberships.personId, keepId));
    const goneMemberships = await tx.select().from(t.committeeMemberships).where(eq(t.committeeMemberships.personId, mergeId));
    const dupes = goneMemberships.filter((g) => keptMemberships.some((k) => k.committeeId === g.committeeId && k.asAtMeetingId === g.asAtMeetingId)).map((g) => g.id);
    if (dupes.length) await tx.delete(t.committeeMemberships).where(inArray(t.committeeMemberships.id, dupes));
    count("committee memberships", (await tx.update(t.committeeMemberships).set({ personId: keepId }).where(eq(t.committeeMemberships.personId, mergeId)).returning({ id: t.committeeMemberships.id })).length + dupes.length);

    // Action owners: one row per action and person.
    const keptActions = new Set((await tx.select({ a: t.actionOwners.actionId }).from(t.actionOwners).where(eq(t.actionOwners.personId, keepId))).map((r) => r.a));
    const goneActions = (await tx.select({ a: t.actionOwners.actionId }).from(t.actionOwners).where(eq(t.actionOwners.personId, mergeId))).map((r) => r.a);
    for (const a of goneActions) {
      if (keptActions.has(a)) await tx.delete(t.actionOwners).where(and(eq(t.actionOwners.actionId, a), eq(t.actionOwners.personId, mergeId)));
      else await tx.update(t.actionOwners).set({ personId: keepId }).where(and(eq(t.actionOwners.actionId, a), eq(t.actionOwners.personId, mergeId)));
    }
    count("actions owned", goneActions.length);

    // Names: every alias of the merged record, and its own name, become aliases of the kept one.
    const keptKeys = new Set((await tx.select({ k: t.personAliases.aliasKey }).from(t.personAliases).where(eq(t.personAliases.personId, keepId))).map((r) => r.k));
    keptKeys.add(nameKey(keep.fullName));
    const names = [gone.fullName, ...(await tx.select({ alias: t.personAliases.alias }).from(t.personAliases).where(eq(t.personAliases.personId, mergeId))).map((r) => r.alias)];
    await tx.delete(t.personAliases).where(eq(t.personAliases.personId, mergeId));
    let aliases = 0;
    for (const alias of names) {
      const key = nameKey(alias);
      if (!key || keptKeys.has(key)) continue;
      keptKeys.add(key);
      await tx.insert(t.personAliases).values({ personId: keepId, alias, aliasKey: key });
      aliases++;
    }
    count("names kept as aliases", aliases);

    // Details the kept record lacks are taken from the merged one.
    const fill: Record<string, unknown> = {};
    for (const f of ["honorific", "email", "phone", "party"] as const) if (!keep[f] && gone[f]) fill[f] = gone[f];
    if (!keep.isCouncillor && gone.isCouncillor) fill.isCouncillor = true;
    const before = { kept: await snapshotOf(tx, type, keep), merged: await snapshotOf(tx, type, gone), mergedSlug: gone.slug };
    await tx.update(t.people).set({ ...fill, version: keep.version + 1, updatedAt: new Date().toISOString(), clerkEditedFields: [...new Set([...keep.clerkEditedFields, ...Object.keys(fill)])].sort() }).where(eq(t.people.id, keepId));
    await tx.delete(t.people).where(eq(t.people.id, mergeId));
    const [fresh] = await tx.select().from(t.people).where(eq(t.people.id, keepId));
    await recordAudit(tx, {
      user, action: "merge", entityType: "person", entityId: keepId,
      detail: { title: fresh.fullName, mergedId: mergeId, mergedName: gone.fullName, mergedSlug: gone.slug, moved, fields: Object.keys(fill) },
      before, after: await snapshotOf(tx, type, fresh),
    });
    await reindexSearch(tx, { committeeId: null });
    // The merged record's own history points at the record it became.
    await recordAudit(tx, { user, action: "merge", entityType: "person", entityId: mergeId, detail: { title: gone.fullName, mergedInto: keepId, moved }, before: before.merged, after: null });
    return { keptId: keepId, mergedId: mergeId, moved, slugs: [fresh.slug, gone.slug] };
  });
  await (options.revalidate ?? revalidateAfterChange)({ kind: "person", id: keepId, slugs: outcome.slugs });
  return { keptId: outcome.keptId, mergedId: outcome.mergedId, moved: outcome.moved };
}
