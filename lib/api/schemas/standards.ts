/**
 * Exports in other projects' shapes: Popolo (people, organizations, memberships, posts;
 * https://www.popoloproject.com/specs/) and Open Civic Data events (OCDEP 4). Snake case, as those
 * specs write it. Ids are this site's page URLs, so they match each record's JSON-LD and `url`.
 */
import * as z from "zod";
import { date, url } from "./common";

const Link = z.object({ url, note: z.string() }).meta({ id: "PopoloLink" });

export const PopoloPerson = z.object({
  id: url, name: z.string(), honorific_prefix: z.string().optional(),
  links: z.array(Link),
}).meta({ id: "PopoloPerson" });

export const PopoloOrganization = z.object({
  id: url, name: z.string(), classification: z.enum(["council", "committee", "outside body"]),
  parent_id: url.optional(), links: z.array(Link),
}).meta({ id: "PopoloOrganization" });

export const PopoloPost = z.object({
  id: z.string(), label: z.string(), role: z.string(), organization_id: url,
}).meta({ id: "PopoloPost" });

export const PopoloMembership = z.object({
  id: z.string(), person_id: url, organization_id: url, post_id: z.string().optional(), role: z.string(),
  label: z.string().optional(), start_date: date.optional(), end_date: date.optional(),
  on_behalf_of_id: z.string().optional(),
}).meta({ id: "PopoloMembership" });

export const PopoloExport = z.object({
  persons: z.array(PopoloPerson),
  organizations: z.array(PopoloOrganization),
  memberships: z.array(PopoloMembership),
  posts: z.array(PopoloPost),
}).meta({ id: "PopoloExport", description: "People, committees and outside bodies, their posts and memberships, as Popolo JSON" });

const OcdLink = z.object({ url, note: z.string(), media_type: z.string().optional() });

export const OcdEvent = z.object({
  id: url,
  _type: z.literal("event"),
  name: z.string(),
  description: z.string(),
  classification: z.literal("committee-meeting"),
  start_date: z.string().meta({ description: "ISO 8601 with the UK offset, or the date alone" }),
  end_date: z.string().optional(),
  timezone: z.literal("Europe/London"),
  all_day: z.boolean(),
  status: z.enum(["confirmed", "tentative", "cancelled", "passed"]),
  location: z.object({ name: z.string(), url: url.optional() }).nullable(),
  participants: z.array(z.object({ entity_type: z.literal("organization"), entity_name: z.string(), entity_id: url, note: z.string() })),
  links: z.array(OcdLink),
  sources: z.array(OcdLink),
  documents: z.array(z.object({ note: z.string(), date: date, links: z.array(OcdLink) })),
  agenda: z.array(z.object({
    description: z.string(), order: z.string(), classification: z.array(z.string()), notes: z.array(z.string()),
    related_entities: z.array(z.object({ entity_type: z.string(), entity_name: z.string(), entity_id: url, note: z.string() })),
  })),
}).meta({ id: "OcdEvent", description: "A meeting as an Open Civic Data event" });
