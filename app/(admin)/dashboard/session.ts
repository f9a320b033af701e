import "server-only";
import type { ActingUser } from "@/lib/auth/guards";
import { clerkOrSignIn as signedInClerk } from "@/lib/auth/page-guards";

/** The signed-in clerk, or a redirect to sign in and back (pages only: actions check for themselves). */
export async function clerkOrSignIn(_path?: string): Promise<ActingUser> {
  return signedInClerk();
}

export function mayEditCommittee(user: ActingUser, committeeId: number | null): boolean {
  if (user.role === "admin" || user.committeeIds === null) return true;
  return committeeId !== null && user.committeeIds.includes(committeeId);
}
