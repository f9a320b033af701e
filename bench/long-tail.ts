/**
 * The archive's cost at a running site: time to first byte of long-tail pages (the oldest
 * meetings and reports, which the build did not prerender) on their first and second request,
 * and search p50/p95 under a few concurrent readers. Not a test.
 *
 *   DATABASE_URL=file:.large/council.db npx tsx bench/long-tail.ts --base=http://127.0.0.1:8290 [--pages=5] [--seconds=15] [--readers=10]
 */
import { execFileSync } from "node:child_process";
import { request } from "node:http";
import { sql } from "drizzle-orm";
import { createDatabase, databaseUrl } from "../lib/db";
import { runLoad } from "./support/http-load";

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const m = /^--([^=]+)=(.*)$/.exec(a); return m ? [m[1], m[2]] : [a, "1"]; })) as Record<string, string>;
const base = new URL(String(args.base ?? "http://127.0.0.1:3000"));
const pages = Number(args.pages ?? 5);
const seconds = Number(args.seconds ?? 15);
const readers = Number(args.readers ?? 10);
const database = createDatabase(databaseUrl(), process.env.DATABASE_AUTH_TOKEN);

/** Milliseconds until the first byte of the body, and the status. */
function ttfb(path: string): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: base.hostname, port: base.port, path, headers: { "accept-encoding": "gzip" } }, (res) => {
      res.once("data", () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0 }));
      res.on("end", () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0 }));
      res.resume();
    });
    req.on("error", reject);
    req.end();
  });
}

async function main(): Promise<void> {
  console.log(execFileSync("uptime", { encoding: "utf8" }).trim());
  const oldest = async (table: "meetings" | "reports") =>
    ((await database.all(sql.raw(`select slug from ${table} where publication = 'published' order by slug asc limit ${pages}`))) as { slug: string }[]).map((r) => `/${table}/${r.slug}`);
  for (const path of [...(await oldest("meetings")), ...(await oldest("reports"))]) {
    const first = await ttfb(path);
    const second = await ttfb(path);
    console.log(`${path}: first ${first.ms.toFixed(0)} ms (HTTP ${first.status}), second ${second.ms.toFixed(0)} ms`);
  }
  const queries = ["library", "budget", "children", "highways", "climate change", "minutes", "local assistance scheme", "finance monitoring", "care", "transport"];
  let i = 0;
  const load = await runLoad({ base: base.origin, connections: readers, durationMs: seconds * 1000, next: () => ({ kind: "search", path: `/search?q=${encodeURIComponent(queries[i++ % queries.length])}` }) });
  const k = load.kinds[0];
  console.log(`search, ${readers} readers for ${seconds} s: ${k.requests} requests (${load.perSecond.toFixed(1)}/s), ${k.errors} errors, p50 ${k.p50.toFixed(0)} ms, p95 ${k.p95.toFixed(0)} ms, p99 ${k.p99.toFixed(0)} ms`);
  console.log(execFileSync("uptime", { encoding: "utf8" }).trim());
}

main().then(() => process.exit(0), (err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });
