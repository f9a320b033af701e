/**
 * Every dashboard server action (each export of app/(admin)/dashboard/actions.ts, listed with
 * its attempts in action-registry.ts) is posted as the browser would post a form, by:
 *   - an anonymous visitor (no cookie: the proxy turns it away; a forged cookie: the action's
 *     own check must refuse),
 *   - a clerk limited to another committee,
 *   - for admin-only attempts, a clerk who is not an admin,
 * and each must be refused with nothing changed in the database: a checksum of the rows these
 * actions could touch (the target committee's records, every committee, every person and their
 * names, and the audit rows about them), read straight from the e2e database file. The rows are
 * scoped so that other specs running in parallel, editing other records, cannot disturb it.
 */
import { readFileSync } from "node:fs";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DASHBOARD_ACTIONS, type RefusalTarget } from "../../app/(admin)/dashboard/action-registry";
import { openE2EDatabase, rowsChecksum } from "../support/e2e-db";
import { signInAs } from "../support/sign-in";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://127.0.0.1:${PORT}`;
const ACTIONS_FILE = "app/(admin)/dashboard/actions.ts";

test.describe.configure({ mode: "serial", timeout: 120_000 });

/** Action ids from the build's server-reference manifest, by exported name, for the dashboard's actions file. */
function actionIds(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(`.e2e/${PORT}/next/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename === ACTIONS_FILE && entry.exportedName) out[entry.exportedName] = id;
  }
  return out;
}

function exportedActions(): string[] {
  const source = readFileSync(ACTIONS_FILE, "utf8");
  return [...source.matchAll(/^export\s+async\s+function\s+(\w+)/gm)].map((m) => m[1]).sort();
}

/** A plain (no-JavaScript) form post to a server action: $ACTION_ID_<id> plus the fields. */
async function postAction(ctx: APIRequestContext, id: string, fields: Record<string, string>) {
  return ctx.post("/dashboard/merge-people", {
    headers: { Origin: BASE },
    multipart: { [`$ACTION_ID_${id}`]: "", ...fields },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

let target: RefusalTarget;
const db = openE2EDatabase();

test.beforeAll(async () => {
  // Records in a committee the limited clerk is not a clerk for (they are limited to the first committee).
  const exists = await db.execute("SELECT id FROM committees WHERE slug = 'refusal-matrix-committee'");
  if (!exists.rows.length) {
    const authority = (await db.execute("SELECT id FROM authorities LIMIT 1")).rows[0].id;
    const c = await db.execute({ sql: "INSERT INTO committees (authority_id, name, slug, publication) VALUES (?, 'Refusal Matrix Committee', 'refusal-matrix-committee', 'draft') RETURNING id", args: [authority] });
    const committeeId = Number(c.rows[0].id);
    const m = await db.execute({ sql: "INSERT INTO meetings (committee_id, slug, meeting_date, publication) VALUES (?, '2030-01-10-refusal-matrix-committee', '2030-01-10', 'draft') RETURNING id", args: [committeeId] });
    const meetingId = Number(m.rows[0].id);
    await db.execute({ sql: "INSERT INTO agenda_items (meeting_id, number_label, sort_order, title) VALUES (?, '1', 0, 'Apologies'), (?, '2', 1, 'Minutes')", args: [meetingId, meetingId] });
    await db.execute({ sql: "INSERT INTO reports (meeting_id, slug, title, publication) VALUES (?, '2030-01-10-refusal-report', 'Refusal report', 'draft')", args: [meetingId] });
  }
  const committeeId = Number((await db.execute("SELECT id FROM committees WHERE slug = 'refusal-matrix-committee'")).rows[0].id);
  const meeting = (await db.execute({ sql: "SELECT id FROM meetings WHERE committee_id = ?", args: [committeeId] })).rows[0];
  const report = (await db.execute({ sql: "SELECT id, version FROM reports WHERE meeting_id = ?", args: [meeting.id] })).rows[0];
  const item = (await db.execute({ sql: "SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY sort_order LIMIT 1", args: [meeting.id] })).rows[0];
  const people = (await db.execute("SELECT id FROM people ORDER BY id LIMIT 2")).rows.map((r) => Number(r.id));
  target = {
    committeeId, meetingId: Number(meeting.id), reportId: Number(report.id), reportVersion: String(report.version),
    agendaItemId: Number(item.id), agendaItemVersion: "1", auditId: 1, personIds: [people[0], people[1]],
  };
});

test.afterAll(() => db.close());

function checksum(): Promise<string> {
  const m = [target.meetingId];
  return rowsChecksum(db, [
    { sql: "SELECT * FROM committees ORDER BY id" },
    { sql: "SELECT * FROM meetings WHERE committee_id = ? ORDER BY id", args: [target.committeeId] },
    { sql: "SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY id", args: m },
    { sql: "SELECT * FROM reports WHERE meeting_id = ? ORDER BY id", args: m },
    { sql: "SELECT * FROM report_sections WHERE report_id = ? ORDER BY id", args: [target.reportId] },
    { sql: "SELECT * FROM people ORDER BY id" },
    { sql: "SELECT * FROM person_aliases ORDER BY id" },
    { sql: "SELECT person_id, substituting_for_person_id FROM attendance ORDER BY id" },
    { sql: "SELECT * FROM action_owners ORDER BY action_id, person_id" },
    { sql: "SELECT * FROM audit_log WHERE entity_type IN ('committee', 'person') OR (entity_type = 'meeting' AND entity_id = ?) OR (entity_type = 'report' AND entity_id = ?) OR (entity_type = 'agenda_item' AND entity_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?)) OR (entity_type = 'agenda_item' AND json_extract(detail, '$.parentId') = ?) ORDER BY id", args: [target.meetingId, target.reportId, target.meetingId, target.meetingId] },
  ]);
}

test("every exported dashboard action is in the registry, and the build knows them all", () => {
  expect(exportedActions()).toEqual(Object.keys(DASHBOARD_ACTIONS).sort());
  expect(Object.keys(actionIds()).sort()).toEqual(Object.keys(DASHBOARD_ACTIONS).sort());
});

for (const [name, attempts] of Object.entries(DASHBOARD_ACTIONS)) {
  for (const attempt of attempts) {
    test(`${name} (${attempt.description}) is refused to an anonymous visitor, with and without a forged session cookie`, async () => {
      const id = actionIds()[name];
      const before = await checksum();
      const plain = await playwrightRequest.newContext({ baseURL: BASE });
      const res = await postAction(plain, id, attempt.form(target));
      expect(res.status()).toBe(303);
      expect(res.headers().location).toMatch(/\/login/);
      const forged = await playwrightRequest.newContext({ baseURL: BASE, extraHTTPHeaders: { Cookie: "authjs.session-token=forged-not-a-session" } });
      const res2 = await postAction(forged, id, attempt.form(target));
      expect([303, 307]).toContain(res2.status());
      expect(res2.headers().location ?? "").toMatch(/\/login/);
      expect(await checksum()).toBe(before);
      await plain.dispose();
      await forged.dispose();
    });

    test(`${name} (${attempt.description}) is refused to a clerk limited to another committee`, async ({ page }) => {
      await signInAs(page, "limitedClerk");
      const before = await checksum();
      const res = await postAction(page.request, actionIds()[name], attempt.form(target));
      // Refused: the action answers the form with its message, never the redirect of a success.
      expect(res.headers().location ?? "").not.toMatch(/saved=/);
      expect(await checksum()).toBe(before);
    });

    if (attempt.adminOnly) {
      test(`${name} (${attempt.description}) is refused to a clerk who is not an administrator`, async ({ page }) => {
        await signInAs(page, "clerk");
        const before = await checksum();
        const res = await postAction(page.request, actionIds()[name], attempt.form(target));
        expect(res.headers().location ?? "").not.toMatch(/saved=/);
        expect(await checksum()).toBe(before);
      });
    }
  }
}

test("the matrix is not vacuous: the same post by an unrestricted clerk does change the record", async ({ page }) => {
  await signInAs(page, "clerk");
  const version = String((await db.execute({ sql: "SELECT version FROM reports WHERE id = ?", args: [target.reportId] })).rows[0].version);
  const res = await postAction(page.request, actionIds().saveRecord, { kind: "report", id: String(target.reportId), version, title: "Accepted title" });
  expect(res.headers().location ?? "").toMatch(/saved=updated/);
  const title = (await db.execute({ sql: "SELECT title FROM reports WHERE id = ?", args: [target.reportId] })).rows[0].title;
  expect(title).toBe("Accepted title");
});
