import type { StrategyDetail } from "@/lib/queries/strategies";
import { readableCase } from "@/lib/text/readable-case";
import { siteConfig } from "@/lib/site-config";

/** schema.org CreativeWork for a delivery plan, part of the meeting's papers, about its priorities. */
export function strategyJsonLd(s: StrategyDetail, url: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    name: readableCase(s.title, { properNames: [s.committee.name] }),
    url,
    dateCreated: s.meeting.date,
    about: s.priorities.map((p) => readableCase(p.title)),
    author: { "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite },
    ...(s.report ? { isPartOf: { "@type": "Report", name: readableCase(s.report.title, { properNames: [s.committee.name] }), url: `${siteConfig.siteUrl}/reports/${s.report.slug}` } } : {}),
  };
}
