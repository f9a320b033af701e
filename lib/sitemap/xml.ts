/**
 * The two XML documents of the sitemap protocol (https://www.sitemaps.org/protocol.html): a
 * urlset (the pages) and a sitemapindex (the files of a split sitemap). Pure string building.
 */

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text or attribute content with XML's five special characters escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** One <url> or <sitemap>: an absolute URL and, when known, its last change (W3C datetime). */
export interface SitemapLocation {
  loc: string;
  lastModified: string | null;
}

function entries(tag: "url" | "sitemap", locations: readonly SitemapLocation[]): string {
  return locations
    .map((l) => `<${tag}>\n<loc>${escapeXml(l.loc)}</loc>\n${l.lastModified ? `<lastmod>${escapeXml(l.lastModified)}</lastmod>\n` : ""}</${tag}>\n`)
    .join("");
}

/** A sitemap: <urlset> of the pages. */
export function urlsetXml(urls: readonly SitemapLocation[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${entries("url", urls)}</urlset>\n`;
}

/** A sitemap index: <sitemapindex> of sitemap files. */
export function sitemapIndexXml(sitemaps: readonly SitemapLocation[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${entries("sitemap", sitemaps)}</sitemapindex>\n`;
}
