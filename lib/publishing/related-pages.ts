/**
 * Which record pages show a meeting, a report or an action besides its own page: the record tags
 * (lib/cache-tags.ts) that lib/publishing/change-targets.ts expires for a change to it. Record pages
 * carry their own tag rather than a kind tag for what they show (a committee page is not tagged
 * `reports`), so this is where "report R appears on committee C's page" is known; each query
 * mirrors the page's own read in lib/queries/<kind>.ts (say which, so the two stay in step).
 *
 * These run after the write, so they see where a record is now. That is exact for what a clerk
 * edits in place (a report's title, an action's status): the record cannot leave a page by it.
 * The one in-place edit that can move a record between pages, a report's "From:" line (which
 * decides whose person pages list it, by name), is read from both sides: now, and before the
 * latest edit from the audit trail. Rows that tie people to a meeting (attendance, memberships,
 * contacts) are edited as parts of the meeting, whose change still expires the person pages by
 * their kind tags (see lib/queries/people.ts), so their removals are covered too.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { mentionsName } from "@/lib/text/names";

async function tagsFrom(database: Database, query: SQL): Promise<string[]> {
  const rows = (await database.all(query)) as { tag: string | null }[];
  return rows.flatMap((r) => (r.tag ? [r.tag] : []));
}

/**
 * The pages that list or link a meeting or its parts: its committee (and the committees whose plan
 * or workshops its pack printed), the committee's other meetings (each page lists its siblings), the
 * meetings whose packs printed its minutes or whose minutes it printed, and its reports (and those its
 * minutes considered), decisions, strategies and actions (each names the meeting). Person pages still
 * carry the `meetings` and `minutes` kind tags, outside body pages `meetings` (see the header).
 */
export function pagesShowingMeeting(database: Database, meetingId: number): Promise<string[]> {
  const committeeId = sql`(select committee_id from meetings where id = ${meetingId})`;
  return tagsFrom(database, sql`
    select 'committee:' || slug as tag from committees where id = ${committeeId}
    union select 'committee:' || c.slug from agenda_plan_entries p join committees c on c.id = p.committee_id where p.published_with_meeting_id = ${meetingId}
    union select 'committee:' || c.slug from workshops w join committees c on c.id = w.committee_id where w.published_with_meeting_id = ${meetingId}
    union select 'meeting:' || slug from meetings where committee_id = ${committeeId}
    union select 'meeting:' || m.slug from minutes mi join meetings m on m.id = mi.printed_in_meeting_id where mi.meeting_id = ${meetingId}
    union select 'meeting:' || m.slug from minutes mi join meetings m on m.id = mi.meeting_id where mi.printed_in_meeting_id = ${meetingId}
    union select 'report:' || slug from reports where meeting_id = ${meetingId}
    union select 'report:' || r.slug from minute_entries e join minutes mi on mi.id = e.minutes_id
      join reports r on r.id = e.report_id where mi.meeting_id = ${meetingId}
    union select 'decision:' || r.slug from resolutions r join minute_entries e on e.id = r.minute_entry_id
      join minutes mi on mi.id = e.minutes_id where mi.meeting_id = ${meetingId}
    union select 'strategy:' || slug from strategies where meeting_id = ${meetingId}
    union select 'action:' || slug from actions where origin_meeting_id = ${meetingId}
      or id in (select action_id from action_updates where reported_at_meeting_id = ${meetingId})
  `);
}

/**
 * The pages that show a report: its meeting's (agenda and papers), the meetings whose minutes
 * considered it, the decisions taken on it, the strategies it presented, the committees and people
 * of the champion roles it records (lib/queries/champion-roles.ts), its contacts, and the people its
 * "From:" line names. A committee page lists no other reports.
 */
export async function pagesShowingReport(database: Database, reportId: number): Promise<string[]> {
  const [tags, named] = await Promise.all([
    tagsFrom(database, sql`
      select 'meeting:' || m.slug as tag from reports r join meetings m on m.id = r.meeting_id where r.id = ${reportId}
      union select 'meeting:' || m.slug from minute_entries e join minutes mi on mi.id = e.minutes_id join meetings m on m.id = mi.meeting_id where e.report_id = ${reportId}
      union select 'decision:' || res.slug from resolutions res join minute_entries e on e.id = res.minute_entry_id where e.report_id = ${reportId}
      union select 'strategy:' || slug from strategies where report_id = ${reportId}
      union select 'committee:' || c.slug from champion_roles cr join committees c on c.id = cr.committee_id where cr.report_id = ${reportId}
      union select 'person:' || p.slug from people p where p.id in (
        select person_id from report_contacts where report_id = ${reportId}
        union select person_id from champion_roles where report_id = ${reportId})
    `),
    peopleNamedByReport(database, reportId),
  ]);
  return [...tags, ...named];
}

/**
 * The people a report's "From:" line names now and named before its latest edit (lib/queries/people.ts
 * lists a report on the page of each person whose full name or alias of two words or more it mentions).
 */
async function peopleNamedByReport(database: Database, reportId: number): Promise<string[]> {
  const [current, audited] = await Promise.all([
    database.all(sql`select from_text as text from reports where id = ${reportId}`) as Promise<{ text: string | null }[]>,
    database.all(sql`select json_extract(before, '$.fromText') as text from audit_log
      where entity_type = 'report' and entity_id = ${reportId} order by id desc limit 1`) as Promise<{ text: string | null }[]>,
  ]);
  const texts = [...current, ...audited].flatMap((r) => (typeof r.text === "string" && r.text.trim() ? [r.text] : []));
  if (!texts.length) return [];
  const names = (await database.all(sql`
    select p.slug, p.full_name as name from people p
    union all select p.slug, a.alias from person_aliases a join people p on p.id = a.person_id
  `)) as { slug: string; name: string }[];
  const slugs = new Set<string>();
  for (const n of names) {
    if (n.name.includes(" ") && texts.some((t) => mentionsName(t, n.name))) slugs.add(`person:${n.slug}`);
  }
  return [...slugs];
}

/**
 * The pages that show an action: its committee's, its origin meeting's and the meetings its updates
 * were reported at, the decisions of the minute that set it (of the whole meeting when the log
 * names no minute: lib/queries/decisions.ts loadActionLinks), and its owners'.
 */
export function pagesShowingAction(database: Database, actionId: number): Promise<string[]> {
  return tagsFrom(database, sql`
    select 'committee:' || c.slug as tag from actions a join committees c on c.id = a.committee_id where a.id = ${actionId}
    union select 'meeting:' || m.slug from actions a join meetings m on m.id = a.origin_meeting_id where a.id = ${actionId}
    union select 'meeting:' || m.slug from action_updates u join meetings m on m.id = u.reported_at_meeting_id where u.action_id = ${actionId}
    union select 'decision:' || r.slug from actions a join resolutions r on r.minute_entry_id = a.origin_minute_entry_id where a.id = ${actionId}
    union select 'decision:' || r.slug from actions a join minutes mi on mi.meeting_id = a.origin_meeting_id
      join minute_entries e on e.minutes_id = mi.id join resolutions r on r.minute_entry_id = e.id
      where a.id = ${actionId} and a.origin_minute_entry_id is null
    union select 'person:' || p.slug from action_owners o join people p on p.id = o.person_id where o.action_id = ${actionId}
  `);
}
