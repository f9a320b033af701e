import { and, count, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { signInAttempts } from "@/lib/db/schema";

function positiveIntFromEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export interface SignInLimits {
  windowMinutes: number;
  maxFailuresPerEmail: number;
  maxFailuresPerAddress: number;
  /** Rows kept at most: anonymous requests must not cost unbounded disk. */
  maxRows: number;
}

/** 5 failures per account and 20 per client address in 15 minutes (environment may override). */
export function signInLimits(): SignInLimits {
  return {
    windowMinutes: positiveIntFromEnv("SIGN_IN_WINDOW_MINUTES", 15),
    maxFailuresPerEmail: positiveIntFromEnv("SIGN_IN_MAX_FAILURES_PER_EMAIL", 5),
    maxFailuresPerAddress: positiveIntFromEnv("SIGN_IN_MAX_FAILURES_PER_ADDRESS", 20),
    maxRows: positiveIntFromEnv("SIGN_IN_MAX_ATTEMPT_ROWS", 20_000),
  };
}

export const emailKey = (email: string) => `email:${email.trim().toLowerCase().slice(0, 320)}`;
export const addressKey = (address: string) => `ip:${address.slice(0, 64)}`;

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/**
 * Whether another sign-in attempt may be made for this email from this address. Failures
 * count inside the window; for an account, only those since its last successful sign-in.
 */
export async function checkSignInAllowed(
  db: Database,
  who: { email: string; address: string | null },
  now = new Date(),
  limits = signInLimits(),
): Promise<RateLimitDecision> {
  const windowStart = new Date(now.getTime() - limits.windowMinutes * 60_000).toISOString();
  const checks: { key: string; max: number }[] = [{ key: emailKey(who.email), max: limits.maxFailuresPerEmail }];
  if (who.address) checks.push({ key: addressKey(who.address), max: limits.maxFailuresPerAddress });
  let retryAt = 0;
  for (const { key, max } of checks) {
    const [lastSuccess] = await db
      .select({ at: signInAttempts.at })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.key, key), eq(signInAttempts.succeeded, true), gt(signInAttempts.at, windowStart)))
      .orderBy(desc(signInAttempts.at))
      .limit(1);
    const since = key.startsWith("email:") && lastSuccess ? lastSuccess.at : windowStart;
    const failures = await db
      .select({ at: signInAttempts.at })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.key, key), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)))
      .orderBy(desc(signInAttempts.at))
      .limit(max);
    if (failures.length >= max) {
      // The attempt that frees a slot is the oldest of the last `max` failures leaving the window.
      const oldest = Date.parse(failures[failures.length - 1].at);
      retryAt = Math.max(retryAt, oldest + limits.windowMinutes * 60_000);
    }
  }
  if (retryAt === 0) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000)) };
}

/** Record one attempt under both keys, then drop rows past the window and beyond the row cap. */
export async function recordSignInAttempt(
  db: Database,
  who: { email: string; address: string | null; succeeded: boolean },
  now = new Date(),
  limits = signInLimits(),
): Promise<void> {
  const at = now.toISOString();
  const rows = [{ key: emailKey(who.email), succeeded: who.succeeded, at }];
  if (who.address) rows.push({ key: addressKey(who.address), succeeded: who.succeeded, at });
  await db.insert(signInAttempts).values(rows);
  await pruneSignInAttempts(db, now, limits);
}

export async function pruneSignInAttempts(db: Database, now = new Date(), limits = signInLimits()): Promise<void> {
  const windowStart = new Date(now.getTime() - limits.windowMinutes * 60_000).toISOString();
  await db.delete(signInAttempts).where(lt(signInAttempts.at, windowStart));
  // Newest rows win: a flood from many addresses cannot grow the table past the cap.
  await db.run(sql`DELETE FROM ${signInAttempts} WHERE ${signInAttempts.id} <= (SELECT ${signInAttempts.id} FROM ${signInAttempts} ORDER BY ${signInAttempts.id} DESC LIMIT 1 OFFSET ${limits.maxRows})`);
}

/** Rows currently held (for tests and the admin's view). */
export async function countSignInAttempts(db: Database): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(signInAttempts);
  return n;
}

