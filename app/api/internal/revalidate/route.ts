import { NextResponse, type NextRequest } from "next/server";
import { parseChanges } from "@/lib/publishing/change-targets";
import { revalidateAfterChange } from "@/lib/publishing/revalidate";
import { isValidSignature, MAX_AGE_MS, MAX_BODY_BYTES, SIGNATURE_HEADER } from "@/lib/publishing/signature";

/**
 * POST /api/internal/revalidate: expire the pages a change outside this server touched (the import
 * CLI, a script). Body `{ "issuedAt": <ms>, "changes": [PublicChange...] }`, signed with
 * AUTH_SECRET (lib/publishing/signature.ts). `"relayed": true` in the body marks a request from a
 * peer instance: this one revalidates itself and does not pass it on. Anything unsigned, stale or too big is refused with
 * 401 (413 for size, 400 for a malformed signed body); other methods get 405.
 */
export const dynamic = "force-dynamic";

const refuse = (status: number, error: string) => NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: NextRequest) {
  const secret = process.env.AUTH_SECRET ?? "";
  if (!secret) return refuse(401, "revalidation is not configured (no AUTH_SECRET)");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return refuse(413, "body too large");
  const body = await readCapped(request);
  if (body === null) return refuse(413, "body too large");
  if (!isValidSignature(body, request.headers.get(SIGNATURE_HEADER), secret)) return refuse(401, "bad signature");
  let parsed: { issuedAt?: unknown; changes?: unknown; relayed?: unknown; journalId?: unknown };
  try {
    parsed = JSON.parse(body);
  } catch {
    return refuse(400, "body is not JSON");
  }
  if (typeof parsed.issuedAt !== "number" || Math.abs(Date.now() - parsed.issuedAt) > MAX_AGE_MS) return refuse(401, "stale request");
  const changes = parseChanges(parsed.changes);
  if (!changes) return refuse(400, "changes must be a list of { kind, slug?, meetingSlug?, committeeSlug?, reportSlug? }");
  // From a peer instance (lib/publishing/peers.ts): it has told the others already.
  const journalId = Number.isSafeInteger(parsed.journalId) && Number(parsed.journalId) > 0 ? Number(parsed.journalId) : undefined;
  const done = await revalidateAfterChange(changes, { relayed: parsed.relayed === true, journalId });
  return NextResponse.json({ revalidated: true, ...done }, { headers: { "Cache-Control": "no-store" } });
}

async function readCapped(request: NextRequest): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
