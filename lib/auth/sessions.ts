import { randomBytes } from "node:crypto";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { sessions, userCommittees, users } from "@/lib/db/schema";
import type { ActingUser } from "./errors";

/** A session lasts at most this long from sign-in, however active the clerk is (absolute limit). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * A session not used for this long ends (idle limit), so a dashboard left open on a shared or
 * unattended computer does not stay signed in for the rest of the day. An hour rather than the
 * 15 to 30 minutes of a banking site: checking an imported pack against its PDF is long, quiet work.
 */
export const SESSION_IDLE_SECONDS = 60 * 60;

/** How stale last_seen_at may get before a request writes it again (one write a minute at most). */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Record a new server-side session for a sign-in; the id travels in the signed JWT. */
export async function startSession(db: Database, userId: number, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.insert(sessions).values({
    id,
    userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000).toISOString(),
    lastSeenAt: now.toISOString(),
  });
  // Expired rows are of no use to anyone: drop them as new ones arrive.
  await db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString()));
  return id;
}

export async function endSession(db: Database, sessionId: string, now = new Date()): Promise<void> {
  await db.update(sessions).set({ revokedAt: now.toISOString() }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Revoke every session of a user (password reset, disable): they must sign in again. */
export async function endAllSessions(db: Database, userId: number, now = new Date()): Promise<void> {
  await db.update(sessions).set({ revokedAt: now.toISOString() }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/**
 * The acting user for a session, read afresh from the database: null when the session is
 * unknown, revoked, past its absolute or idle limit or issued before the user's
 * sessions_valid_after, or the user is disabled. A limited clerk's committees come from
 * user_committees. A session that passes is marked as seen now (its idle clock restarts).
 */
export async function loadActingUser(db: Database, userId: number, sessionId: string, now = new Date()): Promise<ActingUser | null> {
  if (!Number.isInteger(userId) || userId <= 0 || !sessionId) return null;
  const session = await db.query.sessions.findFirst({ where: and(eq(sessions.id, sessionId), eq(sessions.userId, userId)) });
  if (!session || session.revokedAt || session.expiresAt <= now.toISOString()) return null;
  const lastSeen = Date.parse(session.lastSeenAt ?? session.createdAt);
  if (now.getTime() - lastSeen >= SESSION_IDLE_SECONDS * 1000) return null;
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user || user.disabled) return null;
  if (user.sessionsValidAfter && session.createdAt < user.sessionsValidAfter) return null;
  const scopes = await db.select({ committeeId: userCommittees.committeeId }).from(userCommittees).where(eq(userCommittees.userId, userId));
  if (now.getTime() - lastSeen >= LAST_SEEN_RESOLUTION_MS) await markSeen(db, session.id, now);
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    committeeIds: user.role === "admin" || scopes.length === 0 ? null : scopes.map((s) => s.committeeId),
  };
}


/**
 * Restart the session's idle clock. A failed write (the database briefly busy or read-only) must
 * not sign the clerk out: the session stays valid, and the next request tries again.
 */
async function markSeen(db: Database, sessionId: string, now: Date): Promise<void> {
  try {
    await db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, sessionId));
  } catch (error) {
    console.error(`session ${sessionId.slice(0, 6)}…: could not record activity: ${error instanceof Error ? error.message : String(error)}`);
  }
}
