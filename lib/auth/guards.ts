import "server-only";
import { auth } from "./config";

export class NotAuthorisedError extends Error {
  constructor(message = "You must be signed in as a clerk to do this.") {
    super(message);
    this.name = "NotAuthorisedError";
  }
}

/** Who is acting, as every mutation receives it. */
export interface ActingUser {
  id: number;
  email: string;
  role: "clerk" | "admin";
  /** Committees a limited clerk may edit; null means every committee. */
  committeeIds: number[] | null;
}

/** The signed-in clerk or admin; throws when nobody with that role is signed in. */
export async function requireClerk(): Promise<ActingUser> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session?.user?.email || !Number.isInteger(id) || id <= 0) throw new NotAuthorisedError();
  return { id, email: session.user.email, role: session.user.role, committeeIds: null };
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
