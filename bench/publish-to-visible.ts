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
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { createDatabase, databaseUrl } from "../lib/db";
import { reports } from "../lib/db/schema";
import { recordType } from "../lib/mutations/record-types";

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const m = /^--([^=]+)=(.*)$/.exec(a); return m ? [m[1], m[2]] : [a, "1"]; }));
const base = String(args.base ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
const runs = Number(args.runs ?? 20);
const dist = String(args.dist ?? process.env.NEXT_DIST_DIR ?? ".next");
const POLL_MS = 20;

function credentials(): { email: string; password: string } {
  if (args.users) {
    const users = JSON.parse(readFileSync(String(args.users), "utf8")) as Record<string, { email: string; password: string }>;
    return users.clerk;
  }
  const email = String(args.email ?? process.env.BENCH_EMAIL ?? "");
  const password = String(args.password ?? process.env.BENCH_PASSWORD ?? "");
  if (!email || !password) throw new Error("Give --users=.e2e/<port>/users.json or --email and --password (or BENCH_EMAIL / BENCH_PASSWORD).");
  return { email, password };
}

const cookies = new Map<string, string>();
function keepCookies(res: Response): void {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1));
  }
}
const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Sign in as a browser without JavaScript would: the login form's hidden fields, then email and password. */
async function signIn(): Promise<void> {
  const page = await fetch(`${base}/login?next=%2Fdashboard`);
  keepCookies(page);
  const html = await page.text();
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html.slice(html.indexOf('name="email"') - 4000))?.[0] ?? html;
  const body = new FormData();
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(m[1])?.[1];
    if (!name || !/type="hidden"/.test(m[1])) continue;
    body.append(decode(name), decode(/value="([^"]*)"/.exec(m[1])?.[1] ?? ""));
  }
  const { email, password } = credentials();
  body.append("email", email);
  body.append("password", password);
  const res = await fetch(`${base}/login?next=%2Fdashboard`, { method: "POST", body, redirect: "manual", headers: { Origin: base, Cookie: cookieHeader() } });
  keepCookies(res);
  if (![...cookies.keys()].some((k) => /session-token/.test(k))) throw new Error(`Sign-in failed (HTTP ${res.status}): check the credentials.`);
}

function saveActionId(): string {
  const manifest = JSON.parse(readFileSync(join(dist, "server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, e]) => e.filename === "app/(admin)/dashboard/actions.ts" && e.exportedName === "saveRecord");
  if (!found) throw new Error(`saveRecord not found in ${dist}/server/server-reference-manifest.json: give --dist=<the server's build folder>`);
  return found[0];
}

const database = createDatabase(databaseUrl(), process.env.DATABASE_AUTH_TOKEN);
const type = recordType("report");

/** The report's form, as the edit page would post it, with a new title. */
async function reportForm(id: number, title: string): Promise<FormData> {
  const [row] = await database.select().from(reports).where(eq(reports.id, id));
  const form = new FormData();
  form.append("kind", "report");
  form.append("id", String(id));
  form.append("version", String(row.version));
  for (const f of type.fields) {
    const raw = f.name === "body" ? await type.virtual!.body.load(database, row as never) : (row as Record<string, unknown>)[f.name];
    const value = raw === null || raw === undefined ? "" : raw === true ? "yes" : raw === false ? "no" : String(raw);
    form.append(f.name, f.name === "title" ? title : value);
  }
  return form;
}

async function save(actionId: string, form: FormData): Promise<void> {
  form.append(`$ACTION_ID_${actionId}`, "");
  const res = await fetch(`${base}/dashboard/merge-people`, { method: "POST", body: form, redirect: "manual", headers: { Origin: base, Cookie: cookieHeader() } });
  const location = res.headers.get("location") ?? "";
  if (!location.includes("saved=updated")) throw new Error(`Save refused (HTTP ${res.status}, location "${location}")`);
}

async function pickReport(): Promise<{ id: number; slug: string; title: string }> {
  const rows = await database.select({ id: reports.id, slug: reports.slug, title: reports.title }).from(reports).where(eq(reports.publication, "published"));
  for (const r of rows) if ((await fetch(`${base}/reports/${r.slug}`)).status === 200) return r;
  throw new Error("No published report is visible on the public site.");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  await signIn();
  const actionId = saveActionId();
  const report = await pickReport();
  console.log(`Report: /reports/${report.slug}; ${runs} edits of its title through the dashboard's saveRecord action.`);
  const times: number[] = [];
  try {
    for (let i = 1; i <= runs; i++) {
      const marker = `bench${Date.now().toString(36)}x${i}`;
      await save(actionId, await reportForm(report.id, `${report.title} ${marker}`));
      const t0 = performance.now();
      for (;;) {
        const html = await (await fetch(`${base}/reports/${report.slug}`)).text();
        if (html.toLowerCase().includes(marker.toLowerCase())) break;
        if (performance.now() - t0 > 30_000) throw new Error(`Run ${i}: the new title was not visible after 30 s`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      times.push(performance.now() - t0);
      process.stdout.write(`  run ${i}: ${times.at(-1)!.toFixed(0)} ms\n`);
    }
  } finally {
    await save(actionId, await reportForm(report.id, report.title)).catch((e) => console.error(`Could not put the title back: ${e}`));
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`publish-to-visible over ${runs} saves (poll every ${POLL_MS} ms): median ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);
}

main().then(() => process.exit(0), (err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });
