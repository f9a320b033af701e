import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { checkSignInAllowed, countSignInAttempts, pruneSignInAttempts, recordSignInAttempt, type SignInLimits } from "@/lib/auth/rate-limit";
import { users } from "@/lib/db/schema";
import { createTempDatabase, type TempDatabase } from "../support/temp-database";

const limits: SignInLimits = { windowMinutes: 15, maxFailuresPerEmail: 5, maxFailuresPerAddress: 20, maxRows: 50 };
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, 0, 0) + minutes * 60_000);

describe("sign-in rate limits", () => {
  let t: TempDatabase;
  beforeEach(async () => { t = await createTempDatabase(); });
  afterEach(() => t.cleanup());

  const fail = (email: string, address: string | null, when: Date) => recordSignInAttempt(t.db, { email, address, succeeded: false }, when, limits);

  it("refuses the 6th attempt after 5 failures for one account, and says how long to wait", async () => {
    for (let i = 0; i < 4; i++) await fail("a@example.org", `198.51.100.${i}`, at(i));
    expect(await checkSignInAllowed(t.db, { email: "a@example.org", address: "198.51.100.99" }, at(4), limits)).toEqual({ allowed: true });
    await fail("a@example.org", "198.51.100.4", at(4));
    expect(await checkSignInAllowed(t.db, { email: "A@example.org", address: "198.51.100.99" }, at(5), limits)).toEqual({ allowed: false, retryAfterMinutes: 10 });
    // The oldest failure leaves the window at minute 15.
    expect(await checkSignInAllowed(t.db, { email: "a@example.org", address: null }, at(15.5), limits)).toEqual({ allowed: true });
  });

  it("a successful sign-in clears an account's failures, but not its address's", async () => {
    for (let i = 0; i < 4; i++) await fail("b@example.org", "192.0.2.1", at(i));
    await recordSignInAttempt(t.db, { email: "b@example.org", address: "192.0.2.1", succeeded: true }, at(4), limits);
    await fail("b@example.org", "192.0.2.1", at(5));
    expect(await checkSignInAllowed(t.db, { email: "b@example.org", address: "192.0.2.1" }, at(6), limits)).toEqual({ allowed: true });
  });

  it("refuses an address after 20 failures across many accounts", async () => {
    for (let i = 0; i < 20; i++) await fail(`user${i}@example.org`, "192.0.2.50", at(i * 0.1));
    expect(await checkSignInAllowed(t.db, { email: "fresh@example.org", address: "192.0.2.50" }, at(3), limits)).toEqual({ allowed: false, retryAfterMinutes: 12 });
    expect(await checkSignInAllowed(t.db, { email: "fresh@example.org", address: "192.0.2.51" }, at(3), limits)).toEqual({ allowed: true });
  });

  it("a refused attempt is not checked against the password and adds no rows", async () => {
    await t.db.insert(users).values({ email: "c@example.org", name: "C", passwordHash: await hashPassword("right password 1") });
    const now = new Date();
    for (let i = 0; i < 5; i++) await authenticateWithPassword(t.db, { email: "c@example.org", password: "wrong", address: "192.0.2.7" }, now);
    const rows = await countSignInAttempts(t.db);
    const outcome = await authenticateWithPassword(t.db, { email: "c@example.org", password: "right password 1", address: "192.0.2.7" }, now);
    expect(outcome).toEqual({ ok: false, reason: "rate-limited", retryAfterMinutes: 15 });
    expect(await countSignInAttempts(t.db)).toBe(rows);
  });

  it("drops rows older than the window and never keeps more than the cap", async () => {
    for (let i = 0; i < 10; i++) await fail(`old${i}@example.org`, "192.0.2.1", at(0));
    expect(await countSignInAttempts(t.db)).toBe(20);
    await pruneSignInAttempts(t.db, at(16), limits);
    expect(await countSignInAttempts(t.db)).toBe(0);
    // A flood of distinct accounts from distinct addresses: the table stays at the cap.
    for (let i = 0; i < 60; i++) await fail(`flood${i}@example.org`, `10.0.${i}.1`, at(20));
    expect(await countSignInAttempts(t.db)).toBe(limits.maxRows);
  });
});
