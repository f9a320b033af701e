import "server-only";
import { auth } from "./config";

export class NotAuthorisedError extends Error {
  constructor(message = "You must be signed in as a clerk to do this.") {
    super(message);
    this.name = "NotAuthorisedError";
  }
}

/** The signed-in clerk or admin; throws when nobody with that role is signed in. */
export async function requireClerk(): Promise<{ id: number; email: string; role: "clerk" | "admin" }> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session?.user?.email || !Number.isInteger(id) || id <= 0) throw new NotAuthorisedError();
  return { id, email: session.user.email, role: session.user.role };
}

export async function requireAdmin(): Promise<{ id: number; email: string; role: "admin" }> {
  const user = await requireClerk();
  if (user.role !== "admin") throw new NotAuthorisedError("Only an administrator can do this.");
  return { ...user, role: "admin" };
}
