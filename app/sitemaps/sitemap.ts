import type { MetadataRoute } from "next";
import { absoluteUrl, getSitemapChunks, listSitemapEntries } from "@/lib/queries/sitemap";
import { siteConfig } from "@/lib/site-config";
import { sitemapChunkEntries } from "@/lib/sitemap/split";

/**
 * /sitemaps/sitemap/<id>.xml: the numbered files of a split sitemap, at most 50,000 URLs each,
 * listed by the index /sitemap.xml serves once the site has more (app/sitemap.xml/route.ts). A
 * smaller site has only file 0, which nothing links to. Static like /sitemap.xml, and refreshed
 * with it by the same cache tags.
 */
export async function generateSitemaps(): Promise<{ id: number }[]> {
  return (await getSitemapChunks()).map((c) => ({ id: c.id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const entries = sitemapChunkEntries(await listSitemapEntries(), Number(await id));
  return entries.map((e) => ({
    url: absoluteUrl(siteConfig.siteUrl, e.path),
    ...(e.lastModified ? { lastModified: e.lastModified } : {}),
  }));
}
