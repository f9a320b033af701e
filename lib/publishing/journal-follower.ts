/**
 * Follows the revalidation journal (lib/publishing/journal.ts) from one instance: every
 * JOURNAL_POLL_MS it reads the entries recorded since its position and expires their pages
 * here, skipping its own (it expired those when it recorded them) and those a peer's broadcast
 * brought already. The position is kept in a
 * file in the build folder's cache, beside the page cache it protects, so an instance restarted
 * after a publish it did not see expires those pages before serving them again; a new build (no
 * position yet) starts from the build's own time, since the build rendered what came before.
 *
 * The apply step is given (`apply`): in the site, a signed request to this instance's own
 * revalidation endpoint, because Next's revalidateTag only works inside a request.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Database } from "@/lib/db";
import type { PublicChange } from "./change-targets";
import { journalEntryApplied, journalPositionAt, readJournal } from "./journal";

export const JOURNAL_POLL_MS = 1000;
/** Past this many entries behind (a long outage), one "expire everything" is cheaper than each. */
export const CATCH_UP_LIMIT = 50;

export interface JournalFollowerOptions {
  db: Database;
  /** This process's origin: its own entries are skipped. */
  origin: string;
  /** Expire the pages of `changes` here; false (or a throw) to try again on the next tick. */
  apply: (changes: PublicChange[]) => Promise<boolean>;
  /** Where the position is kept (null: in memory only). */
  positionFile: string | null;
  /** With no position kept: follow the entries recorded after this moment. */
  startAfter: Date;
}

export class JournalFollower {
  private position: number | null = null;
  private running = false;

  constructor(private readonly options: JournalFollowerOptions) {}

  /** The id of the last entry handled (after the first tick). */
  get at(): number | null {
    return this.position;
  }

  /** Read and apply what is new; returns how many entries were handled. Never runs twice at once. */
  async tick(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const { db, origin, apply } = this.options;
      this.position ??= this.readPosition() ?? await journalPositionAt(db, this.options.startAfter);
      const entries = await readJournal(db, this.position, CATCH_UP_LIMIT + 1);
      if (entries.length > CATCH_UP_LIMIT) {
        // Far behind: expire everything once, then go on from the newest entry.
        const newest = await journalPositionAt(db);
        if (!(await apply([{ kind: "import" }]))) return 0;
        this.moveTo(newest);
        return entries.length;
      }
      let handled = 0;
      for (const entry of entries) {
        const done = entry.origin === origin || journalEntryApplied(entry.id);
        if (!done && !(await apply(entry.changes))) break;
        this.moveTo(entry.id);
        handled++;
      }
      return handled;
    } finally {
      this.running = false;
    }
  }

  private moveTo(id: number): void {
    this.position = id;
    const file = this.options.positionFile;
    if (!file) return;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, String(id));
    } catch {
      // A read-only build folder: the position lives in memory, and a restart catches up from the build's time.
    }
  }

  private readPosition(): number | null {
    if (!this.options.positionFile) return null;
    try {
      const n = Number(readFileSync(this.options.positionFile, "utf8").trim());
      return Number.isInteger(n) && n >= 0 ? n : null;
    } catch {
      return null;
    }
  }
}
