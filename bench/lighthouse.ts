/**
 * Lighthouse scores of the public site: the home page, a meeting page and a report page (found
 * through /sitemap.xml), each with Lighthouse's mobile and desktop presets, in the system Chromium.
 * Prints a table of the four category scores and, per run, the audits that cost the most; writes
 * each run's full report (HTML and JSON) and a summary (lighthouse.json) to bench/results/.
 *
 * Run it against a production server (`next build && next start`), never `next dev`:
 *   npm run bench:lighthouse -- http://127.0.0.1:3000 [--runs=5] [--preset=mobile|desktop]
 *
 * With --runs above 1 each page and preset is measured that many times, interleaved (one run of
 * every page before the next round) so a burst of load on the machine hits all pages alike, and the
 * table shows the median with the range; the metric table shows median TBT, LCP and FCP.
 *
 * The machine is shared and small: read performance as a rough figure (simulated throttling
 * keeps it fairly steady); accessibility, best-practices and SEO do not depend on load.
 *
 * Each run is Lighthouse's own CLI in a plain Node child process with a fresh Chromium: run inside
 * tsx, Lighthouse's page-side functions would carry esbuild's `__name` helper into the page and fail.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { Result } from "lighthouse";
import { chromiumPath } from "../e2e/support/chromium-path";

const run = promisify(execFile);
const LIGHTHOUSE_CLI = join(dirname(createRequire(import.meta.url).resolve("lighthouse/package.json")), "cli", "index.js");
const RESULTS_DIR = "bench/results";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"];
const PRESETS: { name: "mobile" | "desktop"; flags: string[] }[] = [
  { name: "mobile", flags: [] }, // Lighthouse's default config is the mobile preset.
  { name: "desktop", flags: ["--preset=desktop"] },
];
const TOP_AUDITS = 6;

interface Target {
  name: string;
  url: string;
}

interface FailingAudit {
  category: string;
  id: string;
  title: string;
  score: number;
  weight: number;
  displayValue?: string;
}

interface RunSummary {
  page: string;
  url: string;
  preset: string;
  round: number;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Lab metrics in milliseconds (CLS unitless), as Lighthouse scored them. */
  metrics: Record<(typeof METRICS)[number], number | null>;
  failing: FailingAudit[];
  runtimeError?: string;
}

const METRICS = ["total-blocking-time", "largest-contentful-paint", "first-contentful-paint", "speed-index", "cumulative-layout-shift"] as const;

interface Options {
  base: string;
  runs: number;
  presets: typeof PRESETS;
}

/** `<base-url> [--runs=N] [--preset=mobile|desktop]`; anything else is an error a person can act on. */
function parseOptions(argv: string[]): Options {
  let base = "http://127.0.0.1:3000";
  let runs = 1;
  let presets = PRESETS;
  for (const arg of argv) {
    const [key, value] = arg.split("=", 2);
    if (key === "--runs") {
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error(`--runs takes a whole number from 1 to 50, not "${value}".`);
    } else if (key === "--preset") {
      presets = PRESETS.filter((p) => p.name === value);
      if (!presets.length) throw new Error(`--preset takes mobile or desktop, not "${value}".`);
    } else if (arg.startsWith("--")) {
      throw new Error(`Unknown option ${arg}: use --runs=N or --preset=mobile|desktop.`);
    } else {
      base = arg;
    }
  }
  return { base: base.replace(/\/+$/, ""), runs, presets };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The first meeting and report pages listed in the sitemap, moved onto `base` (the sitemap uses SITE_URL's origin). */
async function discoverTargets(base: string): Promise<Target[]> {
  const response = await fetch(new URL("/sitemap.xml", base));
  if (!response.ok) throw new Error(`GET /sitemap.xml answered ${response.status}: is a production server running at ${base}?`);
  const paths = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1].replace(/&amp;/g, "&")).pathname);
  const first = (pattern: RegExp) => paths.find((p) => pattern.test(p));
  const targets: Target[] = [{ name: "home", url: new URL("/", base).href }];
  for (const [name, pattern] of [["meeting", /^\/meetings\/[^/]+$/], ["report", /^\/reports\/[^/]+$/]] as const) {
    const path = first(pattern);
    if (path) targets.push({ name, url: new URL(path, base).href });
    else console.warn(`No ${name} page in the sitemap: skipped.`);
  }
  return targets;
}

/** Audits that lost points, the heaviest first: weighted audits by points lost, then unweighted diagnostics. */
function failingAudits(lhr: Result): FailingAudit[] {
  const out = new Map<string, FailingAudit>();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9) continue;
      if (!["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode)) continue;
      if (out.has(ref.id)) continue;
      out.set(ref.id, { category, id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, displayValue: audit.displayValue });
    }
  }
  const lost = (a: FailingAudit) => a.weight * (1 - a.score);
  return [...out.values()].sort((a, b) => lost(b) - lost(a) || a.score - b.score);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

async function main(): Promise<void> {
  const { base, runs: rounds, presets } = parseOptions(process.argv.slice(2));
  const targets = await discoverTargets(base);
  const chromePath = chromiumPath();
  if (!chromePath) throw new Error("No Chromium found: install the Debian package chromium or set CHROMIUM_PATH.");

  mkdirSync(RESULTS_DIR, { recursive: true });
  const runs: RunSummary[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      for (const preset of presets) {
        process.stderr.write(`Lighthouse ${preset.name}${rounds > 1 ? ` (round ${round} of ${rounds})` : ""}: ${target.url}\n`);
        const outputBase = join(RESULTS_DIR, `lighthouse-${target.name}-${preset.name}`);
        const { NODE_OPTIONS: _ignored, ...env } = process.env;
        await run(process.execPath, [
          LIGHTHOUSE_CLI, target.url, ...preset.flags,
          `--only-categories=${CATEGORIES.join(",")}`,
          `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
          "--output=json", "--output=html", `--output-path=${outputBase}`, "--quiet",
        ], { env: { ...env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
        const lhr = JSON.parse(readFileSync(`${outputBase}.report.json`, "utf8")) as Result;
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100)]),
        ) as RunSummary["scores"];
        const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? null])) as RunSummary["metrics"];
        runs.push({
          page: target.name, url: target.url, preset: preset.name, round, scores, metrics, failing: failingAudits(lhr),
          runtimeError: lhr.runtimeError?.message,
        });
      }
    }
  }

  const groups = new Map<string, RunSummary[]>();
  for (const r of runs) groups.set(`${r.page} ${r.preset}`, [...(groups.get(`${r.page} ${r.preset}`) ?? []), r]);
  /** One figure, or with several runs "median (min-max)". */
  const spread = (values: (number | null)[], format: (n: number) => string) => {
    const known = values.filter((v): v is number => v !== null);
    if (!known.length) return "n/a";
    if (known.length === 1) return format(known[0]);
    return `${format(median(known))} (${format(Math.min(...known))}-${format(Math.max(...known))})`;
  };
  const printTable = (header: string[], rows: string[][]) => {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    console.log(header.map((h, i) => pad(h, widths[i])).join(" | "));
    console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
    for (const row of rows) console.log(row.map((c, i) => pad(c, widths[i])).join(" | "));
  };

  console.log(`\nLighthouse scores (0-100) for ${base}${rounds > 1 ? `, median (range) of ${rounds} runs` : ""}\n`);
  printTable(["page", "preset", ...CATEGORIES], [...groups.values()].map((g) => [
    g[0].page, g[0].preset, ...CATEGORIES.map((c) => spread(g.map((r) => r.scores[c]), String)),
  ]));
  console.log("\nLab metrics (ms; CLS unitless)\n");
  printTable(["page", "preset", "TBT", "LCP", "FCP", "SI", "CLS"], [...groups.values()].map((g) => [
    g[0].page, g[0].preset,
    ...METRICS.map((m) => spread(g.map((r) => r.metrics[m]), m === "cumulative-layout-shift" ? (n) => n.toFixed(3) : (n) => String(Math.round(n)))),
  ]));

  console.log(`\nAudits that cost the most points (score below 0.9)${rounds > 1 ? ", last round" : ""}:`);
  for (const r of runs.filter((run) => run.round === rounds)) {
    console.log(`\n${r.page} (${r.preset}) ${r.url}${r.runtimeError ? `\n  runtime error: ${r.runtimeError}` : ""}`);
    if (!r.failing.length) console.log("  none");
    for (const a of r.failing.slice(0, TOP_AUDITS)) {
      const extra = a.displayValue ? ` (${a.displayValue})` : "";
      console.log(`  - [${a.category}] ${a.id}: ${a.title}${extra}; score ${a.score.toFixed(2)}, weight ${a.weight}`);
    }
  }

  writeFileSync(join(RESULTS_DIR, "lighthouse.json"), JSON.stringify({ base, at: new Date().toISOString(), runs }, null, 2));
  console.log(`\nSummary: ${RESULTS_DIR}/lighthouse.json; full reports: ${RESULTS_DIR}/lighthouse-<page>-<preset>.report.html`);
  if (runs.some((r) => r.runtimeError)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
