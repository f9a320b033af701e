/**
 * Search reindexing on import: how long re-reading the search scopes of one pack takes (what
 * storeAgendaPack does now, lib/search/pack-scopes.ts) against re-reading its whole committee and
 * the shared scope (what it did before), as the committee's history grows. Loads one synthetic
 * committee (lib/demo/synthetic-council.ts) pack by pack into a fresh libSQL file and, every
 * `--every` packs, times both inside a rolled-back transaction. Medians of three; ratios matter on
 * a shared machine, not absolutes.
 *
 *   npx tsx bench/pack-reindex.ts [--years=15] [--every=40]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { createDatabase } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { councilPacks } from "../lib/demo/synthetic-council";
import { nameKey } from "../lib/import/entity-resolution";
import { storeAgendaPack } from "../lib/mutations/import-pack";
import { reindexSearch, type IndexWriter } from "../lib/search/indexer";
import { packSearchScopes } from "../lib/search/pack-scopes";
import type { SearchScope } from "../lib/search/documents";

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const m = /^--([^=]+)=(.*)$/.exec(a); return m ? [m[1], m[2]] : [a, "1"]; })) as Record<string, string>;
const years = Number(args.years ?? 15);
const every = Number(args.every ?? 40);

class RollBack extends Error {}

async function timed(database: ReturnType<typeof createDatabase>, scopes: (tx: IndexWriter) => Promise<SearchScope[]>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    let ms = 0;
    await database.transaction(async (tx) => {
      const t0 = performance.now();
      await reindexSearch(tx, await scopes(tx));
      ms = performance.now() - t0;
      throw new RollBack();
    }).catch((e) => { if (!(e instanceof RollBack)) throw e; });
    runs.push(ms);
  }
  return runs.sort((a, b) => a - b)[1];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "pack-reindex-"));
  const database = createDatabase(`file:${join(dir, "council.db")}`);
  try {
    await migrateDatabase(database);
    console.log(`One synthetic committee over ${years} years; reindex of the last pack's scopes vs its whole committee (ms, median of 3)`);
    console.log(`${"packs".padStart(6)} ${"documents".padStart(10)} ${"narrow".padStart(8)} ${"whole".padStart(8)}`);
    let n = 0;
    for (const { pack, text } of councilPacks({ committees: 1, lastYear: 2026, years, seed: 5 })) {
      const outcome = await storeAgendaPack(database, pack, text, { actor: "bench" });
      if (++n % every) continue;
      const keys = pack.outsideBodies.map((b) => nameKey(b.name));
      const narrow = await timed(database, (tx) => packSearchScopes(tx, outcome.committeeId, outcome.meetingId, keys));
      const whole = await timed(database, async () => [{ committeeId: outcome.committeeId }, { committeeId: null }]);
      const [{ d }] = await database.all<{ d: number }>(sql`select count(*) as d from search_fts`);
      console.log(`${String(n).padStart(6)} ${String(d).padStart(10)} ${narrow.toFixed(0).padStart(8)} ${whole.toFixed(0).padStart(8)}`);
    }
  } finally {
    database.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => { console.error(err); process.exit(1); });
