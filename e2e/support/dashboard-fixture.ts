import type { Client } from "@libsql/client";

export interface DashboardFixture {
  committeeId: number;
  meetingId: number;
  reportId: number;
  minutesId: number;
  entryId: number;
  resolutionId: number;
}

/**
 * A draft committee of its own for the dashboard specs to edit (so they never change what the
 * public-site specs read), with a meeting, three agenda items, a report with a body, minutes,
 * a minute and a resolution. Created once per server; returns the ids.
 */
export async function ensureDashboardFixture(db: Client, slug = "dashboard-spec-committee"): Promise<DashboardFixture> {
  const found = await db.execute({ sql: "SELECT id FROM committees WHERE slug = ?", args: [slug] });
  if (!found.rows.length) {
    const authority = (await db.execute("SELECT id FROM authorities LIMIT 1")).rows[0].id;
    const c = await db.execute({ sql: "INSERT INTO committees (authority_id, name, slug, publication) VALUES (?, 'Dashboard Spec Committee', ?, 'draft') RETURNING id", args: [authority, slug] });
    const committeeId = Number(c.rows[0].id);
    const m = await db.execute({ sql: "INSERT INTO meetings (committee_id, slug, meeting_date, start_time, venue, publication) VALUES (?, ?, '2031-02-05', '10:00', 'Shire Hall', 'draft') RETURNING id", args: [committeeId, `2031-02-05-${slug}`] });
    const meetingId = Number(m.rows[0].id);
    await db.execute({ sql: "INSERT INTO agenda_items (meeting_id, number_label, sort_order, title, item_kind) VALUES (?, '1', 0, 'Apologies for absence', 'apologies'), (?, '2', 1, 'Minutes of the last meeting', 'minutes'), (?, '3', 2, 'Library services update', 'report')", args: [meetingId, meetingId, meetingId] });
    const r = await db.execute({ sql: "INSERT INTO reports (meeting_id, slug, title, purpose, publication) VALUES (?, ?, 'Library services update', 'To update the Committee.', 'draft') RETURNING id", args: [meetingId, `2031-02-05-library-services-update-${slug}`] });
    const reportId = Number(r.rows[0].id);
    await db.execute({ sql: "INSERT INTO report_sections (report_id, sort_order, kind, number, level, text) VALUES (?, 0, 'heading', '1.', 1, 'Background'), (?, 1, 'paragraph', '1.1', NULL, 'The libraries opened on Sundays.')", args: [reportId, reportId] });
    const mi = await db.execute({ sql: "INSERT INTO minutes (meeting_id, publication) VALUES (?, 'draft') RETURNING id", args: [meetingId] });
    const minutesId = Number(mi.rows[0].id);
    const e = await db.execute({ sql: "INSERT INTO minute_entries (minutes_id, minute_number, title, body, sort_order) VALUES (?, 71, 'Library services update', 'The Committee discussed opening hours.', 0) RETURNING id", args: [minutesId] });
    await db.execute({ sql: "INSERT INTO resolutions (minute_entry_id, slug, outcome, text, publication) VALUES (?, ?, 'unanimous', 'to note the update', 'draft')", args: [Number(e.rows[0].id), `2031-02-05-minute-71-${slug}`] });
  }
  const committeeId = Number((await db.execute({ sql: "SELECT id FROM committees WHERE slug = ?", args: [slug] })).rows[0].id);
  const meetingId = Number((await db.execute({ sql: "SELECT id FROM meetings WHERE committee_id = ?", args: [committeeId] })).rows[0].id);
  const reportId = Number((await db.execute({ sql: "SELECT id FROM reports WHERE meeting_id = ?", args: [meetingId] })).rows[0].id);
  const minutesId = Number((await db.execute({ sql: "SELECT id FROM minutes WHERE meeting_id = ?", args: [meetingId] })).rows[0].id);
  const entryId = Number((await db.execute({ sql: "SELECT id FROM minute_entries WHERE minutes_id = ?", args: [minutesId] })).rows[0].id);
  const resolutionId = Number((await db.execute({ sql: "SELECT id FROM resolutions WHERE minute_entry_id = ?", args: [entryId] })).rows[0].id);
  return { committeeId, meetingId, reportId, minutesId, entryId, resolutionId };
}
