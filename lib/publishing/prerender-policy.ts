/**
 * What `next build` prerenders. A county council has fifteen years of papers: prerendering every
 * meeting, report and decision makes the build grow with the archive (tens of thousands of pages).
 * Readers mostly reach the recent and upcoming ones, so the build prerenders, per route, the
 * `PRERENDER_PER_ROUTE` (default 200) records with the latest dates (slugs of dated records
 * start with YYYY-MM-DD, upcoming meetings first), or the first ones for undated records. Every
 * other public record renders on its first request and is then kept like a prerendered page
 * (dynamicParams), and unknown slugs are refused by the proxy before any render
 * (lib/publishing/slug-gate.ts). `PRERENDER_PER_ROUTE=all` prerenders everything.
 */
const DEFAULT_PER_ROUTE = 200;

export function prerenderLimit(value = process.env.PRERENDER_PER_ROUTE): number {
  if (value?.trim().toLowerCase() === "all") return Infinity;
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 0 ? n : DEFAULT_PER_ROUTE;
}

const DATED = /^\d{4}-\d{2}-\d{2}/;

/** The slugs to prerender, latest dated first (undated ones keep their order, after the dated). */
export function slugsToPrerender(slugs: string[], limit = prerenderLimit()): string[] {
  if (slugs.length <= limit) return slugs;
  const dated = slugs.filter((s) => DATED.test(s)).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  return [...dated, ...slugs.filter((s) => !DATED.test(s))].slice(0, limit);
}

/** generateStaticParams' answer for a `[slug]` route. */
export function prerenderParams(slugs: string[], limit = prerenderLimit()): { slug: string }[] {
  return slugsToPrerender(slugs, limit).map((slug) => ({ slug }));
}
