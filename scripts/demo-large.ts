/**
 * A large synthetic council for scale tests: 25 committees over 15 years (about 4,000 meetings,
 * 40,000 agenda items, 11,000 reports, minutes, actions and budget lines), written through the
 * importer's own store (storeAgendaPack) into a database of its own, never the site's.
 *
 *   npm run demo:large -- --out=data/large.db [--committees=25] [--years=15] [--seed=N]
 *   npm run demo:large -- file:data/large.db          (a DATABASE_URL; libsql:// works too)
 *
 * Refuses a database that already holds meetings (start from a new file). Prints the time taken,
 * the record counts and the file's size. Then build and serve it like any other database:
 *   DATABASE_URL=file:data/large.db NEXT_DIST_DIR=.next-large npx next build
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { count, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { LARGE_COUNCIL, councilPacks, type CouncilPlan } from "../lib/demo/synthetic-council";

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const m = /^--([^=]+)=(.*)$/.exec(a); return m ? [m[1], m[2]] : ["url", a]; }));

function targetUrl(): string {
  if (args.out) return `file:${args.out}`;
  if (args.url) return String(args.url);
  throw new Error("Say where to write: --out=<file.db> or a DATABASE_URL (file:…, libsql://…). The site's own database is never the default.");
}

async function main(): Promise<void> {
  const url = targetUrl();
  // lib/db opens DATABASE_URL when first imported: point it at the new database before that.
  process.env.DATABASE_URL = url;
  const { createDatabase } = await import("../lib/db");
  const { migrateDatabase } = await import("../lib/db/migrate");
  const { storeAgendaPack } = await import("../lib/mutations/import-pack");
  const t = await import("../lib/db/schema");
  const database = createDatabase(url, process.env.DATABASE_AUTH_TOKEN);
  await migrateDatabase(database);
  const [{ n }] = await database.select({ n: count() }).from(t.meetings);
  if (n > 0) throw new Error(`${url} already holds ${n} meetings: give a new file.`);

  const plan: CouncilPlan = {
    ...LARGE_COUNCIL,
    ...(args.committees ? { committees: Number(args.committees) } : {}),
    ...(args.years ? { years: Number(args.years) } : {}),
    ...(args.seed ? { seed: Number(args.seed) } : {}),
  };
  console.log(`Generating ${plan.committees} committees × ${plan.years} years (to ${plan.lastYear}, seed ${plan.seed}) into ${url}`);
  const started = performance.now();
  let packs = 0;
  for (const { pack, text } of councilPacks(plan)) {
    await storeAgendaPack(database, pack, text, { actor: "demo-large" });
    if (++packs % 250 === 0) {
      const { rss, heapUsed } = process.memoryUsage();
      console.log(`  ${packs} packs, ${((performance.now() - started) / 1000).toFixed(0)} s, memory ${(rss / 2 ** 20).toFixed(0)} MB (JS heap ${(heapUsed / 2 ** 20).toFixed(0)} MB)`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  await database.$client.execute("PRAGMA wal_checkpoint(TRUNCATE)").catch(() => undefined);

  const tally = async (name: string, table: SQLiteTable) => {
    const [{ n: rows }] = await database.select({ n: count() }).from(table);
    return `${rows} ${name}`;
  };
  const counts = await Promise.all([
    tally("committees", t.committees), tally("meetings", t.meetings), tally("agenda items", t.agendaItems), tally("reports", t.reports),
    tally("minute entries", t.minuteEntries), tally("resolutions", t.resolutions), tally("actions", t.actions),
    tally("budget line values", t.budgetLineValues), tally("people", t.people),
  ]);
  const [{ pages }] = (await database.all(sql`select page_count * page_size as pages from pragma_page_count(), pragma_page_size()`)) as { pages: number }[];
  const file = url.startsWith("file:") ? resolve(url.slice(5)) : null;
  const size = file ? statSync(file).size : Number(pages);
  console.log(`Stored ${packs} packs in ${seconds.toFixed(1)} s (${((seconds * 1000) / packs).toFixed(1)} ms a pack): ${counts.join(", ")}.`);
  console.log(`Database size: ${(size / 1024 / 1024).toFixed(1)} MB${file ? ` (${file})` : ""}.`);
}

main().then(() => process.exit(0), (err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });
