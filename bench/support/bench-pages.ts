/**
 * Pages for the serving benches: a published meeting and report that the running site serves
 * (200), and a search, found in the database the site reads.
 */
import { desc, eq } from "drizzle-orm";
import type { Database } from "../../lib/db";
import { meetings, reports } from "../../lib/db/schema";

export interface BenchPage { kind: string; path: string }

async function firstServed(base: string, paths: string[]): Promise<string> {
  for (const path of paths) {
    const res = await fetch(`${base}${path}`);
    await res.arrayBuffer();
    if (res.status === 200) return path;
  }
  throw new Error(`none of ${paths.length} candidate pages answers 200 at ${base}`);
}

/** Paths of published records of a table that answer 200, latest first, at most `n`. */
export async function servedPaths(base: string, database: Database, kind: "meetings" | "reports", n: number): Promise<string[]> {
  const table = kind === "meetings" ? meetings : reports;
  const rows = await database.select({ slug: table.slug }).from(table).where(eq(table.publication, "published")).orderBy(desc(table.slug)).limit(n * 3);
  const out: string[] = [];
  for (const { slug } of rows) {
    if (out.length >= n) break;
    const res = await fetch(`${base}/${kind}/${slug}`);
    await res.arrayBuffer();
    if (res.status === 200) out.push(`/${kind}/${slug}`);
  }
  return out;
}

export async function benchPages(base: string, database: Database, query = "library"): Promise<BenchPage[]> {
  return [
    { kind: "meeting", path: await firstServed(base, await servedPaths(base, database, "meetings", 3)) },
    { kind: "report", path: await firstServed(base, await servedPaths(base, database, "reports", 3)) },
    { kind: "search", path: `/search?q=${encodeURIComponent(query)}` },
  ];
}
