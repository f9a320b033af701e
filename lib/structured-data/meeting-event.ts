import type { MeetingDetail } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";

/** schema.org Event for a committee meeting, with its status and physical or virtual location. */
export function meetingEventJsonLd(m: MeetingDetail, url: string): Record<string, unknown> {
  const start = m.startTime ? `${m.date}T${m.startTime}` : m.date;
  const physical = m.venue ? { "@type": "Place", name: m.venue, address: m.venue } : null;
  const virtual = { "@type": "VirtualLocation", url };
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: `${m.committee.name}, ${m.date}`,
    startDate: start,
    ...(m.endTime ? { endDate: `${m.date}T${m.endTime}` } : {}),
    eventStatus: m.status === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: m.isVirtual ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
    location: m.isVirtual ? virtual : physical ?? virtual,
    url,
    organizer: {
      "@type": "GovernmentOrganization",
      name: m.committee.name,
      url: `${siteConfig.siteUrl}/committees/${m.committee.slug}`,
      parentOrganization: { "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite },
    },
  };
}
