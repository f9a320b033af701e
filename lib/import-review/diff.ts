/**
 * What storing a (revised) document would change for a meeting already stored, field by
 * field, and which of those changes would overwrite a clerk's edit. Pure: the stored side is
 * a snapshot read beforehand (stored-snapshot.ts).
 */
import type { ParsedPack } from "@/lib/import/parsed";
import { comparisonKey } from "@/lib/import/text";

type Value = string | number | boolean | null;

interface Edited { id: number; clerkEditedFields: string[] }

export interface StoredSnapshot {
  meeting: Edited & { slug: string; publication: "draft" | "published"; startTime: string | null; venue: string | null; room: string | null; isVirtual: boolean };
  agendaItems: (Edited & { numberLabel: string; title: string })[];
  /** `agendaItem` is the number label of the agenda item the report belongs to. */
  reports: (Edited & { title: string; agendaItem: string | null })[];
  /** Minutes this meeting's pack printed, by the date of the meeting they record. */
  minutes: {
    meetingDate: string;
    present: string[];
    apologies: string[];
    entries: (Edited & {
      numberLabel: string | null; title: string;
      resolutions: (Edited & { text: string; outcome: string | null; votesFor: number | null; votesAgainst: number | null; abstentions: number | null })[];
    })[];
  }[];
  fundingFacts: string[];
  budgetLines: string[];
  actionLog: string[];
}

export type ChangeKind = "added" | "removed" | "changed";
export interface FieldChange { field: string; label: string; from: Value; to: Value; clerkEdited: boolean }
export interface RecordChange {
  kind: "meeting" | "agendaItem" | "report" | "minutes" | "minuteEntry" | "resolution" | "attendance" | "fundingFact" | "budgetLine" | "actionLog";
  label: string;
  change: ChangeKind;
  fields: FieldChange[];
  /** Source line in the new document (null for removals). */
  line: number | null;
  /** A removed record a clerk edited is kept by the store. */
  keptBecauseEdited?: boolean;
}

export type ConflictEntity = "meeting" | "agendaItem" | "report" | "minuteEntry" | "resolution";

/** A field a clerk edited that the new document would change: the clerk chooses which value stays. */
export interface Conflict {
  /** Stable key for the form: `${entity}:${rowId}:${column}`. */
  id: string;
  entity: ConflictEntity;
  rowId: number;
  column: string;
  /** Where the value sits in the new pack, so "keep the clerk's value" can put it there. */
  packPath: string;
  label: string;
  clerkValue: Value;
  documentValue: Value;
}

export interface PackDiff {
  changes: RecordChange[];
  conflicts: Conflict[];
}

interface FieldSpec { column: string; packField: string; label: string; stored: Value; incoming: Value }

export function diffPackAgainstStored(stored: StoredSnapshot, pack: ParsedPack): PackDiff {
  const changes: RecordChange[] = [];
  const conflicts: Conflict[] = [];

  /** Compare one record's fields; conflicts for clerk-edited fields the document would change. */
  const compare = (
    kind: RecordChange["kind"], entity: ConflictEntity, row: Edited, label: string, line: number | null, basePath: string, specs: FieldSpec[],
  ) => {
    const fields: FieldChange[] = [];
    for (const s of specs) {
      if (same(s.stored, s.incoming)) continue;
      const clerkEdited = row.clerkEditedFields.includes(s.column);
      fields.push({ field: s.column, label: s.label, from: s.stored, to: s.incoming, clerkEdited });
      if (clerkEdited) {
        conflicts.push({
          id: `${entity}:${row.id}:${s.column}`, entity, rowId: row.id, column: s.column, packPath: `${basePath}.${s.packField}`,
          label: `${label}: ${s.label}`, clerkValue: s.stored, documentValue: s.incoming,
        });
      }
    }
    if (fields.length) changes.push({ kind, label, change: "changed", fields, line });
  };

  const m = pack.meeting;
  compare("meeting", "meeting", stored.meeting, "Meeting", m.line, "meeting", [
    { column: "startTime", packField: "startTime", label: "Start time", stored: stored.meeting.startTime, incoming: m.startTime },
    { column: "venue", packField: "venue", label: "Venue", stored: stored.meeting.venue, incoming: m.venue },
    { column: "room", packField: "room", label: "Room", stored: stored.meeting.room, incoming: m.room },
    { column: "isVirtual", packField: "virtual", label: "Held virtually", stored: stored.meeting.isVirtual, incoming: m.virtual },
  ]);

  // Agenda items, matched by number.
  const itemsLeft = new Set(stored.agendaItems);
  pack.agendaItems.forEach((item, i) => {
    const row = stored.agendaItems.find((r) => itemsLeft.has(r) && r.numberLabel === item.number);
    const label = `Agenda item ${item.number}`;
    if (!row) {
      changes.push({ kind: "agendaItem", label, change: "added", fields: [{ field: "title", label: "Title", from: null, to: item.title, clerkEdited: false }], line: item.line });
      return;
    }
    itemsLeft.delete(row);
    compare("agendaItem", "agendaItem", row, label, item.line, `agendaItems.${i}`, [
      { column: "title", packField: "title", label: "Title", stored: row.title, incoming: item.title },
    ]);
  });
  for (const row of itemsLeft) changes.push(removed("agendaItem", `Agenda item ${row.numberLabel}`, row.title, row));

  // Reports, matched by agenda item, else by title.
  const reportsLeft = new Set(stored.reports);
  pack.reports.forEach((r, i) => {
    const row =
      (r.agendaItem !== null ? stored.reports.find((s) => reportsLeft.has(s) && s.agendaItem === r.agendaItem) : undefined) ??
      stored.reports.find((s) => reportsLeft.has(s) && comparisonKey(s.title) === comparisonKey(r.title));
    const label = `Report "${r.title}"`;
    if (!row) {
      changes.push({ kind: "report", label, change: "added", fields: [{ field: "title", label: "Title", from: null, to: r.title, clerkEdited: false }], line: r.line });
      return;
    }
    reportsLeft.delete(row);
    compare("report", "report", row, `Report "${row.title}"`, r.line, `reports.${i}`, [
      { column: "title", packField: "title", label: "Title", stored: row.title, incoming: r.title },
      { column: "agendaItemId", packField: "agendaItem", label: "Agenda item", stored: row.agendaItem, incoming: r.agendaItem },
    ]);
  });
  for (const row of reportsLeft) changes.push(removed("report", `Report "${row.title}"`, row.title, row));

  // Minutes, matched by the date of the meeting they record; entries by number, else title.
  const minutesLeft = new Set(stored.minutes);
  pack.minutes.forEach((pm, i) => {
    const sm = stored.minutes.find((s) => minutesLeft.has(s) && s.meetingDate === pm.meetingDate);
    const label = `Minutes of ${pm.meetingDate ?? "an undated meeting"}`;
    if (!sm) {
      changes.push({ kind: "minutes", label, change: "added", fields: [{ field: "entries", label: "Entries", from: null, to: pm.entries.length, clerkEdited: false }], line: pm.line });
      return;
    }
    minutesLeft.delete(sm);
    const attendance = (names: string[], incoming: string[], status: string) => {
      const before = new Set(names.map(comparisonKey));
      const after = new Set(incoming.map(comparisonKey));
      for (const n of incoming) if (!before.has(comparisonKey(n))) changes.push({ kind: "attendance", label: `${label}: ${status}`, change: "added", fields: [{ field: "name", label: "Name", from: null, to: n, clerkEdited: false }], line: pm.line });
      for (const n of names) if (!after.has(comparisonKey(n))) changes.push({ kind: "attendance", label: `${label}: ${status}`, change: "removed", fields: [{ field: "name", label: "Name", from: n, to: null, clerkEdited: false }], line: null });
    };
    attendance(sm.present, pm.present.map((p) => p.name), "present");
    attendance(sm.apologies, pm.apologies, "apologies");
    const entriesLeft = new Set(sm.entries);
    pm.entries.forEach((e, j) => {
      const number = e.number === null ? null : String(e.number);
      const row =
        (number !== null ? sm.entries.find((s) => entriesLeft.has(s) && s.numberLabel === number) : undefined) ??
        sm.entries.find((s) => entriesLeft.has(s) && comparisonKey(s.title) === comparisonKey(e.title));
      const entryLabel = `${label}, minute ${number ?? e.title}`;
      if (!row) {
        changes.push({ kind: "minuteEntry", label: entryLabel, change: "added", fields: [{ field: "title", label: "Title", from: null, to: e.title, clerkEdited: false }], line: e.line });
        return;
      }
      entriesLeft.delete(row);
      const entryPath = `minutes.${i}.entries.${j}`;
      compare("minuteEntry", "minuteEntry", row, entryLabel, e.line, entryPath, [
        { column: "numberLabel", packField: "number", label: "Number", stored: row.numberLabel, incoming: number },
        { column: "title", packField: "title", label: "Title", stored: row.title, incoming: e.title },
      ]);
      e.resolutions.forEach((res, k) => {
        const sr = row.resolutions[k];
        const resLabel = `${entryLabel}, resolution ${k + 1}`;
        if (!sr) {
          changes.push({ kind: "resolution", label: resLabel, change: "added", fields: [{ field: "text", label: "Text", from: null, to: res.text, clerkEdited: false }], line: e.line });
          return;
        }
        compare("resolution", "resolution", sr, resLabel, e.line, `${entryPath}.resolutions.${k}`, [
          { column: "text", packField: "text", label: "Text", stored: sr.text, incoming: res.text },
          { column: "outcome", packField: "outcome", label: "Outcome", stored: sr.outcome, incoming: res.outcome },
          { column: "votesFor", packField: "votesFor", label: "Votes for", stored: sr.votesFor, incoming: res.votesFor },
          { column: "votesAgainst", packField: "votesAgainst", label: "Votes against", stored: sr.votesAgainst, incoming: res.votesAgainst },
          { column: "abstentions", packField: "abstentions", label: "Abstentions", stored: sr.abstentions, incoming: res.abstentions },
        ]);
      });
      for (const sr of row.resolutions.slice(e.resolutions.length)) changes.push(removed("resolution", `${entryLabel}, resolution`, sr.text, sr));
    });
    for (const row of entriesLeft) changes.push(removed("minuteEntry", `${label}, minute ${row.numberLabel ?? row.title}`, row.title, row));
  });
  for (const sm of minutesLeft) changes.push({ kind: "minutes", label: `Minutes of ${sm.meetingDate}`, change: "removed", fields: [{ field: "entries", label: "Entries", from: sm.entries.length, to: null, clerkEdited: false }], line: null });

  // Simple lists: what is new and what is gone, by their text.
  const lists: [RecordChange["kind"], string, string[], string[]][] = [
    ["fundingFact", "Funding fact", stored.fundingFacts, pack.fundingFacts.map((f) => `${f.label}: ${f.asPrinted}`)],
    ["budgetLine", "Budget line", stored.budgetLines, pack.budgetLines.map(budgetLineKey)],
    ["actionLog", "Action log entry", stored.actionLog, pack.actionLog.map((a) => a.action)],
  ];
  for (const [kind, label, before, after] of lists) {
    const b = new Set(before.map(comparisonKey));
    const a = new Set(after.map(comparisonKey));
    for (const x of after) if (!b.has(comparisonKey(x))) changes.push({ kind, label, change: "added", fields: [{ field: "value", label, from: null, to: x, clerkEdited: false }], line: null });
    for (const x of before) if (!a.has(comparisonKey(x))) changes.push({ kind, label, change: "removed", fields: [{ field: "value", label, from: x, to: null, clerkEdited: false }], line: null });
  }
  return { changes, conflicts };
}

export function budgetLineKey(b: { table: string; line: string; budget: number | null; actual: number | null; variance: number | null }): string {
  return `${b.table}: ${b.line} (${[b.budget, b.actual, b.variance].map((v) => (v === null ? "–" : v)).join(" / ")})`;
}

function removed(kind: RecordChange["kind"], label: string, value: string, row: Edited): RecordChange {
  const keptBecauseEdited = (kind === "agendaItem" || kind === "report") && row.clerkEditedFields.length > 0;
  return { kind, label, change: "removed", fields: [{ field: "title", label: "Title", from: value, to: null, clerkEdited: false }], line: null, keptBecauseEdited };
}

function same(a: Value, b: Value): boolean {
  if (typeof a === "string" && typeof b === "string") return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
  return (a ?? null) === (b ?? null);
}

export type ConflictChoice = "keep" | "document";

/** The clerk's choice per conflict; anything not chosen keeps the clerk's value. */
export function choiceFor(choices: Record<string, ConflictChoice | undefined>, id: string): ConflictChoice {
  return choices[id] === "document" ? "document" : "keep";
}
