import "server-only";
/**
 * The Popolo export and Open Civic Data events, built from the same API records (and so the same
 * ids, urls, names and dates) as /api/v1/people, /committees, /memberships and /meetings.
 */
import type * as z from "zod";
import { siteConfig } from "@/lib/site-config";
import type { MeetingWithAgendaOut } from "./schemas/meetings";
import type { OcdEvent, PopoloExport } from "./schemas/standards";
import { listApiAppointments, listApiCommittees, listApiMemberships, listApiOutsideBodies, listApiPeople } from "@/lib/queries/api/organisations";
import { londonOffset } from "@/lib/structured-data/meeting-event";

const ALL = { limit: -1, offset: 0 };
const ROLE_LABEL = { chair: "Chair", vice_chair: "Vice-Chair", member: "Member", substitute: "Substitute" } as const;

export async function popoloExport(): Promise<z.input<typeof PopoloExport>> {
  const [people, committees, memberships, bodies, appointments] = await Promise.all([
    listApiPeople(ALL), listApiCommittees(ALL), listApiMemberships(ALL), listApiOutsideBodies(ALL), listApiAppointments(ALL),
  ]);
  const council = siteConfig.councilWebsite;
  const page = (url: string) => [{ url, note: "page on this site" }];

  // A membership row is one pack's list; Popolo wants one membership per person, committee and
  // role, from the first list that shows it (as the person's JSON-LD dates it).
  const spans = new Map<string, { committee: string; person: string; role: keyof typeof ROLE_LABEL; label: string | null; from: string | null }>();
  for (const m of [...memberships.rows].sort((a, b) => (a.validFrom ?? a.asAtMeeting?.date ?? "").localeCompare(b.validFrom ?? b.asAtMeeting?.date ?? ""))) {
    const key = `${m.committee.url} ${m.person.url} ${m.role}`;
    if (!spans.has(key)) spans.set(key, { committee: m.committee.url, person: m.person.url, role: m.role, label: m.roleAsPrinted, from: m.validFrom ?? m.asAtMeeting?.date ?? null });
  }
  const postId = (committee: string, role: string) => `${committee}#${role}`;

  return {
    persons: people.rows.map((p) => ({ id: p.url, name: p.name, ...(p.honorific ? { honorific_prefix: p.honorific } : {}), links: page(p.url) })),
    organizations: [
      { id: council, name: siteConfig.councilName, classification: "council", links: [{ url: council, note: "council website" }] },
      ...committees.rows.map((c) => ({ id: c.url, name: c.name, classification: "committee" as const, parent_id: council, links: page(c.url) })),
      ...bodies.rows.map((b) => ({ id: b.url, name: b.name, classification: "outside body" as const, links: page(b.url) })),
    ],
    posts: committees.rows.flatMap((c) => (["chair", "vice_chair"] as const).map((role) => ({
      id: postId(c.url, role), label: `${ROLE_LABEL[role]}, ${c.name}`, role: ROLE_LABEL[role], organization_id: c.url,
    }))),
    memberships: [
      ...[...spans.values()].map((s, i) => ({
        id: `committee-membership-${i + 1}`, person_id: s.person, organization_id: s.committee, role: ROLE_LABEL[s.role],
        ...(s.label ? { label: s.label } : {}),
        ...(s.role === "chair" || s.role === "vice_chair" ? { post_id: postId(s.committee, s.role) } : {}),
        ...(s.from ? { start_date: s.from } : {}),
      })),
      ...appointments.rows.filter((a) => a.person).map((a) => ({
        id: `appointment-${a.id}`, person_id: a.person!.url, organization_id: a.outsideBody.url,
        role: a.isSubstitute ? "Substitute representative" : "Council representative", on_behalf_of_id: council,
        ...(a.listedAtMeeting ? { start_date: a.listedAtMeeting.date } : {}),
      })),
    ],
  };
}

function ocdStatus(m: MeetingWithAgendaOut): z.input<typeof OcdEvent>["status"] {
  if (m.status === "cancelled" || m.scheduleStatus === "postponed") return "cancelled";
  if (m.status === "held") return "passed";
  return m.scheduleStatus === "provisional" || m.scheduleStatus === "reserve" ? "tentative" : "confirmed";
}

/** A meeting as an Open Civic Data event: the committee as host, the agenda with its reports. */
export function ocdEvent(m: MeetingWithAgendaOut): z.input<typeof OcdEvent> {
  return {
    id: m.url,
    _type: "event",
    name: m.name,
    description: `Meeting of the ${m.committee.name} of ${siteConfig.councilName}.`,
    classification: "committee-meeting",
    start_date: m.start,
    ...(m.endTime ? { end_date: `${m.date}T${m.endTime}:00${londonOffset(m.date, m.endTime)}` } : {}),
    timezone: "Europe/London",
    all_day: false,
    status: ocdStatus(m),
    location: m.isVirtual ? { name: m.virtualPlatforms ? `Online (${m.virtualPlatforms})` : "Online", url: m.url } : m.venue ? { name: m.venue } : null,
    participants: [{ entity_type: "organization", entity_name: m.committee.name, entity_id: m.committee.url, note: "host" }],
    links: [{ url: m.url, note: "meeting page" }],
    sources: m.agendaPackUrl ? [{ url: m.agendaPackUrl, note: "agenda pack", media_type: "text/plain" }] : [{ url: m.url, note: "meeting page" }],
    documents: m.agendaPackJsonUrl
      ? [{ note: "Agenda pack (agenda-pack JSON)", date: m.date, links: [{ url: m.agendaPackJsonUrl, note: "agenda-pack JSON", media_type: "application/json" }] }]
      : [],
    agenda: m.agenda.map((item) => ({
      description: item.title, order: item.number, classification: [item.kind], notes: [],
      related_entities: item.report ? [{ entity_type: "report", entity_name: item.report.title, entity_id: item.report.url, note: "report" }] : [],
    })),
  };
}
