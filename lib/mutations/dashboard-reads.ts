/**
 * Reads for the clerk dashboard (drafts included, unlike lib/queries, which serve the public
 * site): the overview of committees and meetings, a record's form fields with their choices,
 * its ancestors for breadcrumbs, and the children listed on its page.
 */
import "server-only";
import { asc, desc, eq, isNull, sql } from "drizzle-orm";
import { db as defaultDb, type Database } from "@/lib/db";
import * as t from "@/lib/db/schema";
import { columnOf, recordType, type RecordType, type Row } from "./record-types";
import { childrenOf, formValue } from "./records";
import { listHistory } from "@/lib/audit/log";

export async function historyOf(kind: string, id: number, database: Database = defaultDb) {
  return listHistory(database, kind, id);
}

export async function publicPathOf(type: RecordType, row: Row, database: Database = defaultDb): Promise<string | null> {
  return type.publicPath ? type.publicPath(database, row) : null;
}

export interface MeetingSummary {
  id: number;
  date: string;
  status: string;
  publication: "draft" | "published";
  reports: number;
  draftReports: number;
  minutes: "none" | "draft" | "published";
  openIssues: number;
}

export interface CommitteeSummary {
  id: number;
  name: string;
  publication: "draft" | "published";
  meetings: MeetingSummary[];
}

export async function dashboardOverview(committeeIds: number[] | null, database: Database = defaultDb): Promise<CommitteeSummary[]> {
  const committees = await database.select().from(t.committees).orderBy(asc(t.committees.name));
  const meetings = await database.select().from(t.meetings).orderBy(desc(t.meetings.meetingDate));
  const reports = await database
    .select({ meetingId: t.reports.meetingId, n: sql<number>`count(*)`, drafts: sql<number>`sum(case when ${t.reports.publication} = 'draft' then 1 else 0 end)` })
    .from(t.reports).groupBy(t.reports.meetingId);
  const minutes = await database.select({ meetingId: t.minutes.meetingId, publication: t.minutes.publication }).from(t.minutes);
  const issues = await database
    .select({ meetingId: t.importRuns.meetingId, n: sql<number>`count(*)` })
    .from(t.importIssues).innerJoin(t.importRuns, eq(t.importRuns.id, t.importIssues.importRunId))
    .where(isNull(t.importIssues.resolution)).groupBy(t.importRuns.meetingId);
  return committees
    .filter((c) => committeeIds === null || committeeIds.includes(c.id))
    .map((c) => ({
      id: c.id, name: c.name, publication: c.publication,
      meetings: meetings.filter((m) => m.committeeId === c.id).map((m) => {
        const r = reports.find((x) => x.meetingId === m.id);
        const mi = minutes.find((x) => x.meetingId === m.id);
        return {
          id: m.id, date: m.meetingDate, status: m.status, publication: m.publication,
          reports: Number(r?.n ?? 0), draftReports: Number(r?.drafts ?? 0),
          minutes: mi ? mi.publication : "none",
          openIssues: Number(issues.find((x) => x.meetingId === m.id)?.n ?? 0),
        };
      }),
    }));
}

export async function listTopLevel(kind: string, database: Database = defaultDb): Promise<Row[]> {
  const type = recordType(kind);
  const order = kind === "person" ? t.people.fullName : kind === "committee" ? t.committees.name : kind === "outside_body" ? t.outsideBodies.name : columnOf(type, "id")!;
  return (await database.select().from(type.table).orderBy(asc(order))) as Row[];
}

/** The form's fields with their choices resolved for this record (or for a new one under parentId). */
export async function formFields(type: RecordType, at: { committeeId: number | null; parentId: number | null; row: Row | null }, database: Database = defaultDb) {
  return Promise.all(type.fields.map(async (f) => ({
    name: f.name, label: f.label, hint: f.hint, input: f.input,
    options: f.optionsFrom ? await f.optionsFrom(database, at) : f.options ? [...f.options] : undefined,
  })));
}

export function formValues(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, formValue(v) ?? ""]));
}

export interface Crumb { kind: string; id: number; title: string }

/** The record's ancestors, outermost first ("Committee › Meeting on … › Report"). */
export async function ancestorsOf(type: RecordType, row: Row | null, parentId: number | null, database: Database = defaultDb): Promise<Crumb[]> {
  const out: Crumb[] = [];
  let p = type.parent ? { kind: type.parent.kind, id: row ? Number(row[type.parent.column]) : parentId } : null;
  while (p && p.id) {
    const pt = recordType(p.kind);
    const [pr] = (await database.select().from(pt.table).where(eq(columnOf(pt, "id")!, p.id))) as Row[];
    if (!pr) break;
    out.unshift({ kind: pt.kind, id: pr.id, title: pt.title(pr) });
    p = pt.parent ? { kind: pt.parent.kind, id: Number(pr[pt.parent.column]) } : null;
  }
  return out;
}

export interface ChildList {
  kind: string;
  label: string;
  plural: string;
  ordered: boolean;
  publishable: boolean;
  deletable: boolean;
  rows: { id: number; title: string; publication?: string; version: string }[];
}

export async function childListsOf(type: RecordType, row: Row, database: Database = defaultDb): Promise<ChildList[]> {
  const lists: ChildList[] = [];
  for (const kind of type.children ?? []) {
    const ct = recordType(kind);
    const rows = await childrenOf(kind, row.id, database);
    lists.push({
      kind, label: ct.label, plural: ct.plural, ordered: Boolean(ct.ordered), publishable: ct.publishable, deletable: ct.deletable,
      rows: rows.map((r) => ({ id: r.id, title: ct.title(r), publication: typeof r.publication === "string" ? r.publication : undefined, version: typeof r.version === "number" ? String(r.version) : "" })),
    });
  }
  return lists;
}

export async function peopleChoices(database: Database = defaultDb) {
  return (await database.select({ id: t.people.id, name: t.people.fullName, slug: t.people.slug }).from(t.people).orderBy(asc(t.people.fullName)))
    .map((p) => ({ value: String(p.id), label: `${p.name} (${p.slug})` }));
}
