/**
 * Tell a running site that the database changed underneath it (the import CLI writes directly),
 * through its signed revalidation endpoint (app/api/internal/revalidate/route.ts). Never throws:
 * it returns the one line to print.
 */
import { existsSync, readFileSync } from "node:fs";
import type { PublicChange } from "../lib/publishing/change-targets";
import { postRevalidation, REVALIDATE_PATH } from "../lib/publishing/peers";

export { REVALIDATE_PATH };

/** AUTH_SECRET from the environment, else from .env.local (where `npm start` generated it). */
export function authSecret(file = ".env.local"): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (!existsSync(file)) return "";
  return /^AUTH_SECRET=(.*)$/m.exec(readFileSync(file, "utf8"))?.[1]?.trim().replace(/^["']|["']$/g, "") ?? "";
}

export async function revalidateRunningSite(
  changes: PublicChange[],
  siteUrl = process.env.SITE_URL?.trim() || "http://localhost:3000",
  secret = authSecret(),
): Promise<{ ok: boolean; message: string }> {
  const url = `${siteUrl.replace(/\/+$/, "")}${REVALIDATE_PATH}`;
  if (!secret) return { ok: false, message: `Site not revalidated: no AUTH_SECRET (set it as the running site has it).` };
  const { status, body } = await postRevalidation(siteUrl, { issuedAt: Date.now(), changes }, secret);
  if (status === 0) return { ok: false, message: `Site not revalidated: ${siteUrl} is not reachable (pages refresh at the next build; or run the import again with the site up).` };
  if (status !== 200) return { ok: false, message: `Site not revalidated: ${url} answered ${status} (is AUTH_SECRET the same as the server's?).` };
  const done = (body ?? {}) as { tags?: string[] };
  return { ok: true, message: `Revalidated the running site at ${siteUrl} (${done.tags?.length ?? 0} cache tags): readers see the import now.` };
}
