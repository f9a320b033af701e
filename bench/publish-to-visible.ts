/**
 * Publish-to-visible: how long after a clerk's save returns does the public page show it?
 * Against a running production server (`next start`), signed in through the real sign-in form,
 * it edits a published report's title N times through the dashboard's own server action (a
 * plain form post, as a browser without JavaScript sends it), and after each save polls the
 * public report page until it serves the new title. Prints the median and p95. Not a test.
 *
 *   DATABASE_URL=file:.e2e/3203/council.db npx tsx bench/publish-to-visible.ts \
 *     --base=http://127.0.0.1:3203 --users=.e2e/3203/users.json --dist=.e2e/3203/next [--runs=20]
 *   (or --email=… --password=… for any clerk account; npm run bench:publish -- --base=…)
 *
 * With --via=<url>, saves go to --base and the public page is read through --via: another
 * instance (is a publish on one visible on the other?) or the nginx front (npm run start:front).
 */
import { createDatabase, databaseUrl } from "../lib/db";
import { benchCredentials, ClerkSession, percentile } from "./support/clerk-session";

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const m = /^--([^=]+)=(.*)$/.exec(a); return m ? [m[1], m[2]] : [a, "1"]; })) as Record<string, string>;
const base = String(args.base ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
const via = String(args.via ?? base).replace(/\/+$/, "");
const runs = Number(args.runs ?? 20);
const dist = String(args.dist ?? process.env.NEXT_DIST_DIR ?? ".next");
const POLL_MS = 20;

const database = createDatabase(databaseUrl(), process.env.DATABASE_AUTH_TOKEN);
const clerk = new ClerkSession(base, dist, database);

async function main(): Promise<void> {
  await clerk.signIn(benchCredentials(args));
  const report = await clerk.pickReport(via);
  console.log(`Report: /reports/${report.slug}; ${runs} edits of its title through the dashboard's saveRecord action at ${base}, read at ${via}.`);
  const times: number[] = [];
  try {
    for (let i = 1; i <= runs; i++) {
      const marker = `bench${Date.now().toString(36)}x${i}`;
      await clerk.saveReportTitle(report.id, `${report.title} ${marker}`);
      const t0 = performance.now();
      for (;;) {
        const html = await (await fetch(`${via}/reports/${report.slug}`)).text();
        if (html.toLowerCase().includes(marker.toLowerCase())) break;
        if (performance.now() - t0 > 30_000) throw new Error(`Run ${i}: the new title was not visible after 30 s`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      times.push(performance.now() - t0);
      process.stdout.write(`  run ${i}: ${times.at(-1)!.toFixed(0)} ms\n`);
    }
  } finally {
    await clerk.saveReportTitle(report.id, report.title).catch((e) => console.error(`Could not put the title back: ${e}`));
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`publish-to-visible over ${runs} saves (poll every ${POLL_MS} ms): median ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);
}

main().then(() => process.exit(0), (err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });
