/**
 * The revalidation journal: every publish, in order, in the shared database (table
 * revalidation_journal). The instance that takes a clerk's save expires its own pages and tells
 * its peers at once (lib/publishing/peers.ts); it also records the changes here, and every
 * instance follows the journal (lib/publishing/journal-follower.ts), so one that missed the
 * broadcast (down, restarting, timed out, or not in PEER_URLS) still expires the same pages.
 * The import CLI records its changes here too, so they reach the site even when no instance was
 * running to receive its request.
 *
 * Why the database: it is the one thing every instance already shares, on one machine or ten,
 * with no peer list to keep; and an entry reaches an embedded replica in the same sync as the
 * rows it describes, so an instance never re-renders a page before it can read the change.
 */
import { asc, gt, lt, sql } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { revalidationJournal } from "@/lib/db/schema";
import { parseChanges, type PublicChange } from "./change-targets";

/** Entries older than this are dropped as new ones arrive: an instance down longer re-renders everything on start. */
export const JOURNAL_KEEP_DAYS = 7;

/**
 * This process's name in the journal: its pid and start time, so two instances on one machine
 * differ, and the same in every bundle of the process (instrumentation and route handlers are
 * separate module instances, so a random value per module would not be).
 */
export const PROCESS_ORIGIN = `${process.pid}@${Math.round(performance.timeOrigin)}`;

export interface JournalEntry {
  id: number;
  createdAt: string;
  origin: string;
  changes: PublicChange[];
}

/** Record `changes` as one entry; returns its id. Drops entries past JOURNAL_KEEP_DAYS. */
export async function recordInJournal(db: Database, changes: PublicChange[], origin = PROCESS_ORIGIN, now = new Date()): Promise<number> {
  const [row] = await db.insert(revalidationJournal)
    .values({ origin, changes: JSON.stringify(changes), createdAt: now.toISOString() })
    .returning({ id: revalidationJournal.id });
  const cutoff = new Date(now.getTime() - JOURNAL_KEEP_DAYS * 86_400_000).toISOString();
  await db.delete(revalidationJournal).where(lt(revalidationJournal.createdAt, cutoff));
  return row.id;
}

/**
 * The entries after `afterId`, oldest first, at most `limit`. An entry whose changes no longer
 * parse (written by another version) becomes an "import" change: it expires everything, which is
 * never wrong, only slower.
 */
export async function readJournal(db: Database, afterId: number, limit = 100): Promise<JournalEntry[]> {
  const rows = await db.select().from(revalidationJournal).where(gt(revalidationJournal.id, afterId))
    .orderBy(asc(revalidationJournal.id)).limit(limit);
  return rows.map((r) => {
    let parsed: PublicChange[] | null = null;
    try {
      parsed = parseChanges(JSON.parse(r.changes));
    } catch {
      parsed = null;
    }
    return { id: r.id, createdAt: r.createdAt, origin: r.origin, changes: parsed ?? [{ kind: "import" }] };
  });
}

/** The id of the last entry recorded before `moment`, or of the last entry of all (0 when none). */
export async function journalPositionAt(db: Database, moment?: Date): Promise<number> {
  const [row] = await db.select({ id: sql<number | null>`max(${revalidationJournal.id})` }).from(revalidationJournal)
    .where(moment ? lt(revalidationJournal.createdAt, moment.toISOString()) : undefined);
  return Number(row?.id ?? 0);
}

/**
 * Entries this process has applied already because a peer's broadcast carried them (so the
 * follower does not expire the same pages a second time). On globalThis because the route that
 * receives the broadcast and the follower started by instrumentation.ts are separate bundles.
 */
const applied: Set<number> = ((globalThis as { __openCommitteeJournalApplied?: Set<number> }).__openCommitteeJournalApplied ??= new Set());
const APPLIED_KEPT = 1000;

export function markJournalEntryApplied(id: number): void {
  applied.add(id);
  if (applied.size > APPLIED_KEPT) applied.delete(applied.values().next().value!);
}

export function journalEntryApplied(id: number): boolean {
  return applied.has(id);
}
