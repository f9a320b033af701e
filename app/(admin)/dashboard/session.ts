import "server-only";
import { redirect } from "next/navigation";
import { NotAuthorisedError, requireClerk, type ActingUser } from "@/lib/auth/guards";

/** The signed-in clerk, or a redirect to sign in (pages only: actions check for themselves). */
export async function clerkOrSignIn(path: string): Promise<ActingUser> {
  try {
    return await requireClerk();
  } catch (err) {
    if (err instanceof NotAuthorisedError) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
    throw err;
  }
}

export function mayEditCommittee(user: ActingUser, committeeId: number | null): boolean {
  if (user.role === "admin" || user.committeeIds === null) return true;
  return committeeId !== null && user.committeeIds.includes(committeeId);
}
