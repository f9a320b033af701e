/**
 * First-load JavaScript of each page type: the scripts a modern browser fetches for a cold visit,
 * summed raw and gzipped. `nomodule` scripts (the polyfills only browsers without ES modules
 * load) are left out of the sum and shown apart. Run against a production server:
 *
 *   npx tsx bench/page-weight.ts [http://127.0.0.1:3000]
 */
import { gzipSync } from "node:zlib";

const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/+$/, "");

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

/** One URL per page type, discovered from the sitemap (first of each path pattern). */
async function pageTypes(): Promise<Map<string, string>> {
  const xml = await text(`${base}/sitemap.xml`).catch(() => "");
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const types = new Map<string, string>([["home", "/"]]);
  for (const path of urls) {
    const parts = path.split("/").filter(Boolean);
    if (parts.length === 0) continue;
    const type = parts.length === 1 ? parts[0] : `${parts[0]}/[slug]`;
    if (!types.has(type)) types.set(type, path);
  }
  if (types.size === 1) types.set("meetings/[slug]", "/meetings/2021-03-04-communities-and-partnership-committee");
  return types;
}

async function main(): Promise<void> {
  const cache = new Map<string, { raw: number; gzip: number }>();
  console.log(`first-load JS at ${base} (raw / gzip, KB)`);
  for (const [type, path] of await pageTypes()) {
    const html = await text(`${base}${path}`);
    const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)];
    const legacyOnly = new Set(tags.filter((m) => /\bnomodule\b/i.test(m[0])).map((m) => m[1]));
    const srcs = [...new Set(tags.map((m) => m[1]))].filter((src) => !legacyOnly.has(src));
    let raw = 0;
    let gzip = 0;
    for (const src of srcs) {
      const url = new URL(src, base).toString();
      if (!cache.has(url)) {
        const body = Buffer.from(await (await fetch(url)).arrayBuffer());
        cache.set(url, { raw: body.length, gzip: gzipSync(body).length });
      }
      raw += cache.get(url)!.raw;
      gzip += cache.get(url)!.gzip;
    }
    const legacy = legacyOnly.size ? `, +${legacyOnly.size} nomodule` : "";
    console.log(`${type.padEnd(22)} ${(raw / 1024).toFixed(1).padStart(7)} / ${(gzip / 1024).toFixed(1).padStart(6)}  (${srcs.length} scripts${legacy})  ${path}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
