/** Committees, people, their memberships, outside bodies and appointments to them. */
import * as z from "zod";
import { CommitteeRef, MeetingRef, OutsideBodyRef, PersonRef, date, id, slug, url } from "./common";

export const Committee = z.object({
  id, slug, url,
  name: z.string(),
  shortName: z.string().nullable(),
  description: z.string().nullable(),
  updatedAt: z.string().meta({ description: "When the record last changed (ISO 8601)" }),
}).meta({ id: "Committee" });

export const Person = z.object({
  id, slug, url,
  name: z.string(),
  honorific: z.string().nullable(),
  isCouncillor: z.boolean(),
  party: z.string().nullable().meta({ description: "Party as printed in the papers (Con, Lib Dem...)" }),
  updatedAt: z.string(),
}).meta({ id: "Person" });

export const MEMBERSHIP_ROLES = ["chair", "vice_chair", "member", "substitute"] as const;

export const Membership = z.object({
  id,
  committee: CommitteeRef,
  person: PersonRef,
  role: z.enum(MEMBERSHIP_ROLES),
  roleAsPrinted: z.string().nullable(),
  asAtMeeting: MeetingRef.nullable().meta({ description: "The meeting whose agenda pack listed this membership" }),
  validFrom: date.nullable(),
  validTo: date.nullable(),
}).meta({ id: "Membership" });

export const OutsideBody = z.object({
  id, slug, url,
  number: z.number().int().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  meetingsPerAnnum: z.string().nullable(),
  repsAppointed: z.string().nullable(),
  appointingCommittee: CommitteeRef.nullable(),
}).meta({ id: "OutsideBody" });

export const Appointment = z.object({
  id,
  outsideBody: OutsideBodyRef,
  person: PersonRef.nullable().meta({ description: "The person, when the papers' name was matched to one" }),
  nameAsPrinted: z.string(),
  party: z.string().nullable(),
  isSubstitute: z.boolean(),
  listedAtMeeting: MeetingRef.nullable(),
}).meta({ id: "Appointment" });

export type CommitteeOut = z.input<typeof Committee>;
export type PersonOut = z.input<typeof Person>;
export type MembershipOut = z.input<typeof Membership>;
export type OutsideBodyOut = z.input<typeof OutsideBody>;
export type AppointmentOut = z.input<typeof Appointment>;
