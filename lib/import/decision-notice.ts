/**
 * A decision notice / record of decision: who decided what, when. In the contract it is a
 * `minutes` object of its meeting with one entry, whose resolution holds the decision.
 */
import type { ClerkInfo } from "./contract";
import { findDate } from "./dates";
import type { MeetingHeading } from "./meeting-heading";
import type { PackContext } from "./pack-context";
import type { ParsedMinutes } from "./parsed";
import { splitPartLabel } from "./resolutions";
import { isBlank, type Line } from "./source-lines";
import { clean, nameCase } from "./text";

type FieldKey = "maker" | "committee" | "date" | "meetingDate" | "title" | "decision" | "reference" | "reasons" | "contact" | "other";

const LABELS: [RegExp, FieldKey][] = [
  [/^(?:decision[- ]maker|decision\s+taken\s+by|decided\s+by|taken\s+by)$/i, "maker"],
  [/^(?:committee|meeting|body|cabinet\s+member|portfolio\s+holder)$/i, "committee"],
  [/^(?:date\s+of\s+(?:the\s+)?decision|decision\s+date|date\s+(?:decision\s+)?(?:taken|made)|date)$/i, "date"],
  [/^(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date)$/i, "meetingDate"],
  [/^(?:title|subject|item|report\s+title|decision\s+title|title\s+of\s+(?:the\s+)?(?:report|decision))$/i, "title"],
  [/^(?:decisions?(?:\s+(?:taken|made))?|the\s+decision|resolved|resolution)$/i, "decision"],
  [/^(?:minute\s+(?:no\.?|number|ref(?:erence)?)|decision\s+(?:no\.?|number|reference|ref\.?)|reference|ref\.?|key\s+decision\s+(?:no\.?|number|reference))$/i, "reference"],
  [/^(?:contact(?:\s+officer)?|further\s+information|enquiries)$/i, "contact"],
  [/^(?:reasons?\s+for\s+(?:the\s+)?decisions?)$/i, "reasons"],
  [/^(?:agenda\s+item(?:\s+no\.?)?|portfolio|report\s+of|report\s+by|lead\s+officer|date\s+of\s+publication|forward\s+plan\s+ref(?:erence)?)$/i, "other"],
  [/^(?:alternative\s+options?(?:\s+considered)?(?:\s+and\s+rejected)?|options\s+considered|conflicts?\s+of\s+interest|declarations?\s+of\s+interest|dispensations?|call[- ]in(?:\s+deadline)?|implementation\s+date|background\s+papers|wards?\s+affected|key\s+decision|publication\s+date|date\s+published)$/i, "other"],
];
const LABEL_LINE = /^\s*([A-Za-z][A-Za-z .'/-]{1,50}?)\s*[:–-]\s*(.*)$/;

interface Field { key: FieldKey; text: string[]; line: number }

export function parseDecisionNotice(ctx: PackContext, start: number, end: number): ParsedMinutes {
  const lines = ctx.lines.slice(start, end);
  const fields = readFields(lines);
  const get = (k: FieldKey) => fields.find((f) => f.key === k);
  const decision = get("decision");
  const title = joinText(get("title")?.text) ?? titleLine(lines);
  const dateField = get("meetingDate") ?? get("date");
  const date = dateField ? findDate(joinText(dateField.text) ?? "") : lines.map((l) => findDate(l.text)).find((d) => d) ?? null;
  const committeeText = joinText(get("committee")?.text) ?? joinText(get("maker")?.text);
  const reference = joinText(get("reference")?.text);
  const number = reference ? parseInt(/(\d+)/.exec(reference)?.[1] ?? "1", 10) : 1;
  const decisionParagraphs = decision ? paragraphsOf(decision.text) : [];
  const parts = decisionParagraphs.map(numberedPart).filter((p) => p !== null);
  if (!decision) ctx.issues.warn("decision-text-missing", ctx.lines[start].n, "A decision notice was found, but no 'Decision:' text could be read from it.");
  if (!date) ctx.issues.warn("decision-date-missing", ctx.lines[start].n, "The decision notice gives no date that could be read.");
  const heading: MeetingHeading = {
    committee: committeeText ? nameCase(committeeText.replace(/^the\s+/i, "")) : null,
    date,
    line: dateField?.line ?? ctx.lines[start].n,
    startTime: null,
    endTime: null,
    timeAsPrinted: null,
    venue: null,
  };
  return {
    line: ctx.lines[start].n,
    meetingDate: date?.iso ?? null,
    startTime: null,
    endTime: null,
    present: [],
    apologies: [],
    entries: [{
      line: decision?.line ?? ctx.lines[start].n,
      number: Number.isFinite(number) ? number : 1,
      title: title ?? "Decision",
      body: decisionParagraphs.join("\n\n"),
      resolutions: decision ? [{
        outcome: null, votesFor: null, votesAgainst: null, abstentions: null, preamble: null,
        text: decisionParagraphs.join(" "),
        parts: parts.length >= 2 ? parts : [],
      }] : [],
      actions: [],
    }],
    agendaItem: null,
    heading,
    fromDecisionNotice: true,
    clerk: contactOf(joinText(get("contact")?.text)),
  };
}

/** "1. adopts …", "(a) approves …", "b) notes …": a numbered or lettered part of the decision. */
function numberedPart(text: string): { label: string; text: string } | null {
  const m = /^\(?(\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s+(\S.*)$/i.exec(text);
  return m ? { label: m[1], text: m[2] } : splitPartLabel(text) as { label: string; text: string } | null;
}

/** "Priya Venkataraman, Democratic Services Officer, 01632 960 512, democratic.services@…". */
function contactOf(text: string | null): ClerkInfo | null {
  if (!text) return null;
  const pieces = text.split(/\s*,\s*/);
  const name = pieces.find((p) => /^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}$/.test(p) && !/\b(?:officer|services|manager|team|clerk|council)\b/i.test(p));
  if (!name) return null;
  const telephone = pieces.find((p) => /^\+?\d[\d ]{6,}\d$/.test(p)) ?? null;
  const email = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/.exec(text)?.[1] ?? null;
  return { name, telephone, email };
}

function readFields(lines: Line[]): Field[] {
  const out: Field[] = [];
  let current: Field | null = null;
  for (const l of lines) {
    if (isBlank(l)) {
      if (current) current.text.push("");
      continue;
    }
    const t = clean(l.text);
    const m = LABEL_LINE.exec(t);
    const key = m ? LABELS.find(([re]) => re.test(m[1].trim()))?.[1] : undefined;
    if (m && key) {
      current = { key, text: m[2] ? [m[2]] : [], line: l.n };
      out.push(current);
      continue;
    }
    // A label printed alone on its line, its value below ("Decision" then the text).
    const alone = LABELS.find(([re]) => re.test(t.replace(/[:]$/, "")))?.[1];
    if (alone && t.length < 60) {
      current = { key: alone, text: [], line: l.n };
      out.push(current);
      continue;
    }
    if (current) current.text.push(t);
  }
  return out;
}

function joinText(text: string[] | undefined): string | null {
  if (!text) return null;
  const t = text.filter((x) => x !== "").join(" ").trim();
  return t === "" ? null : t;
}

function paragraphsOf(text: string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const t of text) {
    if (t === "" || numberedPart(t)) {
      if (current.length) out.push(current.join(" "));
      current = t === "" ? [] : [t];
    } else current.push(t);
  }
  if (current.length) out.push(current.join(" "));
  return out;
}

/** A notice without a "Title:" field: the first line after the notice's own title. */
function titleLine(lines: Line[]): string | null {
  const texts = lines.filter((l) => !isBlank(l)).map((l) => clean(l.text));
  const t = texts.find((x, i) => i > 0 && x.length > 5 && x.length < 200 && !LABEL_LINE.test(x));
  return t ?? null;
}
