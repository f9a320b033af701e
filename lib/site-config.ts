/**
 * Deployment settings of the public site. The defaults describe the demo dataset; a council
 * running its own copy sets these in the environment.
 */
export const siteConfig = {
  name: "Open Committee",
  councilName: process.env.COUNCIL_NAME?.trim() || "Cambridgeshire County Council",
  councilWebsite: process.env.COUNCIL_WEBSITE?.trim() || "https://www.cambridgeshire.gov.uk",
  /**
   * Absolute origin used for canonical URLs, Open Graph, the sitemap, JSON-LD and downloads.
   * Unset, it is the local development address (next.config.js warns at a production build).
   */
  siteUrl: (process.env.SITE_URL?.trim() || "http://localhost:3000").replace(/\/+$/, ""),
  /**
   * Where readers report a mistake on this site or an accessibility problem (CONTACT_EMAIL). Unset,
   * the contact page sends them to the committee's democratic services officer instead.
   */
  contactEmail: process.env.CONTACT_EMAIL?.trim() || null,
  /** False when SITE_URL is unset: downloads then leave the address out rather than print localhost. */
  siteUrlConfigured: Boolean(process.env.SITE_URL?.trim()),
  dataAttribution:
    "Contains public sector information licensed under the Open Government Licence v3.0.",
};
