import { randomBytes } from "node:crypto";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { sessions, userCommittees, users } from "@/lib/db/schema";
import type { ActingUser } from "./errors";

/** A session lasts at most this long from sign-in, however active the clerk is (absolute limit). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Record a new server-side session for a sign-in; the id travels in the signed JWT. */
export async function startSession(db: Database, userId: number, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.insert(sessions).values({
    id,
    userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000).toISOString(),
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
 * unknown, revoked, past its absolute limit or issued before the user's sessions_valid_after,
 * or the user is disabled. A limited clerk's committees come from user_committees.
 */
export async function loadActingUser(db: Database, userId: number, sessionId: string, now = new Date()): Promise<ActingUser | null> {
  if (!Number.isInteger(userId) || userId <= 0 || !sessionId) return null;
  const session = await db.query.sessions.findFirst({ where: and(eq(sessions.id, sessionId), eq(sessions.userId, userId)) });
  if (!session || session.revokedAt || session.expiresAt <= now.toISOString()) return null;
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user || user.disabled) return null;
  if (user.sessionsValidAfter && session.createdAt < user.sessionsValidAfter) return null;
  const scopes = await db.select({ committeeId: userCommittees.committeeId }).from(userCommittees).where(eq(userCommittees.userId, userId));
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    committeeIds: user.role === "admin" || scopes.length === 0 ? null : scopes.map((s) => s.committeeId),
  };
}

