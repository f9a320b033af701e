/**
 * Several `next start` instances behind one front (scripts/start-front.ts) each keep their own
 * page cache. A publish on one must expire the pages on all of them, so after revalidating
 * itself an instance sends the same changes to every peer in PEER_URLS (comma-separated origins)
 * through the signed revalidation endpoint (app/api/internal/revalidate). A relayed request says
 * so in its signed body, and is not relayed again. Plain Node: the import CLI posts the same way.
 * The broadcast is the fast path; the revalidation journal (lib/publishing/journal.ts) is the
 * guarantee, for an instance the broadcast did not reach.
 *
 * Why a broadcast and not a shared cache handler: it needs nothing beyond the instances
 * themselves (no Redis to run and secure), reuses the endpoint the import CLI already calls,
 * costs one small POST per peer per publish (clerks publish a few times a minute at most), and
 * each instance keeps serving from memory. Past a handful of machines, a shared cache handler
 * (cacheHandler in next.config.js, backed by Redis or similar) or a CDN purge scales better.
 */
import type { PublicChange } from "./change-targets";
import { signBody, SIGNATURE_HEADER } from "./signature";

export const REVALIDATE_PATH = "/api/internal/revalidate";

export interface RevalidationRequest {
  issuedAt: number;
  changes: PublicChange[];
  /** Sent by an instance to its peers: revalidate locally, do not relay. */
  relayed?: boolean;
  /** The revalidation journal's entry for these changes (lib/publishing/journal.ts): the peer need not apply it again. */
  journalId?: number;
}

/** The peers' origins from PEER_URLS, without trailing slashes; invalid entries are dropped. */
export function peerUrls(value = process.env.PEER_URLS ?? ""): string[] {
  return value.split(",").map((s) => s.trim().replace(/\/+$/, "")).filter((s) => /^https?:\/\/[^\s/]+$/.test(s));
}

/** POST a signed revalidation request to a site's endpoint; resolves to the HTTP status (0 when unreachable). */
export async function postRevalidation(siteUrl: string, request: RevalidationRequest, secret: string, timeoutMs = 5000): Promise<{ status: number; body: unknown }> {
  const body = JSON.stringify(request);
  try {
    const res = await fetch(`${siteUrl.replace(/\/+$/, "")}${REVALIDATE_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signBody(body, secret) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  } catch {
    return { status: 0, body: null };
  }
}

/**
 * Send `changes` to every peer at once; waits for all (at most `timeoutMs`), so a clerk's save
 * returns once every instance shows the change. Returns the peers that did not confirm.
 */
export async function broadcastToPeers(
  changes: PublicChange[],
  { peers = peerUrls(), secret = process.env.AUTH_SECRET ?? "", timeoutMs = 2000, journalId }: { peers?: string[]; secret?: string; timeoutMs?: number; journalId?: number } = {},
): Promise<string[]> {
  if (!peers.length || !changes.length) return [];
  if (!secret) return peers;
  const request: RevalidationRequest = { issuedAt: Date.now(), changes, relayed: true, ...(journalId ? { journalId } : {}) };
  const results = await Promise.all(peers.map(async (peer) => ({ peer, ok: (await postRevalidation(peer, request, secret, timeoutMs)).status === 200 })));
  const failed = results.filter((r) => !r.ok).map((r) => r.peer);
  // The page stays stale on that peer until its next change or restart: say so where operators look.
  if (failed.length) console.error(`Revalidation not confirmed by ${failed.join(", ")}: those instances catch up from the revalidation journal within a second or two.`);
  return failed;
}
