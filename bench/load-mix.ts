/**
 * What the load drill's readers ask for, and how often: a list, so a new kind of request (the
 * open-data API, feeds, calendars) is one more entry. `paths` gets candidates from the database;
 * the drill keeps those the site answers with 200 and drops an entry with none (saying so), so
 * an entry for a route this build lacks does not fail the drill.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../lib/db";

export interface MixEntry {
  kind: string;
  /** Relative frequency among the entries. */
  weight: number;
  paths: (database: Database) => Promise<string[]>;
}

async function slugs(database: Database, query: ReturnType<typeof sql>): Promise<string[]> {
  return ((await database.all(query)) as { slug: string }[]).map((r) => r.slug);
}

const SEARCHES = ["library", "budget", "children", "highways", "climate change", "minutes", "local assistance scheme", "finance monitoring", "care", "transport"];

export const LOAD_MIX: MixEntry[] = [
  { kind: "home", weight: 6, paths: async () => ["/"] },
  { kind: "meeting", weight: 25, paths: async (db) => (await slugs(db, sql`select slug from meetings where publication = 'published' order by meeting_date desc limit 40`)).map((s) => `/meetings/${s}`) },
  { kind: "report", weight: 22, paths: async (db) => (await slugs(db, sql`select slug from reports where publication = 'published' order by slug desc limit 40`)).map((s) => `/reports/${s}`) },
  { kind: "decision", weight: 10, paths: async (db) => (await slugs(db, sql`select slug from resolutions where publication = 'published' order by slug desc limit 30`)).map((s) => `/decisions/${s}`) },
  { kind: "person", weight: 4, paths: async (db) => (await slugs(db, sql`select slug from people order by id limit 20`)).map((s) => `/people/${s}`) },
  { kind: "committee", weight: 4, paths: async (db) => (await slugs(db, sql`select slug from committees where publication = 'published' order by id limit 10`)).map((s) => `/committees/${s}`) },
  { kind: "list", weight: 10, paths: async () => ["/meetings", "/reports", "/decisions", "/committees", "/people", "/forward-plan", "/funding", "/calendar"] },
  { kind: "search", weight: 15, paths: async () => SEARCHES.map((q) => `/search?q=${encodeURIComponent(q)}`) },
  { kind: "sitemap", weight: 1, paths: async () => ["/sitemap.xml", "/robots.txt"] },
  // The open-data API and feeds, where the build has them (entries without a 200 are dropped):
  { kind: "api", weight: 8, paths: async () => ["/api/v1/meetings", "/api/v1/reports", "/api/v1/resolutions", "/api/v1/committees", "/api/v1/search?q=library"] },
  { kind: "feed", weight: 3, paths: async () => ["/feeds/meetings.atom", "/feeds/decisions.atom", "/feeds/documents.atom", "/feeds/meetings.ics", "/calendar"] },
];
