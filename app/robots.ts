import type { MetadataRoute } from "next";
import { siteConfig } from "@/lib/site-config";

/** /robots.txt: the public site is open to every crawler; the clerks' dashboard and the sign-in API are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/api/auth"] },
    sitemap: `${siteConfig.siteUrl}/sitemap.xml`,
  };
}
