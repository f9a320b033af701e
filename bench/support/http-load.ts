/**
 * A closed-loop HTTP load generator in plain Node (like autocannon): `connections` clients on
 * keep-alive sockets, each sending its next request as soon as the last one answered, for
 * `durationMs`. Latency and status are recorded per kind of request. And `runWrk` for the
 * single-URL throughput measures, where wrk (C) can drive nginx harder than Node can.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { percentile } from "./clerk-session";

export interface Target { kind: string; path: string }

export interface KindStats {
  kind: string;
  requests: number;
  errors: number;
  /** The first few errors, for the report. */
  samples: string[];
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadResult { seconds: number; requests: number; perSecond: number; kinds: KindStats[] }

function get(agent: Agent, base: URL, path: string, headers: Record<string, string>): Promise<{ status: number; ms: number; error?: string }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = request({ agent, host: base.hostname, port: base.port, path, method: "GET", headers }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
      res.on("error", (e) => resolve({ status: 0, ms: performance.now() - t0, error: e.message }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error("timeout after 30 s")));
    req.on("error", (e) => resolve({ status: 0, ms: performance.now() - t0, error: e.message }));
    req.end();
  });
}

/**
 * `next()` gives each client its next request. A response other than 200 (or one of `okStatuses`
 * for its path) is an error.
 */
export async function runLoad(options: {
  base: string; connections: number; durationMs: number; next: () => Target; headers?: Record<string, string>;
  okStatuses?: (t: Target) => number[];
}): Promise<LoadResult> {
  const base = new URL(options.base);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, string[]>();
  const headers = { "accept-encoding": "gzip", ...(options.headers ?? {}) };
  const end = performance.now() + options.durationMs;
  const started = performance.now();
  let total = 0;
  const client = async () => {
    while (performance.now() < end) {
      const target = options.next();
      const r = await get(agent, base, target.path, headers);
      total++;
      if (!latencies.has(target.kind)) latencies.set(target.kind, []);
      latencies.get(target.kind)!.push(r.ms);
      const ok = options.okStatuses?.(target) ?? [200];
      if (!ok.includes(r.status)) {
        if (!errors.has(target.kind)) errors.set(target.kind, []);
        errors.get(target.kind)!.push(`${target.path}: ${r.error ?? `HTTP ${r.status}`}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const kinds = [...latencies].map(([kind, list]) => {
    const sorted = list.sort((a, b) => a - b);
    const errs = errors.get(kind) ?? [];
    return { kind, requests: list.length, errors: errs.length, samples: [...new Set(errs)].slice(0, 3), p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1)! };
  });
  return { seconds, requests: total, perSecond: total / seconds, kinds };
}

export interface WrkResult { requests: number; perSecond: number; p50: number; p95: number; p99: number; non2xx: number; socketErrors: number }

const WRK_SCRIPT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %.3f %.3f %.3f %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
`;

export function wrkAvailable(): boolean {
  return spawnSync("wrk", ["--version"]).error === undefined;
}

/** wrk against one URL (latencies in ms). */
export function runWrk(url: string, connections: number, seconds: number, threads = 2): WrkResult {
  const dir = mkdtempSync(join(tmpdir(), "open-committee-wrk-"));
  const script = join(dir, "report.lua");
  writeFileSync(script, WRK_SCRIPT);
  const out = spawnSync("wrk", [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-H", "Accept-Encoding: gzip", "-s", script, url], { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  const m = /RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+) (\d+)/.exec(out.stdout ?? "");
  if (!m) throw new Error(`wrk gave no result for ${url}: ${out.stderr || out.stdout}`);
  const [requests, micros] = [Number(m[1]), Number(m[2])];
  return { requests, perSecond: requests / (micros / 1e6), p50: Number(m[3]), p95: Number(m[4]), p99: Number(m[5]), non2xx: Number(m[6]), socketErrors: Number(m[7]) };
}
