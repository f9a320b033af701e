import type { CommitteeDetail } from "@/lib/queries/committees";
import type { OutsideBodyDetail } from "@/lib/queries/outside-bodies";
import { siteConfig } from "@/lib/site-config";

const council = () => ({ "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite });

/** schema.org GovernmentOrganization for a committee: its council, members (with roles) and meetings. */
export function committeeJsonLd(c: CommitteeDetail, url: string): Record<string, unknown> {
  const members = c.current?.members ?? [];
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentOrganization",
    name: c.name,
    ...(c.alsoPrintedAs.length ? { alternateName: c.alsoPrintedAs } : {}),
    ...(c.description ? { description: c.description } : {}),
    url,
    parentOrganization: council(),
    ...(members.length
      ? {
        member: members.map((m) => ({
          "@type": "OrganizationRole",
          roleName: m.roleAsPrinted ?? (m.role === "member" ? "Member" : m.role),
          member: { "@type": "Person", name: m.name, url: `${siteConfig.siteUrl}/people/${m.personSlug}` },
        })),
      }
      : {}),
    event: c.meetings.slice(0, 10).map((m) => ({
      "@type": "Event", name: `${c.name}, ${m.date}`, startDate: m.startTime ? `${m.date}T${m.startTime}` : m.date,
      url: `${siteConfig.siteUrl}/meetings/${m.slug}`,
    })),
  };
}

/** schema.org Organization for an outside body, with the councillors appointed to it. */
export function outsideBodyJsonLd(b: OutsideBodyDetail, url: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: b.name,
    ...(b.description ? { description: b.description } : {}),
    url,
    ...(b.representatives.length
      ? {
        member: b.representatives.map((r) => ({
          "@type": "OrganizationRole",
          roleName: r.isSubstitute ? "Substitute representative" : "Council representative",
          member: {
            "@type": "Person",
            name: r.person?.name ?? r.nameAsPrinted.replace(/^Councillor\s+/i, ""),
            ...(r.person ? { url: `${siteConfig.siteUrl}/people/${r.person.slug}` } : {}),
            memberOf: council(),
          },
        })),
      }
      : {}),
  };
}
