/**
 * Importer benchmark: parse both demo packs, and import both into a fresh libSQL file.
 * Prints medians over several runs (the machine is shared: read the figures as ratios within
 * one run, not as absolutes). Targets: parse both < 1 s, import both < 3 s.
 *
 *   npm run bench
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createDatabase } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { parsePack } from "../lib/import/parse-pack";
import { storeAgendaPack } from "../lib/mutations/import-pack";

const FILES = ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"];
const PARSE_RUNS = 15;
const IMPORT_RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const texts = FILES.map((f) => ({ name: basename(f), text: readFileSync(f, "utf8") }));
  const totalLines = texts.reduce((n, t) => n + t.text.split("\n").length, 0);

  parsePack(texts[0].text, texts[0].name); // warm up the JIT once
  const parseTimes: number[] = [];
  for (let i = 0; i < PARSE_RUNS; i++) {
    const t0 = performance.now();
    for (const t of texts) parsePack(t.text, t.name);
    parseTimes.push(performance.now() - t0);
  }

  const importTimes: number[] = [];
  for (let i = 0; i < IMPORT_RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), "bench-import-"));
    const db = createDatabase(`file:${join(dir, "bench.db")}`);
    await migrateDatabase(db);
    const t0 = performance.now();
    for (const t of texts) await storeAgendaPack(db, parsePack(t.text, t.name), t.text, { actor: "bench" });
    importTimes.push(performance.now() - t0);
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const parse = median(parseTimes);
  const store = median(importTimes);
  console.log(`packs: ${texts.length} (${totalLines} lines)`);
  console.log(`parse both packs:             median ${parse.toFixed(1)} ms over ${PARSE_RUNS} runs (min ${Math.min(...parseTimes).toFixed(1)}, max ${Math.max(...parseTimes).toFixed(1)})  target < 1000 ms`);
  console.log(`parse + import both into db:  median ${store.toFixed(1)} ms over ${IMPORT_RUNS} runs (min ${Math.min(...importTimes).toFixed(1)}, max ${Math.max(...importTimes).toFixed(1)})  target < 3000 ms`);
  console.log(`parse throughput:             ${((totalLines / parse) * 1000).toFixed(0)} lines/s`);
  console.log(`database share of import:     ${(((store - parse) / store) * 100).toFixed(0)}%`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
