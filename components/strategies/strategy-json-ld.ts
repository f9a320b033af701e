import type { StrategyDetail } from "@/lib/queries/strategies";
import { unshout } from "@/lib/format";
import { siteConfig } from "@/lib/site-config";
import { strategyTitle } from "@/components/strategies/strategy-title";

/** schema.org CreativeWork for a delivery plan, part of the meeting's papers, about its priorities. */
export function strategyJsonLd(s: StrategyDetail, url: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    name: strategyTitle(s.title),
    url,
    dateCreated: s.meeting.date,
    about: s.priorities.map((p) => unshout(p.title)),
    author: { "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite },
    ...(s.report ? { isPartOf: { "@type": "Report", name: s.report.title, url: `${siteConfig.siteUrl}/reports/${s.report.slug}` } } : {}),
  };
}
