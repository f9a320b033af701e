/**
 * A clerk at a running site, as a browser without JavaScript: signs in through the real sign-in
 * form, and saves a report through the dashboard's own server action (a plain form post). Used by
 * the publish-to-visible bench and the load drill.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { Database } from "../../lib/db";
import { reports } from "../../lib/db/schema";
import { recordType } from "../../lib/mutations/record-types";

export interface Credentials { email: string; password: string }

/** From --users=<.e2e/<port>/users.json> (its clerk) or --email/--password (or BENCH_EMAIL / BENCH_PASSWORD). */
export function benchCredentials(args: Record<string, string>): Credentials {
  if (args.users) {
    const users = JSON.parse(readFileSync(String(args.users), "utf8")) as Record<string, Credentials>;
    return users.clerk;
  }
  const email = String(args.email ?? process.env.BENCH_EMAIL ?? "");
  const password = String(args.password ?? process.env.BENCH_PASSWORD ?? "");
  if (!email || !password) throw new Error("Give --users=.e2e/<port>/users.json or --email and --password (or BENCH_EMAIL / BENCH_PASSWORD).");
  return { email, password };
}

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export class ClerkSession {
  private readonly cookies = new Map<string, string>();
  private readonly type = recordType("report");
  private actionId = "";

  constructor(private readonly base: string, private readonly dist: string, private readonly database: Database) {}

  private keepCookies(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** The login form's hidden fields, then email and password; finds the save action in the build. */
  async signIn({ email, password }: Credentials): Promise<void> {
    const page = await fetch(`${this.base}/login?next=%2Fdashboard`);
    this.keepCookies(page);
    const html = await page.text();
    const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html.slice(html.indexOf('name="email"') - 4000))?.[0] ?? html;
    const body = new FormData();
    for (const m of form.matchAll(/<input([^>]*)>/g)) {
      const name = /name="([^"]*)"/.exec(m[1])?.[1];
      if (!name || !/type="hidden"/.test(m[1])) continue;
      body.append(decode(name), decode(/value="([^"]*)"/.exec(m[1])?.[1] ?? ""));
    }
    body.append("email", email);
    body.append("password", password);
    const res = await fetch(`${this.base}/login?next=%2Fdashboard`, { method: "POST", body, redirect: "manual", headers: { Origin: this.base, Cookie: this.cookieHeader() } });
    this.keepCookies(res);
    if (![...this.cookies.keys()].some((k) => /session-token/.test(k))) throw new Error(`Sign-in failed (HTTP ${res.status}): check the credentials.`);
    this.actionId = this.saveActionId();
  }

  private saveActionId(): string {
    const manifest = JSON.parse(readFileSync(join(this.dist, "server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
    const found = Object.entries(manifest.node).find(([, e]) => e.filename === "app/(admin)/dashboard/actions.ts" && e.exportedName === "saveRecord");
    if (!found) throw new Error(`saveRecord not found in ${this.dist}/server/server-reference-manifest.json: give --dist=<the server's build folder>`);
    return found[0];
  }

  /** Save the report with a new title, as its edit page would post it. */
  async saveReportTitle(id: number, title: string): Promise<void> {
    const [row] = await this.database.select().from(reports).where(eq(reports.id, id));
    const form = new FormData();
    form.append("kind", "report");
    form.append("id", String(id));
    form.append("version", String(row.version));
    for (const f of this.type.fields) {
      const raw = f.name === "body" ? await this.type.virtual!.body.load(this.database, row as never) : (row as Record<string, unknown>)[f.name];
      const value = raw === null || raw === undefined ? "" : raw === true ? "yes" : raw === false ? "no" : String(raw);
      form.append(f.name, f.name === "title" ? title : value);
    }
    form.append(`$ACTION_ID_${this.actionId}`, "");
    const res = await fetch(`${this.base}/dashboard/merge-people`, { method: "POST", body: form, redirect: "manual", headers: { Origin: this.base, Cookie: this.cookieHeader() } });
    const location = res.headers.get("location") ?? "";
    if (!location.includes("saved=updated")) throw new Error(`Save refused (HTTP ${res.status}, location "${location}")`);
  }

  /** A published report whose public page answers 200 at `readUrl`. */
  async pickReport(readUrl = this.base, skip = 0): Promise<{ id: number; slug: string; title: string }> {
    const rows = await this.database.select({ id: reports.id, slug: reports.slug, title: reports.title }).from(reports).where(eq(reports.publication, "published"));
    let seen = 0;
    for (const r of rows) if ((await fetch(`${readUrl}/reports/${r.slug}`)).status === 200 && seen++ >= skip) return r;
    throw new Error("No published report is visible on the public site.");
  }
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
