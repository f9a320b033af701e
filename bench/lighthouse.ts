/**
 * Lighthouse scores of the public site: the home page, a meeting page and a report page (found
 * through /sitemap.xml), each with Lighthouse's mobile and desktop presets, in the system Chromium.
 * Prints a table of the four category scores and, per run, the audits that cost the most; writes
 * each run's full report (HTML and JSON) and a summary (lighthouse.json) to bench/results/.
 *
 * Run it against a production server (`next build && next start`), never `next dev`:
 *   npm run bench:lighthouse -- http://127.0.0.1:3000
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
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  failing: FailingAudit[];
  runtimeError?: string;
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
  const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
  const targets = await discoverTargets(base);
  const chromePath = chromiumPath();
  if (!chromePath) throw new Error("No Chromium found: install the Debian package chromium or set CHROMIUM_PATH.");

  mkdirSync(RESULTS_DIR, { recursive: true });
  const runs: RunSummary[] = [];
  for (const target of targets) {
    for (const preset of PRESETS) {
      process.stderr.write(`Lighthouse ${preset.name}: ${target.url}\n`);
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
      runs.push({
        page: target.name, url: target.url, preset: preset.name, scores, failing: failingAudits(lhr),
        runtimeError: lhr.runtimeError?.message,
      });
    }
  }

  const header = ["page", "preset", "performance", "accessibility", "best-practices", "seo"];
  const widths = [10, 8, 12, 14, 15, 5];
  console.log(`\nLighthouse scores (0-100) for ${base}\n`);
  console.log(header.map((h, i) => pad(h, widths[i])).join(" | "));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of runs) {
    const cells = [r.page, r.preset, ...CATEGORIES.map((c) => (r.scores[c] === null ? "n/a" : String(r.scores[c])))];
    console.log(cells.map((c, i) => pad(c, widths[i])).join(" | "));
  }

  console.log("\nAudits that cost the most points (score below 0.9), per run:");
  for (const r of runs) {
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
