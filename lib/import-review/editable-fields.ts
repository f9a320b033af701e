/**
 * The fields of the importer's reading a clerk may correct in a review, as paths into the pack
 * ("minutes.0.entries.2.resolutions.0.outcome"), with how each form value is read and which
 * database column it becomes (so the stored row can list it in `clerk_edited_fields`).
 */
import type { ParsedPack } from "@/lib/import/parsed";

export type FieldKind = "text" | "optional-text" | "date" | "time" | "outcome" | "count" | "minute-number" | "agenda-ref";

export type StoredEntity = "meeting" | "agendaItem" | "report" | "minuteEntry" | "resolution" | "attendance";

export interface EditableField {
  pattern: RegExp;
  kind: FieldKind;
  label: string;
  entity: StoredEntity;
  /** Columns of the stored row that this field sets (empty: the table keeps no clerk-edit list). */
  columns: string[];
}

const N = "(\\d+)";
export const EDITABLE_FIELDS: EditableField[] = [
  { pattern: /^meeting\.committee$/, kind: "text", label: "Committee", entity: "meeting", columns: ["committeeId"] },
  { pattern: /^meeting\.date$/, kind: "date", label: "Date", entity: "meeting", columns: ["meetingDate"] },
  { pattern: /^meeting\.startTime$/, kind: "time", label: "Start time", entity: "meeting", columns: ["startTime"] },
  { pattern: /^meeting\.venue$/, kind: "optional-text", label: "Venue", entity: "meeting", columns: ["venue"] },
  { pattern: new RegExp(`^agendaItems\\.${N}\\.number$`), kind: "text", label: "Item number", entity: "agendaItem", columns: ["numberLabel"] },
  { pattern: new RegExp(`^agendaItems\\.${N}\\.title$`), kind: "text", label: "Item title", entity: "agendaItem", columns: ["title"] },
  { pattern: new RegExp(`^reports\\.${N}\\.title$`), kind: "text", label: "Report title", entity: "report", columns: ["title"] },
  { pattern: new RegExp(`^reports\\.${N}\\.agendaItem$`), kind: "agenda-ref", label: "Agenda item", entity: "report", columns: ["agendaItemId"] },
  { pattern: new RegExp(`^minutes\\.${N}\\.entries\\.${N}\\.number$`), kind: "minute-number", label: "Minute number", entity: "minuteEntry", columns: ["minuteNumber", "numberLabel"] },
  { pattern: new RegExp(`^minutes\\.${N}\\.entries\\.${N}\\.title$`), kind: "text", label: "Minute title", entity: "minuteEntry", columns: ["title"] },
  { pattern: new RegExp(`^minutes\\.${N}\\.entries\\.${N}\\.resolutions\\.${N}\\.text$`), kind: "text", label: "Resolution text", entity: "resolution", columns: ["text"] },
  { pattern: new RegExp(`^minutes\\.${N}\\.entries\\.${N}\\.resolutions\\.${N}\\.outcome$`), kind: "outcome", label: "Outcome", entity: "resolution", columns: ["outcome"] },
  { pattern: new RegExp(`^minutes\\.${N}\\.entries\\.${N}\\.resolutions\\.${N}\\.votesFor$`), kind: "count", label: "Votes for", entity: "resolution", columns: ["votesFor"] },
  { pattern: new RegExp(`^minutes\\.${N}\\.entries\\.${N}\\.resolutions\\.${N}\\.votesAgainst$`), kind: "count", label: "Votes against", entity: "resolution", columns: ["votesAgainst"] },
  { pattern: new RegExp(`^minutes\\.${N}\\.entries\\.${N}\\.resolutions\\.${N}\\.abstentions$`), kind: "count", label: "Abstentions", entity: "resolution", columns: ["abstentions"] },
  { pattern: new RegExp(`^minutes\\.${N}\\.present\\.${N}\\.name$`), kind: "text", label: "Name (present)", entity: "attendance", columns: [] },
  { pattern: new RegExp(`^minutes\\.${N}\\.apologies\\.${N}$`), kind: "text", label: "Name (apologies)", entity: "attendance", columns: [] },
];

export const OUTCOMES = ["unanimous", "majority", "carried", "lost"] as const;

export function editableField(path: string): EditableField | null {
  return EDITABLE_FIELDS.find((f) => f.pattern.test(path)) ?? null;
}

/** The value at a dotted path (numeric segments index arrays); undefined when the path is absent. */
export function getAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const seg of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/** Set the value at a dotted path that exists; returns false (and changes nothing) when it does not. */
export function setAtPath(root: unknown, path: string, value: unknown): boolean {
  const segs = path.split(".");
  const last = segs.pop()!;
  const parent = segs.length ? getAtPath(root, segs.join(".")) : root;
  if (parent === null || typeof parent !== "object" || !(last in (parent as object))) return false;
  (parent as Record<string, unknown>)[last] = value;
  return true;
}

/** Every editable path the pack has, in reading order (what the review form offers). */
export function editablePaths(pack: ParsedPack): string[] {
  const out = ["meeting.committee", "meeting.date", "meeting.startTime", "meeting.venue"];
  pack.agendaItems.forEach((_, i) => out.push(`agendaItems.${i}.number`, `agendaItems.${i}.title`));
  pack.reports.forEach((_, i) => out.push(`reports.${i}.title`, `reports.${i}.agendaItem`));
  pack.minutes.forEach((m, i) => {
    m.present.forEach((_, p) => out.push(`minutes.${i}.present.${p}.name`));
    m.apologies.forEach((_, a) => out.push(`minutes.${i}.apologies.${a}`));
    m.entries.forEach((e, j) => {
      out.push(`minutes.${i}.entries.${j}.number`, `minutes.${i}.entries.${j}.title`);
      e.resolutions.forEach((_, r) => {
        for (const f of ["text", "outcome", "votesFor", "votesAgainst", "abstentions"]) out.push(`minutes.${i}.entries.${j}.resolutions.${r}.${f}`);
      });
    });
  });
  return out;
}

/** A pack value as a form shows it. */
export function formValue(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

export type ReadResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Read a submitted form value for a field, as the pack stores it. */
export function readFieldValue(kind: FieldKind, raw: string, pack: ParsedPack): ReadResult {
  const v = raw.replace(/\s+/g, " ").trim();
  switch (kind) {
    case "text":
      if (!v) return { ok: false, message: "Enter a value; it cannot be blank." };
      if (v.length > 2000) return { ok: false, message: "Keep this under 2,000 characters." };
      return { ok: true, value: v };
    case "optional-text":
      if (v.length > 500) return { ok: false, message: "Keep this under 500 characters." };
      return { ok: true, value: v || null };
    case "date": {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
      if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return { ok: false, message: "Enter a date as YYYY-MM-DD, for example 2024-03-07." };
      return { ok: true, value: v };
    }
    case "time":
      if (!v) return { ok: true, value: null };
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(v)) return { ok: false, message: "Enter a 24-hour time as HH:MM, for example 14:30." };
      return { ok: true, value: v };
    case "outcome":
      if (!v) return { ok: true, value: null };
      if (!(OUTCOMES as readonly string[]).includes(v)) return { ok: false, message: `Choose one of: ${OUTCOMES.join(", ")}.` };
      return { ok: true, value: v };
    case "count":
      if (!v) return { ok: true, value: null };
      if (!/^\d{1,4}$/.test(v)) return { ok: false, message: "Enter a whole number of votes, or leave it blank." };
      return { ok: true, value: Number(v) };
    case "minute-number":
      if (!/^\d{1,6}$/.test(v)) return { ok: false, message: "Enter the minute number as a whole number." };
      return { ok: true, value: Number(v) };
    case "agenda-ref":
      if (!v) return { ok: true, value: null };
      if (!pack.agendaItems.some((i) => i.number === v)) return { ok: false, message: `There is no agenda item ${v} in this document.` };
      return { ok: true, value: v };
  }
}
