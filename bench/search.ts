/**
 * Search latency at scale. Builds a temporary database with the two demo packs plus a synthetic
 * corpus (default 100,000 more indexed records: reports with bodies, minutes, decisions, across
 * 20 committees and 15 years, in words drawn from the demo packs with their own frequencies),
 * indexes it with the site's own indexer, then times a mix of queries three ways:
 *
 *   http   GET /search?q=… on a production server (`next start`) reading that database
 *   lib    searchRecords() in this process (the page's SQL, no HTTP or React)
 *   raw    the bare FTS5 query: the same MATCH (filters included), the top 20 by bm25 with
 *          snippets (the floor)
 *
 * and prints p50 / p95 / p99 per query kind. Not a test.
 *
 * (run with node's react-server condition, as the npm script does, so the site's server-only query module loads)
 *
 *   npm run bench:search -- --dist=.e2e/3201/next     start `next start` from that build (default .next)
 *   npm run bench:search -- --url=http://127.0.0.1:3000   time a server already running on this database
 *   options: --records=100000 --runs=30 --port=3299 --keep (leave the database in place)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { createDatabase, type Database } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import * as t from "../lib/db/schema";
import { importPackFile } from "../lib/mutations/import-files";
import { rebuildSearchIndex, reindexSearch } from "../lib/search/indexer";
import { filterToken, toFtsQuery, withFilters } from "../lib/search/fts-query";

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const m = /^--([^=]+)=(.*)$/.exec(a); return m ? [m[1], m[2]] : [a.replace(/^--/, ""), "1"]; }));
const RECORDS = Number(args.records ?? 100_000);
const RUNS = Number(args.runs ?? 30);
const PORT = Number(args.port ?? 3299);
const COMMITTEES = 20;
const PER_MEETING = { reports: 30, entries: 40, resolutions: 30 };

// ───────────── a vocabulary with the demo packs' word frequencies ─────────────

function vocabulary(): string[] {
  const words: string[] = [];
  for (const f of readdirSync("data/packs").filter((f) => f.endsWith(".txt"))) {
    for (const m of readFileSync(join("data/packs", f), "utf8").matchAll(/[A-Za-z][a-z]{2,}/g)) words.push(m[0].toLowerCase());
  }
  return words; // sampling an index of this list samples by frequency
}

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];

function makeText(vocab: string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(vocab));
  return out.join(" ");
}
const sentence = (vocab: string[], n: number) => { const s = makeText(vocab, n); return s[0].toUpperCase() + s.slice(1); };

async function insertChunked(db: Database, table: Parameters<Database["insert"]>[0], rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insert(table).values(rows.slice(i, i + 200) as never);
}

async function buildCorpus(db: Database, vocab: string[]): Promise<void> {
  const [authority] = await db.select().from(t.authorities).limit(1);
  const meetingsPerCommittee = Math.ceil(RECORDS / (PER_MEETING.reports + PER_MEETING.entries + PER_MEETING.resolutions) / COMMITTEES);
  let slug = 0;
  for (let c = 0; c < COMMITTEES; c++) {
    await db.transaction(async (tx) => {
      const name = `${sentence(vocab, 2)} Committee ${c + 1}`;
      const [committee] = await tx.insert(t.committees).values({ authorityId: authority.id, name, slug: `synthetic-committee-${c + 1}` }).returning();
      for (let m = 0; m < meetingsPerCommittee; m++) {
        const date = new Date(Date.UTC(2010, 0, 1) + (m * 15 * 365 * 86_400_000) / meetingsPerCommittee).toISOString().slice(0, 10);
        const [meeting] = await tx.insert(t.meetings).values({ committeeId: committee.id, slug: `${date}-synthetic-${c + 1}`, meetingDate: date, status: "held" }).returning();
        const reports = Array.from({ length: PER_MEETING.reports }, (_, i) => ({
          meetingId: meeting.id, slug: `synthetic-report-${++slug}`, title: sentence(vocab, 4 + (i % 6)), purpose: sentence(vocab, 30), sortOrder: i,
        }));
        const reportRows = await tx.insert(t.reports).values(reports).returning({ id: t.reports.id });
        await insertChunked(tx as unknown as Database, t.reportSections, reportRows.flatMap((r) => [0, 1].map((k) => ({
          reportId: r.id, sortOrder: k, kind: "paragraph" as const, number: `${k + 1}.1`, text: sentence(vocab, 60),
        }))));
        const [minutes] = await tx.insert(t.minutes).values({ meetingId: meeting.id }).returning();
        const entries = await tx.insert(t.minuteEntries).values(Array.from({ length: PER_MEETING.entries }, (_, i) => ({
          minutesId: minutes.id, minuteNumber: i + 1, title: sentence(vocab, 3 + (i % 5)), body: sentence(vocab, 70), sortOrder: i,
        }))).returning({ id: t.minuteEntries.id });
        await tx.insert(t.resolutions).values(entries.slice(0, PER_MEETING.resolutions).map((e, i) => ({
          minuteEntryId: e.id, slug: `synthetic-decision-${++slug}`, text: sentence(vocab, 35), sortOrder: i,
        })));
      }
    });
  }
}

// ───────────── timing ─────────────

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const fmt = (ms: number) => ms.toFixed(1).padStart(7);

interface Query { kind: string; q: string; type?: string; year?: number }

function queryMix(vocab: string[]): Query[] {
  const counts = new Map<string, number>();
  for (const w of vocab) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFreq = [...counts].filter(([w]) => w.length >= 5).sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const common = byFreq.slice(0, 5);
  const middling = byFreq.slice(200, 205);
  return [
    ...common.map((q) => ({ kind: "one common word", q })),
    ...middling.map((q) => ({ kind: "one word", q })),
    { kind: "two words", q: "adult skills" }, { kind: "two words", q: "local assistance" }, { kind: "two words", q: `${common[0]} ${middling[0]}` },
    { kind: "phrase", q: '"local assistance scheme"' }, { kind: "phrase", q: '"white ribbon"' }, { kind: "phrase", q: `"${common[1]} ${common[2]}"` },
    { kind: "prefix", q: "libr*" }, { kind: "prefix", q: "commun*" }, { kind: "prefix", q: `${middling[1].slice(0, 4)}*` },
    { kind: "filtered", q: common[0], type: "report", year: 2018 }, { kind: "filtered", q: "library", type: "decision" }, { kind: "filtered", q: middling[2], year: 2021 },
    { kind: "no hit", q: "zzqxv" }, { kind: "no hit", q: "qwertyuiop asdfgh" },
  ];
}

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server at ${url} did not answer within two minutes.`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "open-committee-search-bench-"));
  const url = `file:${join(dir, "bench.db")}`;
  const db = createDatabase(url);
  let server: ChildProcess | undefined;
  try {
    await migrateDatabase(db);
    for (const pack of readdirSync("data/packs").filter((f) => f.endsWith(".txt")).sort()) await importPackFile(db, join("data/packs", pack), { actor: "bench" });
    const vocab = vocabulary();
    let started = performance.now();
    await buildCorpus(db, vocab);
    console.log(`corpus written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    const { documents } = await rebuildSearchIndex(db);
    console.log(`${documents.toLocaleString("en-GB")} records indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const [{ committeeId }] = await db.all<{ committeeId: number }>(sql`SELECT id AS committeeId FROM committees WHERE slug = 'synthetic-committee-1'`);
    const [{ n }] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM search_fts WHERE committee_id = ${committeeId}`);
    const reindexMs = await timeIt(() => db.transaction((tx) => reindexSearch(tx, { committeeId })));
    const [{ meetingId }] = await db.all<{ meetingId: number }>(sql`SELECT id AS meetingId FROM meetings WHERE committee_id = ${committeeId} LIMIT 1`);
    const meetingMs = await timeIt(() => db.transaction((tx) => reindexSearch(tx, { committeeId, meetingId })));
    console.log(`re-reading one committee (${Number(n).toLocaleString("en-GB")} records), as a committee's publish does: ${reindexMs.toFixed(0)} ms; one meeting (${PER_MEETING.reports + PER_MEETING.entries + PER_MEETING.resolutions} records), as a save or publish inside it does: ${meetingMs.toFixed(0)} ms`);

    let base = args.url ? String(args.url).replace(/\/+$/, "") : "";
    if (!base) {
      const dist = String(args.dist ?? ".next");
      base = `http://127.0.0.1:${PORT}`;
      server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
        env: { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: dist, NODE_ENV: "production", SKIP_DEMO_CLERK: "1" }, stdio: "ignore", detached: true,
      });
      await waitForServer(`${base}/search?q=council`);
    }
    // The searches below import the site's query module, which reads the same database.
    process.env.DATABASE_URL = url;
    const { searchRecords } = await import("../lib/queries/search");

    const queries = queryMix(vocab);
    // The floor answers the same question as the page: the same MATCH (a filter's tokens
    // included, so it ranks only what the filter keeps), bm25 order, the first 20 with snippets.
    const raw = (q: Query) => {
      const plain = toFtsQuery(q.q).match;
      const match = plain && withFilters(plain, [...(q.type ? [filterToken.kind(q.type)] : []), ...(q.year ? [filterToken.year(q.year)] : [])]);
      return match ? db.all(sql`SELECT url, title, snippet(search_fts, 1, '[', ']', '…', 28) FROM search_fts WHERE search_fts MATCH ${match} ORDER BY rank LIMIT 20`) : Promise.resolve([]);
    };
    const lib = (q: Query) => searchRecords({ q: q.q, type: q.type as never, year: q.year }, db);
    const http = async (q: Query) => {
      const qs = new URLSearchParams({ q: q.q, ...(q.type ? { type: q.type } : {}), ...(q.year ? { year: String(q.year) } : {}) });
      // A kept-alive socket the server has just closed fails once; the retry is timed with it.
      const res = await fetch(`${base}/search?${qs}`).catch(() => fetch(`${base}/search?${qs}`));
      if (res.status !== 200) throw new Error(`/search?${qs} answered ${res.status}`);
      await res.text();
    };
    for (const q of queries) { await http(q); await lib(q); await raw(q); } // warm up

    const times: Record<string, Record<"http" | "lib" | "raw", number[]>> = {};
    for (let run = 0; run < RUNS; run++) {
      for (const q of queries) {
        const row = (times[q.kind] ??= { http: [], lib: [], raw: [] });
        row.http.push(await timeIt(() => http(q)));
        row.lib.push(await timeIt(() => lib(q)));
        row.raw.push(await timeIt(() => raw(q)));
      }
    }
    const all = { http: [] as number[], lib: [] as number[], raw: [] as number[] };
    console.log(`\n${queries.length} queries × ${RUNS} runs, one at a time; milliseconds`);
    console.log(`${"query kind".padEnd(16)} ${"http p50".padStart(8)} ${"p95".padStart(7)} ${"p99".padStart(7)} │ ${"lib p50".padStart(7)} ${"p95".padStart(7)} │ ${"raw p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} │ http/raw p95`);
    for (const [kind, row] of Object.entries(times)) {
      const s = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, [...v].sort((a, b) => a - b)])) as typeof row;
      for (const k of ["http", "lib", "raw"] as const) all[k].push(...s[k]);
      console.log(`${kind.padEnd(16)} ${fmt(percentile(s.http, 50))} ${fmt(percentile(s.http, 95))} ${fmt(percentile(s.http, 99))} │ ${fmt(percentile(s.lib, 50))} ${fmt(percentile(s.lib, 95))} │ ${fmt(percentile(s.raw, 50))} ${fmt(percentile(s.raw, 95))} ${fmt(percentile(s.raw, 99))} │ ${(percentile(s.http, 95) / percentile(s.raw, 95)).toFixed(1)}x`);
    }
    for (const k of ["http", "lib", "raw"] as const) all[k].sort((a, b) => a - b);
    console.log(`${"all".padEnd(16)} ${fmt(percentile(all.http, 50))} ${fmt(percentile(all.http, 95))} ${fmt(percentile(all.http, 99))} │ ${fmt(percentile(all.lib, 50))} ${fmt(percentile(all.lib, 95))} │ ${fmt(percentile(all.raw, 50))} ${fmt(percentile(all.raw, 95))} ${fmt(percentile(all.raw, 99))} │ ${(percentile(all.http, 95) / percentile(all.raw, 95)).toFixed(1)}x`);
  } finally {
    if (server?.pid) { try { process.kill(-server.pid); } catch { /* gone */ } }
    db.$client.close();
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`database kept at ${url}`);
  }
}

main().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
