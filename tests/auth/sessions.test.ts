import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endAllSessions, endSession, loadActingUser, SESSION_IDLE_SECONDS, SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/auth/sessions";
import { committees, sessions, userCommittees, users } from "@/lib/db/schema";
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

  it("ends a session left idle for the idle limit, and restarts the clock on each use", async () => {
    const signedIn = new Date("2026-12-02T09:00:00Z");
    const at = (seconds: number) => new Date(signedIn.getTime() + seconds * 1000);
    const sid = await startSession(t.db, clerkId, signedIn);
    // Used just before the limit: still signed in, and the clock starts again from there.
    expect(await loadActingUser(t.db, clerkId, sid, at(SESSION_IDLE_SECONDS - 60))).not.toBeNull();
    const [row] = await t.db.select().from(sessions).where(eq(sessions.id, sid));
    expect(row.lastSeenAt).toBe(at(SESSION_IDLE_SECONDS - 60).toISOString());
    expect(await loadActingUser(t.db, clerkId, sid, at(2 * SESSION_IDLE_SECONDS - 61))).not.toBeNull();
    // Then left alone for the whole limit: ended.
    expect(await loadActingUser(t.db, clerkId, sid, at(3 * SESSION_IDLE_SECONDS))).toBeNull();
  });

  it("writes the last use at most once a minute", async () => {
    const signedIn = new Date("2026-12-02T09:00:00Z");
    const sid = await startSession(t.db, clerkId, signedIn);
    await loadActingUser(t.db, clerkId, sid, new Date(signedIn.getTime() + 30_000));
    const [row] = await t.db.select().from(sessions).where(eq(sessions.id, sid));
    expect(row.lastSeenAt).toBe(signedIn.toISOString());
  });

  it("ends every session of a user at once", async () => {
    const a = await startSession(t.db, clerkId);
    const b = await startSession(t.db, clerkId);
    await endAllSessions(t.db, clerkId);
    expect(await loadActingUser(t.db, clerkId, a)).toBeNull();
    expect(await loadActingUser(t.db, clerkId, b)).toBeNull();
  });
});
