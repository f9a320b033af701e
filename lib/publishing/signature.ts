/**
 * The revalidation endpoint's authentication: an HMAC-SHA256 of the exact request body, keyed
 * with AUTH_SECRET, sent as `x-signature: sha256=<hex>`. The body carries `issuedAt` (ms since
 * the epoch) so a captured request cannot be replayed later. Plain Node: the import CLI uses it too.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-signature";
/** Largest body the endpoint reads. */
export const MAX_BODY_BYTES = 16 * 1024;
/** How long a signed request stays valid, either side of the server's clock. */
export const MAX_AGE_MS = 5 * 60 * 1000;

export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

export function isValidSignature(body: string, header: string | null, secret: string): boolean {
  if (!header || !secret) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
