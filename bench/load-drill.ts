/**
 * Load drill: 200 concurrent readers over a realistic mix of pages, search and the API
 * (bench/load-mix.ts) for 60 s, while a clerk, signed in through the real sign-in form, publishes
 * an edit of a report every second through the dashboard's save action. Expects zero errors;
 * prints p50/p95/p99 per kind of request, and how long each publish took to show on the public
 * page through the same front. Exits 1 on any error. Loopback only; stops by itself. Not a test.
 *
 *   DATABASE_URL=file:.e2e/3208/council.db AUTH_SECRET=… npx tsx bench/load-drill.ts \
 *     --dist=.e2e/3208/next --users=.e2e/3208/users.json [--seconds=60] [--readers=200] [--port=8284]
 *   Starts the shipped front (nginx + two next start) itself from --port up; or --base=<url> for a
 *   running site (with --dist its build folder, for the save action's id).
 */
import { execFileSync } from "node:child_process";
import { createDatabase, databaseUrl } from "../lib/db";
import { Prng } from "../lib/demo/prng";
import { launchFront, type Front } from "../scripts/front/launch";
import { LOAD_MIX } from "./load-mix";
import { benchCredentials, ClerkSession, percentile } from "./support/clerk-session";
import { runLoad, type Target } from "./support/http-load";

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const m = /^--([^=]+)=(.*)$/.exec(a); return m ? [m[1], m[2]] : [a, "1"]; })) as Record<string, string>;
const dist = String(args.dist ?? process.env.NEXT_DIST_DIR ?? ".next");
const seconds = Number(args.seconds ?? 60);
const readers = Number(args.readers ?? 200);
const port = Number(args.port ?? 8284);

const database = createDatabase(databaseUrl(), process.env.DATABASE_AUTH_TOKEN);

async function servedMix(base: string): Promise<{ kind: string; weight: number; paths: string[] }[]> {
  const kept = [];
  for (const entry of LOAD_MIX) {
    const paths: string[] = [];
    for (const path of await entry.paths(database)) {
      const res = await fetch(`${base}${path}`, { redirect: "manual" });
      await res.arrayBuffer();
      if (res.status === 200) paths.push(path);
    }
    if (paths.length) kept.push({ kind: entry.kind, weight: entry.weight, paths });
    else console.log(`  (no ${entry.kind} requests: none of its paths answers 200 on this build)`);
  }
  return kept;
}

/** Publish an edit every second until `until`; each publish is timed until the public page shows it. */
async function clerkPublishing(base: string, until: number): Promise<{ saves: number; failures: string[]; visibleMs: number[] }> {
  const clerk = new ClerkSession(base, dist, database);
  await clerk.signIn(benchCredentials(args));
  const report = await clerk.pickReport(base);
  const failures: string[] = [];
  const visibleMs: number[] = [];
  const watchers: Promise<void>[] = [];
  let saves = 0;
  try {
    while (Date.now() < until) {
      const tick = Date.now();
      const marker = `drill${tick.toString(36)}`;
      try {
        await clerk.saveReportTitle(report.id, `${report.title} ${marker}`);
        saves++;
        const t0 = performance.now();
        watchers.push((async () => {
          for (;;) {
            const html = await (await fetch(`${base}/reports/${report.slug}`)).text();
            // This edit, or a later one that replaced it (edits come every second): either way the
            // page no longer shows anything older than this publish.
            const shown = /drill([0-9a-z]+)/.exec(html)?.[1];
            if (shown && parseInt(shown, 36) >= tick) return void visibleMs.push(performance.now() - t0);
            if (performance.now() - t0 > 15_000) return void failures.push(`${marker} not visible after 15 s`);
            await new Promise((r) => setTimeout(r, 50));
          }
        })().catch((e) => void failures.push(String(e))));
      } catch (e) {
        failures.push(e instanceof Error ? e.message : String(e));
      }
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - tick))));
    }
    await Promise.all(watchers);
  } finally {
    await clerk.saveReportTitle(report.id, report.title).catch((e) => console.error(`Could not put the title back: ${e}`));
  }
  return { saves, failures, visibleMs };
}

async function main(): Promise<void> {
  let front: Front | null = null;
  const base = args.base ? String(args.base).replace(/\/+$/, "") : (front = await launchFront({ dist, nextPorts: [port + 1, port + 2], nginxPort: port, env: { ...process.env, SITE_URL: `http://127.0.0.1:${port}` } })).url;
  try {
    const mix = await servedMix(base);
    const rng = new Prng(12);
    const totalWeight = mix.reduce((n, e) => n + e.weight, 0);
    const next = (): Target => {
      let r = rng.next() * totalWeight;
      const entry = mix.find((e) => (r -= e.weight) < 0) ?? mix[0];
      return { kind: entry.kind, path: rng.pick(entry.paths) };
    };
    console.log(`${readers} readers for ${seconds} s at ${base} (${mix.map((e) => `${e.kind} ${e.paths.length}`).join(", ")} paths), a clerk publishing every second; ${execFileSync("uptime", { encoding: "utf8" }).trim()}`);
    const until = Date.now() + seconds * 1000;
    const [load, clerk] = await Promise.all([runLoad({ base, connections: readers, durationMs: seconds * 1000, next }), clerkPublishing(base, until)]);
    console.log(`\n${"kind".padEnd(10)} ${"requests".padStart(9)} ${"errors".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}`);
    for (const k of load.kinds.sort((a, b) => b.requests - a.requests)) {
      console.log(`${k.kind.padEnd(10)} ${String(k.requests).padStart(9)} ${String(k.errors).padStart(7)} ${k.p50.toFixed(1).padStart(8)} ${k.p95.toFixed(1).padStart(8)} ${k.p99.toFixed(1).padStart(8)} ${k.max.toFixed(0).padStart(8)}`);
      for (const s of k.samples) console.log(`    ${s}`);
    }
    const errors = load.kinds.reduce((n, k) => n + k.errors, 0);
    const visible = [...clerk.visibleMs].sort((a, b) => a - b);
    console.log(`\n${load.requests} requests in ${load.seconds.toFixed(1)} s (${load.perSecond.toFixed(0)}/s), ${errors} errors.`);
    console.log(`clerk: ${clerk.saves} publishes, ${clerk.failures.length} failures; publish-to-visible through the front: median ${percentile(visible, 50).toFixed(0)} ms, p95 ${percentile(visible, 95).toFixed(0)} ms, max ${(visible.at(-1) ?? NaN).toFixed(0)} ms`);
    for (const f of clerk.failures.slice(0, 5)) console.log(`    ${f}`);
    console.log(execFileSync("uptime", { encoding: "utf8" }).trim());
    if (errors || clerk.failures.length) process.exitCode = 1;
  } finally {
    await front?.stop();
  }
}

main().then(() => process.exit(process.exitCode ?? 0), (err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });
