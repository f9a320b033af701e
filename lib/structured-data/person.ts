import { partyName } from "@/lib/format";
import type { PersonDetail } from "@/lib/queries/people";
import { siteConfig } from "@/lib/site-config";

/** schema.org Person: committee roles as memberOf, the latest post as jobTitle, the names the packs print. */
export function personJsonLd(p: PersonDetail, url: string): Record<string, unknown> {
  const jobTitle = p.posts.find((x) => !x.validTo)?.title ?? (!p.isCouncillor ? p.printedPosts[0]?.post : undefined) ?? (p.isCouncillor ? "Councillor" : undefined);
  const party = partyName(p.party);
  const memberOf: Record<string, unknown>[] = p.memberships.map((m) => ({
    "@type": "OrganizationRole",
    roleName: m.history[0].roleAsPrinted ?? (m.history[0].role === "member" ? "Member" : m.history[0].role),
    startDate: m.history[m.history.length - 1].meeting.date,
    memberOf: {
      "@type": "GovernmentOrganization", name: m.committee.name, url: `${siteConfig.siteUrl}/committees/${m.committee.slug}`,
      parentOrganization: { "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite },
    },
  }));
  for (const a of p.appointments) {
    memberOf.push({
      "@type": "OrganizationRole",
      roleName: a.isSubstitute ? "Substitute representative" : "Council representative",
      memberOf: { "@type": "Organization", name: a.body.name, url: `${siteConfig.siteUrl}/outside-bodies/${a.body.slug}` },
    });
  }
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    name: p.name,
    ...(p.honorific ? { honorificPrefix: p.honorific } : {}),
    ...(p.alsoPrintedAs.length ? { alternateName: p.alsoPrintedAs } : {}),
    url,
    ...(jobTitle ? { jobTitle } : {}),
    ...(p.isCouncillor || p.printedPosts.length
      ? { worksFor: { "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite } }
      : {}),
    ...(party ? { affiliation: { "@type": "PoliticalParty", name: party } } : {}),
    ...(memberOf.length ? { memberOf } : {}),
  };
}
