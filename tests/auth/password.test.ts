import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { generatePassword, hashPassword, isArgon2idHash, verifyAgainstDummyHash, verifyPassword } from "@/lib/auth/password";
import { users } from "@/lib/db/schema";
import { createTempDatabase, type TempDatabase } from "../support/temp-database";

describe("password hashing", () => {
  it("hashes with argon2id and verifies", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, "correct horse battery staple")).toEqual({ ok: true, needsRehash: false });
    expect(await verifyPassword(stored, "Correct horse battery staple")).toEqual({ ok: false, needsRehash: false });
  });

  it("accepts an old bcrypt hash and asks for a rehash", async () => {
    const stored = await bcrypt.hash("old password 123", 4);
    expect(await verifyPassword(stored, "old password 123")).toEqual({ ok: true, needsRehash: true });
    expect(await verifyPassword(stored, "wrong")).toEqual({ ok: false, needsRehash: false });
  });

  it("asks for a rehash of an argon2id hash with weaker parameters", async () => {
    const { hash } = await import("@node-rs/argon2");
    const weak = await hash("pw", { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    expect(await verifyPassword(weak, "pw")).toEqual({ ok: true, needsRehash: true });
  });

  it("treats a corrupt or unknown hash as no match, without throwing", async () => {
    for (const stored of ["", "plain-text", "$argon2id$garbage", "$2b$10$short"]) {
      expect(await verifyPassword(stored, "x")).toEqual({ ok: false, needsRehash: false });
    }
    expect(await verifyAgainstDummyHash("anything")).toBe(false);
  });

  it("generates unambiguous 20-character passwords, all different", () => {
    const seen = new Set(Array.from({ length: 200 }, () => generatePassword()));
    expect(seen.size).toBe(200);
    for (const p of seen) expect(p).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
  });
});

describe("authenticateWithPassword", () => {
  let t: TempDatabase;
  const address = "203.0.113.9";

  beforeAll(async () => {
    t = await createTempDatabase();
    await t.db.insert(users).values([
      { email: "clerk@example.org", name: "Clerk", passwordHash: await hashPassword("right password 1") },
      { email: "legacy@example.org", name: "Legacy", passwordHash: await bcrypt.hash("legacy password 1", 4) },
      { email: "gone@example.org", name: "Gone", passwordHash: await hashPassword("right password 1"), disabled: true },
    ]);
  });
  afterAll(() => t.cleanup());

  it("signs in with the right password (email case and spaces ignored) and records the time", async () => {
    const outcome = await authenticateWithPassword(t.db, { email: "  Clerk@Example.ORG ", password: "right password 1", address });
    expect(outcome).toMatchObject({ ok: true, user: { email: "clerk@example.org", role: "clerk" } });
    const row = await t.db.query.users.findFirst({ where: eq(users.email, "clerk@example.org") });
    expect(row?.lastSignInAt).toBeTruthy();
  });

  it("gives the same answer for a wrong password, an unknown email and a disabled account", async () => {
    const answers = await Promise.all([
      authenticateWithPassword(t.db, { email: "clerk@example.org", password: "wrong", address: null }),
      authenticateWithPassword(t.db, { email: "nobody@example.org", password: "wrong", address: null }),
      authenticateWithPassword(t.db, { email: "gone@example.org", password: "right password 1", address: null }),
    ]);
    for (const a of answers) expect(a).toEqual({ ok: false, reason: "invalid" });
  });

  it("replaces a bcrypt hash with argon2id on a successful sign-in", async () => {
    expect(await authenticateWithPassword(t.db, { email: "legacy@example.org", password: "legacy password 1", address })).toMatchObject({ ok: true });
    const row = await t.db.query.users.findFirst({ where: eq(users.email, "legacy@example.org") });
    expect(isArgon2idHash(row!.passwordHash)).toBe(true);
    expect(await authenticateWithPassword(t.db, { email: "legacy@example.org", password: "legacy password 1", address })).toMatchObject({ ok: true });
  });

  it("does the same hashing work for an unknown email as for a wrong password", async () => {
    // Not a benchmark: without the dummy hash an unknown email answers ~30x faster (no argon2id),
    // so half the wrong-password time is a wide margin that a loaded machine will not cross.
    const median = async (email: string) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        await authenticateWithPassword(t.db, { email, password: `wrong-${i}`, address: null }, new Date(Date.now() + i * 3_600_000));
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[2];
    };
    await verifyAgainstDummyHash("warm-up");
    const wrongPassword = await median("clerk@example.org");
    const unknownEmail = await median("nobody-else@example.org");
    expect(unknownEmail).toBeGreaterThan(wrongPassword * 0.5);
    expect(unknownEmail).toBeLessThan(wrongPassword * 2);
  });
});
