import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { hashPassword, verifyAgainstDummyHash, verifyPassword } from "./password";
import { checkSignInAllowed, recordSignInAttempt } from "./rate-limit";

export interface AuthenticatedUser {
  id: number;
  email: string;
  name: string;
  role: "clerk" | "admin";
}

export type PasswordSignInOutcome =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Check an email and password. An unknown email, a disabled account and a wrong password all
 * do the same argon2id work and give the same answer, so neither the reply nor its timing
 * says whether an account exists. A correct password on an old bcrypt (or weaker argon2)
 * hash is re-hashed with argon2id.
 */
export async function authenticateWithPassword(
  db: Database,
  input: { email: string; password: string; address: string | null },
  now = new Date(),
): Promise<PasswordSignInOutcome> {
  const email = normaliseEmail(input.email);
  const limit = await checkSignInAllowed(db, { email, address: input.address }, now);
  if (!limit.allowed) return { ok: false, reason: "rate-limited", retryAfterMinutes: limit.retryAfterMinutes };

  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  const check = user ? await verifyPassword(user.passwordHash, input.password) : { ok: await verifyAgainstDummyHash(input.password), needsRehash: false };
  if (!user || !check.ok || user.disabled) {
    await recordSignInAttempt(db, { email, address: input.address, succeeded: false }, now);
    return { ok: false, reason: "invalid" };
  }
  const update: Partial<typeof users.$inferInsert> = { lastSignInAt: now.toISOString() };
  if (check.needsRehash) update.passwordHash = await hashPassword(input.password);
  await db.update(users).set(update).where(eq(users.id, user.id));
  await recordSignInAttempt(db, { email, address: input.address, succeeded: true }, now);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** The client address as the nearest proxy saw it: the last x-forwarded-for entry. */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last || headers.get("x-real-ip")?.trim() || null;
}
