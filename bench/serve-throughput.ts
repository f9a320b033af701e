/**
 * Serving throughput: requests/s and p50/p95 latency of a meeting page, a report page and a
 * search, served (a) by nginx from the saved HTML (the limit: no application at all), (b) by
 * `next start` alone, (c) by the shipped front (deploy/nginx/open-committee.conf in front of two
 * `next start` instances). Prints each figure and the front's ratios to the limit (target:
 * throughput ≥ 0.8×, p95 ≤ 1.5×). Starts and stops everything itself, on loopback. Not a test.
 *
 *   DATABASE_URL=file:.e2e/3208/council.db AUTH_SECRET=… npx tsx bench/serve-throughput.ts \
 *     --dist=.e2e/3208/next [--seconds=10] [--connections=50] [--port=8284]
 *   (ports: nginx front, next ×2, static nginx from --port up). Uses wrk when installed, else Node.
 */
import { gzipSync } from "node:zlib";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { execFileSync } from "node:child_process";
import { createDatabase, databaseUrl } from "../lib/db";
import { launchFront } from "../scripts/front/launch";
import { mainConfig } from "../scripts/front/nginx-config";
import { startChild, stopChildren, waitForHttp } from "../scripts/front/processes";
import { benchPages, type BenchPage } from "./support/bench-pages";
import { runLoad, runWrk, wrkAvailable } from "./support/http-load";

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const m = /^--([^=]+)=(.*)$/.exec(a); return m ? [m[1], m[2]] : [a, "1"]; })) as Record<string, string>;
const dist = String(args.dist ?? process.env.NEXT_DIST_DIR ?? ".next");
const seconds = Number(args.seconds ?? 10);
const connections = Number(args.connections ?? 50);
const port = Number(args.port ?? 8284);
const useWrk = args.node ? false : wrkAvailable();

interface Figure { perSecond: number; p50: number; p95: number; errors: number }

async function measure(url: string): Promise<Figure> {
  if (useWrk) {
    const r = runWrk(url, connections, seconds);
    return { perSecond: r.perSecond, p50: r.p50, p95: r.p95, errors: r.non2xx + r.socketErrors };
  }
  const u = new URL(url);
  const r = await runLoad({ base: u.origin, connections, durationMs: seconds * 1000, next: () => ({ kind: "page", path: u.pathname + u.search }) });
  const k = r.kinds[0];
  return { perSecond: r.perSecond, p50: k.p50, p95: k.p95, errors: k.errors };
}

/** nginx serving the pages' HTML saved to disk (gzip_static: compressed once, as a CDN would). */
async function startStatic(pages: BenchPage[], from: string, listen: number) {
  const dir = mkdtempSync(join(tmpdir(), "open-committee-static-"));
  const root = join(dir, "root");
  for (const p of pages) {
    const html = await (await fetch(`${from}${p.path}`)).text();
    const file = join(root, p.path.split("?")[0]);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
  }
  mkdirSync(join(dir, "tmp"), { recursive: true });
  execFileSync("chmod", ["-R", "a+rwX", dir]);
  const http = `    server {
        listen 127.0.0.1:${listen};
        root ${root};
        default_type text/html;
        gzip_static on;
        gzip_vary on;
        location / { try_files $uri =404; }
    }`;
  writeFileSync(join(dir, "nginx.conf"), mainConfig(dir, http));
  const child = startChild("nginx-static", process.env.NGINX ?? "/usr/sbin/nginx", ["-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")], process.env, dir);
  await waitForHttp(`http://127.0.0.1:${listen}${pages[0].path}`, child);
  return { url: `http://127.0.0.1:${listen}`, stop: async () => { await stopChildren([child]); rmSync(dir, { recursive: true, force: true }); } };
}

/** Until the instance answers a request for its home page within half a second again. */
async function waitForIdle(base: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    const ok = await fetch(`${base}/`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.arrayBuffer()).then(() => true, () => false);
    if (ok && performance.now() - t0 < 500) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

const fmt = (f: Figure) => `${f.perSecond.toFixed(0).padStart(7)} req/s  p50 ${f.p50.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms${f.errors ? `  ${f.errors} errors` : ""}`;

async function main(): Promise<void> {
  const database = createDatabase(databaseUrl(), process.env.DATABASE_AUTH_TOKEN);
  const front = await launchFront({ dist, nextPorts: [port + 1, port + 2], nginxPort: port, env: process.env });
  let staticServer: Awaited<ReturnType<typeof startStatic>> | null = null;
  try {
    const pages = await benchPages(front.instanceUrls[0], database);
    staticServer = await startStatic(pages, front.instanceUrls[0], port + 3);
    console.log(`load: ${useWrk ? "wrk" : "Node"}, ${connections} connections, ${seconds} s a case, Accept-Encoding: gzip; ${execFileSync("uptime", { encoding: "utf8" }).trim()}`);
    for (const page of pages) {
      // Warm each server's caches first (nginx's and Next's).
      for (const base of [staticServer.url, front.instanceUrls[0], front.url]) {
        await fetch(`${base}${page.path}`, { headers: { "accept-encoding": "gzip" }, signal: AbortSignal.timeout(30_000) }).then((r) => r.arrayBuffer()).catch(() => undefined);
      }
      // next start alone last: it goes on rendering the requests queued when wrk stopped, which
      // would otherwise weigh on the next case.
      const limit = await measure(`${staticServer.url}${page.path}`);
      const shipped = await measure(`${front.url}${page.path}`);
      const next = await measure(`${front.instanceUrls[0]}${page.path}`);
      await waitForIdle(front.instanceUrls[0]);
      console.log(`\n${page.kind} ${page.path}`);
      console.log(`  (a) nginx, saved HTML  ${fmt(limit)}`);
      console.log(`  (b) next start alone   ${fmt(next)}`);
      console.log(`  (c) shipped front      ${fmt(shipped)}`);
      const ok = (shipped.perSecond / limit.perSecond >= 0.8 && shipped.p95 / limit.p95 <= 1.5) ? "meets" : "misses";
      console.log(`  front/limit: throughput ${(shipped.perSecond / limit.perSecond).toFixed(2)}×, p95 ${(shipped.p95 / limit.p95).toFixed(2)}× (${ok} the target ≥ 0.8×, ≤ 1.5×); front/next: ${(shipped.perSecond / next.perSecond).toFixed(1)}× throughput`);
    }
    console.log(`\n${execFileSync("uptime", { encoding: "utf8" }).trim()}`);
  } finally {
    await staticServer?.stop();
    await front.stop();
  }
}

main().then(() => process.exit(0), (err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });
