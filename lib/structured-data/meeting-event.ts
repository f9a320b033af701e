import { formatDate } from "@/lib/format";
import type { MeetingDetail } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";

export const OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/** "+01:00" in British Summer Time, "+00:00" otherwise: meeting times are printed as UK local time. */
/** Made once: a formatter costs far more to build than to use, and lists and feeds call this per meeting. */
const LONDON_OFFSET = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "longOffset" });

export function londonOffset(date: string, time = "12:00"): string {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  // Read the London offset at that wall-clock time (taken as UTC; a one-hour error only matters at the 1am switch-over).
  const part = LONDON_OFFSET
    .formatToParts(new Date(Date.UTC(y, m - 1, d, hh, mm)))
    .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(part);
  return match ? `${match[1]}:${match[2] ?? "00"}` : "+00:00";
}

/** "Room 128, Shire Hall, Castle Hill, Cambridge, CB3 0AP" as a schema.org PostalAddress, when it ends in a postcode. */
export function venueAddress(venue: string): Record<string, unknown> | string {
  const parts = venue.split(",").map((p) => p.trim()).filter(Boolean);
  const postcode = parts.at(-1);
  if (!postcode || !/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(postcode) || parts.length < 3) return venue;
  return {
    "@type": "PostalAddress",
    streetAddress: parts.slice(0, -2).join(", "),
    addressLocality: parts.at(-2),
    postalCode: postcode,
    addressCountry: "GB",
  };
}

/** The venue without its town and postcode: "Room 128, Shire Hall, Castle Hill". */
export function placeName(venue: string): string {
  const address = venueAddress(venue);
  return typeof address === "string" ? venue : String(address.streetAddress) || venue;
}

/** schema.org Event for a committee meeting, with its status and physical or virtual location. */
export function meetingEventJsonLd(m: MeetingDetail, url: string): Record<string, unknown> {
  const at = (time: string) => `${m.date}T${time}:00${londonOffset(m.date, time)}`;
  const location = m.isVirtual
    ? { "@type": "VirtualLocation", url }
    : m.venue
      ? { "@type": "Place", name: placeName(m.venue), address: venueAddress(m.venue) }
      : null;
  const mode = m.isVirtual
    ? "https://schema.org/OnlineEventAttendanceMode"
    : m.venue ? "https://schema.org/OfflineEventAttendanceMode" : null;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: `${m.committee.name}, ${formatDate(m.date)}`,
    description: `Meeting of the ${m.committee.name} of ${siteConfig.councilName}${m.minutes ? ", with its minutes and decisions" : ""}.`,
    startDate: m.startTime ? at(m.startTime) : m.date,
    ...(m.endTime ? { endDate: at(m.endTime) } : {}),
    eventStatus: m.status === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    ...(mode ? { eventAttendanceMode: mode } : {}),
    ...(location ? { location } : {}),
    url,
    isAccessibleForFree: true,
    organizer: {
      "@type": "GovernmentOrganization",
      name: m.committee.name,
      url: `${siteConfig.siteUrl}/committees/${m.committee.slug}`,
      parentOrganization: { "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite },
    },
    ...(m.pack
      ? {
          subjectOf: {
            "@type": "DigitalDocument",
            name: `Agenda pack, ${m.committee.name}, ${formatDate(m.date)}`,
            url: `${siteConfig.siteUrl}${m.pack.href}`,
            encodingFormat: "text/plain",
            license: OGL_URL,
          },
        }
      : {}),
  };
}
