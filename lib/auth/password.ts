import { hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";

/**
 * argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane): about 30-60 ms here,
 * slow enough to make guessing expensive and fast enough for a sign-in form.
 * (`Algorithm.Argon2id` is a const enum, which isolated modules cannot inline: 2 is argon2id.)
 */
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function isArgon2idHash(stored: string): boolean {
  return stored.startsWith("$argon2id$");
}

export function isBcryptHash(stored: string): boolean {
  return /^\$2[aby]\$\d{2}\$/.test(stored);
}

/**
 * True when `password` matches `stored` (argon2id, or a bcrypt hash from before argon2id).
 * `needsRehash` says the caller should store a fresh argon2id hash (a bcrypt or weaker one).
 * Never throws on a malformed hash: it simply does not match.
 */
export async function verifyPassword(stored: string, password: string): Promise<{ ok: boolean; needsRehash: boolean }> {
  try {
    if (isArgon2idHash(stored)) {
      const ok = await verify(stored, password);
      return { ok, needsRehash: ok && !stored.includes(`m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}`) };
    }
    if (isBcryptHash(stored)) {
      const ok = await bcrypt.compare(password, stored);
      return { ok, needsRehash: ok };
    }
  } catch {
    // A corrupt hash is a failed match, not a server error that would tell the account exists.
  }
  return { ok: false, needsRehash: false };
}

let dummyHash: Promise<string> | undefined;

/**
 * Verify against a hash of a random secret nobody knows, so an unknown email (or a disabled
 * account) costs the same argon2id work as a wrong password and the response time does not
 * say whether the account exists.
 */
export async function verifyAgainstDummyHash(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** A random password for a new or reset account: 20 characters from an unambiguous alphabet (~115 bits). */
export function generatePassword(length = 20): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = randomBytes(length * 2);
  let out = "";
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 57).
  for (let i = 0; i < bytes.length && out.length < length; i++) {
    const limit = 256 - (256 % alphabet.length);
    if (bytes[i] < limit) out += alphabet[bytes[i] % alphabet.length];
  }
  return out.length === length ? out : generatePassword(length);
}
