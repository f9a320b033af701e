import { formatDate } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { ReportDetail } from "@/lib/queries/reports";
import { siteConfig } from "@/lib/site-config";
import { OGL_URL } from "@/lib/structured-data/meeting-event";

/**
 * schema.org Report for an officer report: what it is about (the meeting it went to), who wrote it
 * (its officer contacts, else the post it is "From"), and a publication date: packs print none, so the meeting date.
 */
export function reportJsonLd(r: ReportDetail, url: string): Record<string, unknown> {
  const meetingUrl = `${siteConfig.siteUrl}/meetings/${r.meeting.slug}`;
  const council = { "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite };
  const officers = r.contacts.filter((c) => c.type === "officer");
  const author = officers.length
    ? officers.map((c) => ({
        "@type": "Person",
        name: c.person?.name ?? c.name,
        ...(c.post ? { jobTitle: c.post } : {}),
        ...(c.person ? { url: `${siteConfig.siteUrl}/people/${c.person.slug}` } : {}),
        worksFor: council,
      }))
    : r.fromText
      ? { "@type": "Organization", name: r.fromText, parentOrganization: council }
      : council;
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    name: readableCase(r.title, { properNames: [r.meeting.committee.name] }),
    url,
    inLanguage: "en-GB",
    ...(r.purpose ? { abstract: r.purpose } : {}),
    ...(r.forwardPlanRef ? { reportNumber: r.forwardPlanRef } : {}),
    datePublished: r.meeting.date,
    author,
    publisher: council,
    license: OGL_URL,
    about: {
      "@type": "Event",
      name: `${r.meeting.committee.name}, ${formatDate(r.meeting.date)}`,
      startDate: r.meeting.date,
      url: meetingUrl,
    },
    isPartOf: { "@type": "WebPage", url: meetingUrl },
  };
}
