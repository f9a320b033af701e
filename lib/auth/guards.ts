import "server-only";
import { db } from "@/lib/db";
import { auth } from "./config";
import { type ActingUser, NotAuthorisedError } from "./errors";
import { loadActingUser } from "./sessions";

export { NotAuthorisedError, type ActingUser };

/**
 * The signed-in clerk or admin, read afresh from the database on every call (a disabled user,
 * a signed-out, reset or expired session is refused at once); throws NotAuthorisedError.
 */
export async function requireClerk(): Promise<ActingUser> {
  const session = await auth();
  const user = session?.sid ? await loadActingUser(db, Number(session.user?.id), session.sid) : null;
  if (!user) throw new NotAuthorisedError();
  return user;
}

export async function requireAdmin(): Promise<ActingUser & { role: "admin" }> {
  const user = await requireClerk();
  if (user.role !== "admin") throw new NotAuthorisedError("Only an administrator can do this.");
  return { ...user, role: "admin" };
}

/** Refuse a clerk limited to other committees; admins and unrestricted clerks pass. */
export function assertCommitteeAccess(user: ActingUser, committeeId: number): void {
  if (user.role === "admin" || user.committeeIds === null) return;
  if (!user.committeeIds.includes(committeeId)) {
    throw new NotAuthorisedError("You are not a clerk for this committee.");
  }
}
