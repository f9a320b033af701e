/**
 * Every server action in ./actions.ts, with what the refusal-matrix spec posts to it and who
 * must be refused. The spec fails when actions.ts exports a function not listed here, so a new
 * action cannot be added without being tested for refusal.
 *
 * `form` builds the fields for an attempt against a record of the e2e database's first
 * committee (ids found by the spec); every attempt is made as an anonymous visitor and as a
 * clerk limited to another committee; admin-only actions also as an unrestricted clerk.
 */
export interface RefusalTarget {
  committeeId: number;
  meetingId: number;
  reportId: number;
  reportVersion: string;
  agendaItemId: number;
  agendaItemVersion: string;
  auditId: number;
  personIds: [number, number];
}

export interface Attempt {
  description: string;
  /** Refused to every clerk who is not an admin (and so also tried as an unrestricted clerk). */
  adminOnly: boolean;
  form(t: RefusalTarget): Record<string, string>;
}

export const DASHBOARD_ACTIONS: Record<string, readonly Attempt[]> = {
  saveRecord: [
    { description: "edit a report's title", adminOnly: false, form: (t) => ({ kind: "report", id: String(t.reportId), version: t.reportVersion, title: "Refused title", keyDecision: "no" }) },
    { description: "add an agenda item to a meeting", adminOnly: false, form: (t) => ({ kind: "agenda_item", parentId: String(t.meetingId), numberLabel: "99", title: "Refused item", itemKind: "other" }) },
    { description: "add a meeting to a committee", adminOnly: false, form: (t) => ({ kind: "meeting", parentId: String(t.committeeId), meetingDate: "2031-01-09", status: "scheduled" }) },
    { description: "create a committee", adminOnly: true, form: () => ({ kind: "committee", name: "Refused Committee" }) },
  ],
  publishRecord: [
    { description: "unpublish a report", adminOnly: false, form: (t) => ({ kind: "report", id: String(t.reportId), version: t.reportVersion, publication: "draft" }) },
    { description: "unpublish a meeting", adminOnly: false, form: (t) => ({ kind: "meeting", id: String(t.meetingId), version: "1", publication: "draft" }) },
  ],
  deleteRecordAction: [
    { description: "remove an agenda item", adminOnly: false, form: (t) => ({ kind: "agenda_item", id: String(t.agendaItemId), version: t.agendaItemVersion }) },
  ],
  moveRecordAction: [
    { description: "move an agenda item down", adminOnly: false, form: (t) => ({ kind: "agenda_item", id: String(t.agendaItemId), direction: "down", parentId: String(t.meetingId) }) },
  ],
  restoreRecordAction: [
    { description: "restore a report to an earlier version", adminOnly: false, form: (t) => ({ kind: "report", id: String(t.reportId), auditId: String(t.auditId), version: t.reportVersion }) },
  ],
  mergePeopleAction: [
    { description: "merge two people's records", adminOnly: true, form: (t) => ({ keepId: String(t.personIds[0]), mergeId: String(t.personIds[1]) }) },
  ],
};
