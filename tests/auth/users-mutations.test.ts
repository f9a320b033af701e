import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import type { ActingUser } from "@/lib/auth/errors";
import { NotAuthorisedError } from "@/lib/auth/errors";
import { auditLog, committees, users } from "@/lib/db/schema";
import { createUser, disableUser, enableUser, resetPassword, setRoleAndCommittees, UserMutationError } from "@/lib/mutations/users";
import { countAllRows, createTempDatabase, type TempDatabase } from "../support/temp-database";

describe("user mutations", () => {
  let t: TempDatabase;
  let admin: ActingUser;
  let clerk: ActingUser;
  let committeeId: number;

  beforeEach(async () => {
    t = await createTempDatabase();
    await t.db.$client.execute("INSERT INTO authorities (name, slug) VALUES ('Test Council', 'test-council')");
    committeeId = (await t.db.insert(committees).values({ authorityId: 1, name: "Highways", slug: "highways" }).returning())[0].id;
    const a = await createUser(t.db, { system: "test" }, { email: "admin@example.org", name: "Admin", role: "admin", committeeIds: [] });
    const c = await createUser(t.db, { system: "test" }, { email: "clerk@example.org", name: "Clerk", role: "clerk", committeeIds: [] });
    admin = { id: a.userId, email: "admin@example.org", role: "admin", committeeIds: null };
    clerk = { id: c.userId, email: "clerk@example.org", role: "clerk", committeeIds: null };
  });
  afterEach(() => t.cleanup());

  const version = async (id: number) => (await t.db.query.users.findFirst({ where: eq(users.id, id) }))!.version;

  it("refuses a clerk every action, with nothing changed", async () => {
    const before = await countAllRows(t.db);
    const snapshot = await t.db.select().from(users);
    const v = await version(clerk.id);
    const av = await version(admin.id);
    const attempts = [
      () => createUser(t.db, clerk, { email: "new@example.org", name: "New", role: "admin", committeeIds: [] }),
      () => disableUser(t.db, clerk, { userId: admin.id, version: av }),
      () => enableUser(t.db, clerk, { userId: admin.id, version: av }),
      () => resetPassword(t.db, clerk, { userId: admin.id, version: av }),
      () => setRoleAndCommittees(t.db, clerk, { userId: clerk.id, version: v, role: "admin", committeeIds: [] }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotAuthorisedError);
    expect(await countAllRows(t.db)).toEqual(before);
    expect(await t.db.select().from(users)).toEqual(snapshot);
  });

  it("audits a create with who and what, never the password hash", async () => {
    const { userId, password } = await createUser(t.db, admin, { email: " New@Example.org ", name: "New", role: "clerk", committeeIds: [committeeId] });
    expect(password).toHaveLength(20);
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, userId));
    expect(row).toMatchObject({ userId: admin.id, actor: "user:admin@example.org", action: "user.create", entityType: "user", before: null });
    expect(row.after).toEqual({ email: "new@example.org", name: "New", role: "clerk", disabled: false, committeeIds: [committeeId] });
    const everything = JSON.stringify(await t.db.select().from(auditLog));
    expect(everything).not.toMatch(/argon2|\$2[aby]\$/);
    expect(everything).not.toContain(password);
  });

  it("refuses a duplicate email beside the email field", async () => {
    await expect(createUser(t.db, admin, { email: "CLERK@example.org", name: "Again", role: "clerk", committeeIds: [] })).rejects.toMatchObject({
      fieldErrors: { email: "A user with this email address already exists" },
    });
  });

  it("validates input with field errors", async () => {
    const err = await createUser(t.db, admin, { email: "nope", name: "", role: "boss" as "clerk", committeeIds: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserMutationError);
    expect(Object.keys((err as UserMutationError).fieldErrors).sort()).toEqual(["email", "name", "role"]);
  });

  it("reset password: the old one stops working, the new one works, audit says only that it changed", async () => {
    await resetPassword(t.db, admin, { userId: clerk.id, version: await version(clerk.id) }, { password: "first password 1" });
    const { password } = await resetPassword(t.db, admin, { userId: clerk.id, version: await version(clerk.id) });
    expect(await authenticateWithPassword(t.db, { email: "clerk@example.org", password: "first password 1", address: null })).toMatchObject({ ok: false });
    expect(await authenticateWithPassword(t.db, { email: "clerk@example.org", password, address: null })).toMatchObject({ ok: true });
    const row = (await t.db.select().from(auditLog).where(eq(auditLog.action, "user.reset-password")))[0];
    expect(row.detail).toEqual({ passwordChanged: true, sessionsEnded: true });
    expect((await t.db.query.users.findFirst({ where: eq(users.id, clerk.id) }))!.sessionsValidAfter).toBeTruthy();
  });

  it("disable and re-enable, with before/after in the audit log", async () => {
    await disableUser(t.db, admin, { userId: clerk.id, version: await version(clerk.id) });
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.action, "user.disable"));
    expect(row.before).toMatchObject({ disabled: false });
    expect(row.after).toMatchObject({ disabled: true });
    await enableUser(t.db, admin, { userId: clerk.id, version: await version(clerk.id) });
    expect((await t.db.query.users.findFirst({ where: eq(users.id, clerk.id) }))!.disabled).toBe(false);
  });

  it("refuses a stale version (someone else changed the user)", async () => {
    const stale = await version(clerk.id);
    await setRoleAndCommittees(t.db, admin, { userId: clerk.id, version: stale, role: "clerk", committeeIds: [committeeId] });
    await expect(disableUser(t.db, admin, { userId: clerk.id, version: stale })).rejects.toThrow(/Someone else changed this user/);
    expect((await t.db.query.users.findFirst({ where: eq(users.id, clerk.id) }))!.disabled).toBe(false);
  });

  it("keeps at least one administrator, and an admin cannot disable themself", async () => {
    await expect(disableUser(t.db, admin, { userId: admin.id, version: await version(admin.id) })).rejects.toThrow(/your own account/);
    await expect(setRoleAndCommittees(t.db, { system: "cli" }, { userId: admin.id, version: await version(admin.id), role: "clerk", committeeIds: [] })).rejects.toThrow(/last administrator/);
    await expect(setRoleAndCommittees(t.db, admin, { userId: clerk.id, version: await version(clerk.id), role: "clerk", committeeIds: [999] })).rejects.toMatchObject({ fieldErrors: { committeeIds: "Choose committees from the list" } });
  });
});
