import { absoluteUrl, getSitemapChunks, listSitemapEntries } from "@/lib/queries/sitemap";
import { siteConfig } from "@/lib/site-config";
import { sitemapChunkPath } from "@/lib/sitemap/split";
import { sitemapIndexXml, urlsetXml } from "@/lib/sitemap/xml";

/**
 * Built once and kept: a crawler's request never queries the database. The data come from queries
 * tagged `sitemap` and the record kinds, so a publish (lib/publishing/revalidate.ts) marks this
 * response stale and the next request rebuilds it.
 */
export const dynamic = "force-static";

/**
 * /sitemap.xml: every published public page in one <urlset> while they fit the protocol's 50,000
 * URLs; past that, a <sitemapindex> of the numbered files app/sitemaps/sitemap.ts serves, read
 * from the same list of files as its generateSitemaps so the two always agree. (A route handler
 * because generateSitemaps serves only the numbered files, and an app/sitemap.ts beside this
 * route collides with it: vercel/next.js#87314.)
 */
export async function GET(): Promise<Response> {
  const url = (path: string) => absoluteUrl(siteConfig.siteUrl, path);
  const chunks = await getSitemapChunks();
  const xml = chunks.length > 1
    ? sitemapIndexXml(chunks.map((c) => ({ loc: url(sitemapChunkPath(c.id)), lastModified: c.lastModified })))
    : urlsetXml((await listSitemapEntries()).map((e) => ({ loc: url(e.path), lastModified: e.lastModified })));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
