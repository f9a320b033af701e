/**
 * Starts this instance following the revalidation journal (lib/publishing/journal-follower.ts),
 * from instrumentation.ts when `next start` boots. Applying an entry is a signed request to this
 * instance's own revalidation endpoint, marked relayed (nothing is recorded or broadcast again):
 * Next's revalidateTag needs a request to run in. The instance's own address is INTERNAL_URL, or
 * http://127.0.0.1:<the port next start listens on>.
 */
import { join } from "node:path";
import { statSync } from "node:fs";
import { db } from "@/lib/db";
import { JOURNAL_POLL_MS, JournalFollower } from "./journal-follower";
import { PROCESS_ORIGIN } from "./journal";
import { postRevalidation } from "./peers";

function ownUrl(): string | null {
  const explicit = process.env.INTERNAL_URL?.trim();
  if (explicit) return explicit.replace(/\/+$/, "");
  // next start sets PORT once it listens (the first tick comes a second after boot).
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null;
}

/** When the build being served was made (its BUILD_ID file); now when unknown. */
function buildTime(distDir: string): Date {
  try {
    return statSync(join(distDir, "BUILD_ID")).mtime;
  } catch {
    return new Date();
  }
}

/** Poll the journal every JOURNAL_POLL_MS until the process ends; returns a stop function. */
export function startFollowingJournal(): () => void {
  const secret = process.env.AUTH_SECRET ?? "";
  if (!secret) {
    console.warn("Revalidation journal: not followed (no AUTH_SECRET to sign with); publishes on other instances reach this one only by broadcast.");
    return () => undefined;
  }
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const follower = new JournalFollower({
    db,
    origin: PROCESS_ORIGIN,
    positionFile: join(distDir, "cache", "revalidation-journal-position"),
    startAfter: buildTime(distDir),
    apply: async (changes) => {
      const url = ownUrl();
      if (!url) return false;
      const { status } = await postRevalidation(url, { issuedAt: Date.now(), changes, relayed: true }, secret);
      return status === 200;
    },
  });
  let lastProblem = "";
  const timer = setInterval(() => {
    follower.tick().then(() => { lastProblem = ""; }, (error: unknown) => {
      // The database may be down (the drill): say so once, not every second.
      const problem = error instanceof Error ? error.message : String(error);
      if (problem !== lastProblem) console.error(`Revalidation journal: ${problem}`);
      lastProblem = problem;
    });
  }, JOURNAL_POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
