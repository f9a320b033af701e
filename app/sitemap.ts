import type { MetadataRoute } from "next";
import { absoluteUrl, listSitemapEntries } from "@/lib/queries/sitemap";
import { siteConfig } from "@/lib/site-config";

/** /sitemap.xml: every published public page, built at build time and refreshed with the data's cache tags. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await listSitemapEntries();
  return entries.map((e) => ({
    url: absoluteUrl(siteConfig.siteUrl, e.path),
    ...(e.lastModified ? { lastModified: e.lastModified } : {}),
  }));
}
