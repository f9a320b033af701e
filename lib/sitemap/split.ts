/**
 * How the site's URLs are cut into sitemap files. The sitemap protocol allows 50,000 URLs per
 * file (https://www.sitemaps.org/protocol.html#index); past that, /sitemap.xml becomes a sitemap
 * index pointing at numbered files of at most that many URLs each. Pure: the routes
 * (app/sitemap.xml/route.ts, app/sitemaps/sitemap.ts) bring the entries.
 */

/** The protocol's limit of URLs in one sitemap file. */
export const SITEMAP_URL_LIMIT = 50_000;

/** One numbered sitemap file: its id (0, 1, …), how many URLs it holds and its newest lastmod. */
export interface SitemapChunk {
  id: number;
  count: number;
  lastModified: string | null;
}

/**
 * The numbered files for `entries`, in order: always at least one (an empty site still has a
 * file 0), each holding at most `limit` URLs. ISO 8601 timestamps compare as strings.
 */
export function planSitemapChunks<E extends { lastModified: string | null }>(entries: readonly E[], limit = SITEMAP_URL_LIMIT): SitemapChunk[] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a sitemap file holds at least one URL (limit ${limit})`);
  const chunks: SitemapChunk[] = [];
  for (let id = 0; id === 0 || id * limit < entries.length; id++) {
    const slice = entries.slice(id * limit, (id + 1) * limit);
    const lastModified = slice.reduce<string | null>((acc, e) => (e.lastModified !== null && (acc === null || e.lastModified > acc) ? e.lastModified : acc), null);
    chunks.push({ id, count: slice.length, lastModified });
  }
  return chunks;
}

/** The entries of file `id` (empty for an id past the end, or one that is not a whole number). */
export function sitemapChunkEntries<E>(entries: readonly E[], id: number, limit = SITEMAP_URL_LIMIT): E[] {
  if (!Number.isInteger(id) || id < 0) return [];
  return entries.slice(id * limit, (id + 1) * limit);
}

/** Site path of numbered sitemap file `id`, as Next serves app/sitemaps/sitemap.ts's generateSitemaps. */
export function sitemapChunkPath(id: number): string {
  return `/sitemaps/sitemap/${id}.xml`;
}
