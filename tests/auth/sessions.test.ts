import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endAllSessions, endSession, loadActingUser, SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/auth/sessions";
import { committees, userCommittees, users } from "@/lib/db/schema";
import { createTempDatabase, type TempDatabase } from "../support/temp-database";

describe("server-side sessions (what requireClerk checks)", () => {
  let t: TempDatabase;
  let clerkId: number;
  let adminId: number;
  let committeeId: number;

  beforeAll(async () => {
    t = await createTempDatabase();
    await t.db.$client.execute("INSERT INTO authorities (name, slug) VALUES ('Test Council', 'test-council')");
    const [c] = await t.db.insert(committees).values({ authorityId: 1, name: "Highways", slug: "highways" }).returning();
    committeeId = c.id;
    const rows = await t.db.insert(users).values([
      { email: "clerk@example.org", name: "Clerk", passwordHash: "x" },
      { email: "admin@example.org", name: "Admin", passwordHash: "x", role: "admin" },
    ]).returning();
    [clerkId, adminId] = rows.map((r) => r.id);
  });
  afterAll(() => t.cleanup());

  it("gives the user with their role and committees", async () => {
    const sid = await startSession(t.db, clerkId);
    expect(await loadActingUser(t.db, clerkId, sid)).toEqual({ id: clerkId, email: "clerk@example.org", role: "clerk", committeeIds: null });
    await t.db.insert(userCommittees).values({ userId: clerkId, committeeId });
    expect((await loadActingUser(t.db, clerkId, sid))?.committeeIds).toEqual([committeeId]);
    await t.db.delete(userCommittees);
  });

  it("refuses another user's session id, a signed-out session and an expired one", async () => {
    const sid = await startSession(t.db, clerkId);
    expect(await loadActingUser(t.db, adminId, sid)).toBeNull();
    const later = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000 + 1000);
    expect(await loadActingUser(t.db, clerkId, sid, later)).toBeNull();
    await endSession(t.db, sid);
    expect(await loadActingUser(t.db, clerkId, sid)).toBeNull();
  });

  it("refuses a disabled user, and sessions issued before sessions_valid_after", async () => {
    const sid = await startSession(t.db, adminId, new Date(Date.now() - 60_000));
    expect(await loadActingUser(t.db, adminId, sid)).not.toBeNull();
    await t.db.update(users).set({ sessionsValidAfter: new Date().toISOString() }).where(eq(users.id, adminId));
    expect(await loadActingUser(t.db, adminId, sid)).toBeNull();
    const fresh = await startSession(t.db, adminId, new Date(Date.now() + 1000));
    expect(await loadActingUser(t.db, adminId, fresh, new Date(Date.now() + 2000))).not.toBeNull();
    await t.db.update(users).set({ disabled: true }).where(eq(users.id, adminId));
    expect(await loadActingUser(t.db, adminId, fresh, new Date(Date.now() + 2000))).toBeNull();
  });

  it("ends every session of a user at once", async () => {
    const a = await startSession(t.db, clerkId);
    const b = await startSession(t.db, clerkId);
    await endAllSessions(t.db, clerkId);
    expect(await loadActingUser(t.db, clerkId, a)).toBeNull();
    expect(await loadActingUser(t.db, clerkId, b)).toBeNull();
  });
});
