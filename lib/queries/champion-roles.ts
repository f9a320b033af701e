import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { championRoles, committees, meetings, people, reports } from "@/lib/db/schema";
import type { MeetingRef } from "@/lib/queries/committees";
import { isPublic, joinPublic } from "@/lib/queries/visibility";

/** Where the papers state a champion role: a report to a meeting, a minute, or the meeting's agenda. */
export type ChampionRoleSource =
  | { kind: "report"; report: { slug: string; title: string }; meeting: MeetingRef }
  | { kind: "minute"; minuteNumber: number; meeting: MeetingRef }
  | { kind: "meeting"; meeting: MeetingRef };

export interface ChampionRole {
  area: string;
  roleLabel: string;
  committee: { slug: string; name: string };
  person: { slug: string; name: string };
  /** Null when the papers only say when the role ended. */
  validFrom: string | null;
  validTo: string | null;
  source: ChampionRoleSource | null;
}

/**
 * Champion roles matching `where`, on published committees and people, newest spell first
 * within each area. Shared by the person and committee queries (each caches its own result).
 */
export async function selectChampionRoles(where: SQL): Promise<ChampionRole[]> {
  const rows = await db
    .select({
      area: championRoles.area, roleLabel: championRoles.roleLabel, validFrom: championRoles.validFrom, validTo: championRoles.validTo,
      minuteNumber: championRoles.minuteNumber, committeeSlug: committees.slug, committeeName: committees.name,
      personSlug: people.slug, personName: people.fullName, meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
      reportSlug: reports.slug, reportTitle: reports.title,
    })
    .from(championRoles)
    .innerJoin(committees, eq(committees.id, championRoles.committeeId))
    .innerJoin(people, eq(people.id, championRoles.personId))
    .leftJoin(meetings, joinPublic.meeting(championRoles.statedAtMeetingId))
    .leftJoin(reports, joinPublic.report(championRoles.reportId))
    .where(and(where, isPublic.committee, isPublic.person))
    .orderBy(asc(championRoles.area), asc(championRoles.id));
  return rows
    .map((r) => {
      const meeting = r.meetingSlug && r.meetingDate ? { slug: r.meetingSlug, date: r.meetingDate } : null;
      const source: ChampionRoleSource | null = !meeting
        ? null
        : r.reportSlug && r.reportTitle ? { kind: "report", report: { slug: r.reportSlug, title: r.reportTitle }, meeting }
        : r.minuteNumber !== null ? { kind: "minute", minuteNumber: r.minuteNumber, meeting }
        : { kind: "meeting", meeting };
      return {
        area: r.area, roleLabel: r.roleLabel, committee: { slug: r.committeeSlug, name: r.committeeName },
        person: { slug: r.personSlug, name: r.personName }, validFrom: r.validFrom, validTo: r.validTo, source,
      };
    })
    .sort((a, b) => a.area.localeCompare(b.area, "en-GB") || spellOrder(b) - spellOrder(a) || (b.validFrom ?? "").localeCompare(a.validFrom ?? ""));
}

/** Open spells before closed ones, then by when they ended. */
function spellOrder(r: { validTo: string | null }): number {
  return r.validTo === null ? Number.MAX_SAFE_INTEGER : Date.parse(r.validTo);
}

/** Whether a spell is still open (the papers record no successor or vacancy). */
export function isCurrentChampionRole(role: { validTo: string | null }): boolean {
  return role.validTo === null;
}
