const { PHASE_PRODUCTION_BUILD } = require("next/constants");

/**
 * Canonical URLs, Open Graph, the sitemap and downloads are built from SITE_URL: a production
 * build without it would publish "http://localhost:3000" in every page. Say so loudly, at the start.
 */
function warnWithoutSiteUrl(phase) {
  if (phase !== PHASE_PRODUCTION_BUILD || process.env.SITE_URL?.trim()) return;
  const line = "!".repeat(78);
  console.warn(
    [
      line,
      "!! SITE_URL is not set. This production build will use http://localhost:3000 as the",
      "!! site's public address in canonical URLs, Open Graph tags, the sitemap and JSON-LD,",
      "!! and will leave the address out of downloads. Set SITE_URL (e.g. https://committees.example.gov.uk)",
      "!! and build again before publishing.",
      line,
    ].join("\n"),
  );
}

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => {
  warnWithoutSiteUrl(phase);
  return {
    reactStrictMode: true,
    // Separate build folders let several test servers run side by side (see playwright.config.ts).
    distDir: process.env.NEXT_DIST_DIR || ".next",
    // `npm test` type-checks the whole project once before the browser tests' build.
    typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
    poweredByHeader: false,
    // Most readers arrive once, from a search engine: styles inline in the HTML save a
    // render-blocking request on slow mobile connections (Tailwind keeps the CSS small).
    // Clerks upload agenda packs (PDFs of several MB) to a server action; the importer's own cap is 20 MB.
    experimental: { inlineCss: true, serverActions: { bodySizeLimit: "21mb" } },
    // libSQL ships a native binding: keep it out of the server bundle. The time-zone package reads
    // its VTIMEZONE files from beside its own code (__dirname), which bundling would lose.
    serverExternalPackages: ["@libsql/client", "libsql", "@touch4it/ical-timezones"],
    async headers() {
      return [
        {
          source: "/:path*",
          headers: [
            { key: "X-Content-Type-Options", value: "nosniff" },
            { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
            { key: "X-Frame-Options", value: "DENY" },
            { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()" },
          ],
        },
      ];
    },
  };
};
