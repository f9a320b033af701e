/**
 * Minutes printed in a pack (usually those of the previous meeting): date, times, attendance,
 * numbered entries with their narrative, resolutions and flagged actions.
 */
import { findDate, parseTime, weekdayOf } from "./dates";
import { readMeetingHeading, type MeetingHeading } from "./meeting-heading";
import { findMinuteHeadingsAnyConvention, type MinuteHeading } from "./minute-headings";
import { apologiesInSentence, parseApologies, parsePresent, parseTimeRange } from "./minutes-attendance";
import type { PackContext } from "./pack-context";
import type { ParsedMinuteEntry, ParsedMinutes } from "./parsed";
import { findResolutions, resolutionStart, splitPartLabel, splitSentences, type MinuteParagraph } from "./resolutions";
import { isBlank, type Line } from "./source-lines";
import { clean, stripBullet } from "./text";

/** How far after a "… MINUTES" heading the attendance must start for it to be minutes. */
const HEADER_LOOKAHEAD = 12;
const MINUTES_HEADING = /\bMINUTES\b/i;
const HEADER_FIELD = /^(date|time|venue|place|(?:members\s+|councillors\s+)?present(?:\s+virtually)?|attendance|(?:members\s+|councillors\s+)?in\s+attendance(?:\s+virtually)?|apologies(?:\s+for\s+absence)?|also\s+present(?:\s+virtually)?|officers(?:\s+(?:in\s+attendance|present))?)\s*(?::\s*(.*)|$)/i;
const PERSON_START = /^(?:councillors?|cllrs?\.?|mr|mrs|ms|miss|dr|sir|dame|lady|lord|professor|prof\.?)\s/i;

/** Two-column name blocks ("Councillor A<TAB>Councillor B"): columns become list items. */
function columnsAsList(raw: string): string {
  return raw.includes("\t") ? raw.replace(/\s*\t+\s*/g, ", ").replace(/^,\s*|,\s*$/g, "") : raw;
}

/** Labels of the attendance field that lists the members present. */
const PRESENT_KEYS = ["present", "members present", "councillors present", "attendance"];
const SIGN_OFF = /^(?:signed\s*:?\s*)?[._…\s]*(?:the\s+)?(?:vice[- ])?(?:chairman|chairwoman|chairperson|chair)\s*[._…]*$/i;
const LABEL_START = /^[\s*_]*\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)\s/i;
const BULLET_START = /^\s*(?:[-•▪●◦]|\*(?=\s)|o(?=\s))\s+/;

/**
 * The minutes in the document: in the parts the document model found (each from its heading to
 * the next part), or, without parts, wherever a "… MINUTES" heading is followed by "Present:".
 */
export function parseMinutes(ctx: PackContext, parts?: { start: number; end: number }[]): ParsedMinutes[] {
  try {
    if (parts) return parts.map((p) => readMinutes(ctx, p.start, p.end));
    return findMinutesHeadings(ctx.lines).map((idx, k, all) => readMinutes(ctx, idx, all[k + 1] ?? ctx.lines.length));
  } catch (err) {
    ctx.issues.error("minutes-unreadable", null, `The minutes could not be read (${err instanceof Error ? err.message : String(err)}).`);
    return [];
  }
}

/** Headings such as "COMMUNITIES AND PARTNERSHIP COMMITTEE: MINUTES" followed soon by "Present:". */
export function findMinutesHeadings(lines: Line[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].text.length > 240 || !MINUTES_HEADING.test(lines[i].text)) continue;
    const text = clean(lines[i].text);
    if (text.length > 160 || !MINUTES_HEADING.test(text) || /^\d/.test(text) || /action\s+log/i.test(text)) continue;
    if (hasPresentSoon(lines, i)) out.push(i);
  }
  return out;
}

function hasPresentSoon(lines: Line[], idx: number): boolean {
  let seen = 0;
  for (let i = idx + 1; i < lines.length && seen < HEADER_LOOKAHEAD; i++) {
    if (isBlank(lines[i])) continue;
    seen++;
    const raw = lines[i].text;
    if (/^[\s*_#-]*present\b/i.test(raw)) return true;
    if (MINUTES_HEADING.test(raw) && !/^[\s*_#-]*(?:date|time)\b/i.test(raw)) return false;
  }
  return false;
}

interface EntryHeading { number: number; title: string }

/** "52. CAMBRIDGESHIRE ADULT LEARNING AND SKILLS SERVICE" (title in capitals, ordinals allowed). */
export function readEntryHeading(lineText: string): EntryHeading | null {
  if (!/^[\s*#-]*\d/.test(lineText)) return null;
  const m = /^(\d{1,4})(?:\.(?!\d)|\s)\s*(\S.*)$/.exec(clean(lineText));
  if (!m) return null;
  const title = m[2].trim();
  const letters = title.replace(/(\d)\s?(?:st|nd|rd|th)\b/gi, "$1").replace(/[^A-Za-z]/g, "");
  const upper = letters.replace(/[^A-Z]/g, "").length;
  if (letters.length < 3 || upper / letters.length < 0.85) return null;
  return { number: parseInt(m[1], 10), title };
}

interface MinutesSpan {
  start: number; firstEntry: number; end: number; signedOff: boolean;
  /** Minute headings found in any convention other than "52. TITLE" (indices into ctx.lines). */
  headings: MinuteHeading[] | null;
}

/** Where the minutes end (exclusive): the Chairman's sign-off, or else the next document the pack knows about. */
function findMinutesSpan(ctx: PackContext, start: number, limit: number): MinutesSpan {
  const lines = ctx.lines;
  const headingLine = lines[start].n;
  const nextReport = ctx.reports
    .map((r) => r.line)
    .filter((n): n is number => n !== null && n > headingLine)
    .reduce((a, b) => Math.min(a, b), Infinity);
  const reportIdx = Number.isFinite(nextReport) ? lines.findIndex((l) => l.n === nextReport) : -1;
  const end = Math.min(limit, lines.length, reportIdx >= 0 ? reportIdx : Infinity);
  let firstEntry = -1;
  for (let i = start + 1; i < end; i++) {
    if (readEntryHeading(lines[i].text)) { firstEntry = i; break; }
  }
  const attendance = findIndexFrom(lines, start, end, (t) => /present|attendance/i.test(t) && HEADER_FIELD.test(clean(t)));
  let headings: MinuteHeading[] | null = null;
  const other = findMinuteHeadingsAnyConvention(lines.slice(attendance >= 0 ? attendance + 1 : start + 1, end))
    .map((h) => shiftHeading(h, attendance >= 0 ? attendance + 1 : start + 1));
  if (other.length > 0 && (firstEntry < 0 || other[0].start < firstEntry || other.some((h) => h.item !== null))) {
    headings = other;
    firstEntry = other[0].start;
  }
  if (firstEntry >= 0) {
    for (let i = firstEntry; i < end; i++) {
      const raw = lines[i].text;
      if (raw.length < 60 && /chair/i.test(raw) && SIGN_OFF.test(clean(raw))) return { start, firstEntry, end: i, signedOff: true, headings };
      if (isActionLogHeading(raw)) return { start, firstEntry, end: i, signedOff: false, headings };
    }
  }
  return { start, firstEntry: firstEntry < 0 ? end : firstEntry, end, signedOff: false, headings };
}

function shiftHeading(h: MinuteHeading, by: number): MinuteHeading {
  return { ...h, start: h.start + by, bodyStart: h.bodyStart + by, numberLine: h.numberLine === null ? null : h.numberLine + by };
}

function findIndexFrom(lines: Line[], from: number, to: number, pred: (text: string) => boolean): number {
  for (let i = from; i < to; i++) if (lines[i].text.length < 300 && pred(lines[i].text)) return i;
  return -1;
}

function isActionLogHeading(text: string): boolean {
  if (!/action\s+log/i.test(text)) return false;
  const t = clean(text);
  return t.length < 80 && /\baction\s+log\b/i.test(t) && !/[.;]$/.test(t) && !/^\d/.test(t);
}

function readMinutes(ctx: PackContext, start: number, limit: number): ParsedMinutes {
  const span = findMinutesSpan(ctx, start, limit);
  const headingLine = ctx.lines[start];
  if (!span.signedOff) {
    ctx.issues.warn("minutes-end-not-found", headingLine.n, "The minutes have no Chairman's sign-off; they were read up to the next document, which may include text that is not part of them.");
  }
  const fields = readHeaderFields(ctx.lines.slice(start + 1, span.firstEntry));
  const firstField = Math.min(...[...fields.values()].map((f) => f.line), Infinity);
  const heading = readMeetingHeading(ctx.lines.slice(start, span.firstEntry).filter((l) => l.n < firstField));
  const dateField = fields.get("date") ?? (heading.date && heading.line !== null ? { text: heading.date.matched, line: heading.line } : { text: headingLine.text, line: headingLine.n });
  const meetingDate = readMinutesDate(ctx, dateField);
  const time = fields.get("time");
  const times = time ? parseTimeRange(time.text, time.line, ctx.issues) : { startTime: heading.startTime, endTime: heading.endTime };
  const present = PRESENT_KEYS.map((k) => fields.get(k)).find((f) => f !== undefined);
  const attendees = present ? parsePresent(present.text) : [];
  if (attendees.length === 0) ctx.issues.warn("minutes-present-missing", present?.line ?? headingLine.n, "The minutes do not say which members were present.");
  const apologiesField = fields.get("apologies");
  const entryLines = ctx.lines.slice(span.firstEntry, span.end);
  const entries = span.headings
    ? readEntriesAt(ctx, span.headings, span.end)
    : readEntries(ctx, entryLines);
  if (entries.length === 0) ctx.issues.warn("minutes-entries-missing", headingLine.n, "No numbered minute entries could be read in these minutes.");
  if (times.endTime === null) times.endTime = closingTime(entries);
  let apologies = apologiesField ? parseApologies(apologiesField.text) : [];
  if (apologies.length === 0) apologies = apologiesInEntries(entries);
  return {
    line: headingLine.n,
    meetingDate,
    startTime: times.startTime,
    endTime: times.endTime,
    present: attendees,
    apologies,
    entries,
    agendaItem: agendaItemOfMinutes(ctx, meetingDate),
    heading: { ...heading, venue: fields.get("venue")?.text ?? fields.get("place")?.text ?? heading.venue },
  };
}

/** "The meeting closed at 9.12 pm" at the end of the last minute. */
function closingTime(entries: ParsedMinuteEntry[]): string | null {
  const last = entries[entries.length - 1];
  const m = last ? /\b(?:meeting|committee|panel)\s+(?:closed|ended|finished|concluded|rose)\s+at\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs?)?)/i.exec(last.body) : null;
  return m ? parseTime(m[1])?.time ?? null : null;
}

/** "Apologies were received from …" in the first minutes, when there is no Apologies field. */
function apologiesInEntries(entries: ParsedMinuteEntry[]): string[] {
  for (const e of entries.slice(0, 4)) {
    const found = apologiesInSentence(`${e.title}. ${e.body}`);
    if (found.length) return found;
  }
  return [];
}

interface Field { text: string; line: number }

/** "Date:", "Time:", "Present:", "Apologies:" values; a value may wrap onto following lines. */
function readHeaderFields(lines: Line[]): Map<string, Field> {
  const fields = new Map<string, Field>();
  let current: Field | null = null;
  for (const l of lines) {
    if (isBlank(l)) {
      if (current && clean(current.text) !== "") current = null;
      continue;
    }
    const text = clean(columnsAsList(l.text));
    const m = HEADER_FIELD.exec(text);
    if (m) {
      const key = m[1].toLowerCase().replace(/\s+for\s+absence$/, "").replace(/\s+/g, " ");
      current = { text: m[2] ?? "", line: l.n };
      if (!fields.has(key)) fields.set(key, current);
    } else if (current) {
      const open = current.text.trim();
      // Names one to a line (or in columns) are a list even without commas.
      const needsComma = open !== "" && !/[,;]$/.test(open) && !/\band$/i.test(open) && PERSON_START.test(text);
      current.text += `${needsComma ? "," : ""} ${text}`;
    }
  }
  return fields;
}

function readMinutesDate(ctx: PackContext, field: Field): string | null {
  const date = findDate(field.text);
  if (!date) {
    ctx.issues.warn("minutes-date-missing", field.line, "The minutes give no meeting date that could be read.");
    return null;
  }
  const actual = weekdayOf(date.iso);
  if (date.weekday && date.weekday !== actual) {
    ctx.issues.warn("date-weekday-mismatch", field.line,
      `The minutes are dated "${clean(field.text)}", but ${date.iso} was a ${cap(actual)}, not a ${cap(date.weekday)}; the date is kept as ${date.iso}.`);
  }
  if (ctx.meetingDate && date.iso > ctx.meetingDate) {
    ctx.issues.warn("minutes-date-after-meeting", field.line, `The minutes are dated ${date.iso}, after the meeting this pack is for (${ctx.meetingDate}).`);
  }
  return date.iso;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The front-sheet item that carries these minutes: its title mentions minutes (and, best, their date). */
function agendaItemOfMinutes(ctx: PackContext, meetingDate: string | null): string | null {
  const candidates = ctx.agendaItems.filter((a) => /\bminutes\b/i.test(a.title) && !/action\s+log/i.test(a.title));
  if (candidates.length === 0) return null;
  const sameDate = candidates.find((a) => meetingDate !== null && findDate(a.title)?.iso === meetingDate);
  return (sameDate ?? candidates[0]).number;
}

interface HeadingAt { index: number; heading: EntryHeading }

/** Entries at headings found in another convention ("84." alone, "(Item 7)", "93/18 Title"). */
function readEntriesAt(ctx: PackContext, headings: MinuteHeading[], end: number): ParsedMinuteEntry[] {
  const numberLines = new Set(headings.map((h) => h.numberLine).filter((n): n is number => n !== null));
  return headings.map((h, k) => {
    const bodyEnd = Math.max(h.bodyStart, Math.min(headings[k + 1]?.start ?? end, end));
    const bodyLines = ctx.lines.slice(h.bodyStart, bodyEnd).filter((_l, i) => !numberLines.has(h.bodyStart + i));
    const paragraphs = toParagraphs(bodyLines);
    if (h.numberLine === null && h.item !== null) {
      ctx.issues.info("minute-number-from-item", ctx.lines[h.start].n, `The minute "${h.title}" has no number of its own; it is numbered ${h.number} after its agenda item (Item ${h.item}).`);
    }
    return {
      line: ctx.lines[h.start].n,
      number: h.number,
      title: h.title,
      body: paragraphs.map((p) => p.text).join("\n\n"),
      resolutions: findResolutions(paragraphs),
      ...actionsOf(paragraphs),
    };
  });
}

/** Entries in printed order; numbers must rise (a lower number is a list item, not a heading). */
function readEntries(ctx: PackContext, lines: Line[]): ParsedMinuteEntry[] {
  let headings = findEntryHeadings(lines, readEntryHeading, 20);
  if (headings.length === 0) headings = findEntryHeadings(lines, readPlainEntryHeading, 1);
  headings.forEach((h, k) => {
    const previous = headings[k - 1]?.heading.number;
    if (previous !== undefined && h.heading.number > previous + 1) {
      ctx.issues.info("minute-number-gap", lines[h.index].n, `Minute ${h.heading.number} follows minute ${previous}; the numbers in between are missing.`);
    }
  });
  return headings.map(({ index, heading }, k) => {
    const end = headings[k + 1]?.index ?? lines.length;
    const titleEnd = wrappedTitleEnd(lines, index, end);
    const title = [heading.title, ...lines.slice(index + 1, titleEnd).map((l) => clean(l.text))].join(" ");
    const paragraphs = toParagraphs(lines.slice(titleEnd, end));
    return {
      line: lines[index].n,
      number: heading.number,
      title,
      body: paragraphs.map((p) => p.text).join("\n\n"),
      resolutions: findResolutions(paragraphs),
      ...actionsOf(paragraphs),
    };
  });
}

/** A minute's actions in the contract's shape, and who each was given to beside them. */
function actionsOf(paragraphs: MinuteParagraph[]): { actions: string[]; actionResponsible: (string | null)[] } {
  const found = findMinuteActions(paragraphs);
  return { actions: found.map((a) => a.text), actionResponsible: found.map((a) => a.responsible) };
}

function findEntryHeadings(lines: Line[], read: (text: string) => EntryHeading | null, maxStep: number): HeadingAt[] {
  const out: HeadingAt[] = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = read(lines[i].text);
    if (!heading) continue;
    const previous = out[out.length - 1]?.heading.number;
    if (previous !== undefined && (heading.number <= previous || heading.number > previous + maxStep)) continue;
    out.push({ index: i, heading });
  }
  return out;
}

/** Fallback for minutes whose titles are not in capitals: "52. Adult Learning and Skills". */
function readPlainEntryHeading(lineText: string): EntryHeading | null {
  if (!/^[\s*#-]*\d/.test(lineText)) return null;
  const m = /^(\d{1,4})\.(?!\d)\s*([A-Z][^.:;!?]{2,100})$/.exec(clean(lineText));
  return m ? { number: parseInt(m[1], 10), title: m[2].trim() } : null;
}

/** A long capitals title may carry on over the next line(s), with no blank line between. */
function wrappedTitleEnd(lines: Line[], heading: number, limit: number): number {
  let i = heading + 1;
  while (i < limit && i < heading + 3 && !isBlank(lines[i])) {
    const text = clean(lines[i].text);
    const letters = text.replace(/[^A-Za-z]/g, "");
    const capitals = letters.replace(/[^A-Z]/g, "").length;
    if (letters.length < 3 || capitals / letters.length < 0.85 || /^\d/.test(text) || startsNewParagraph(lines[i].text) || /[.:;!?]$/.test(text)) break;
    i++;
  }
  return i;
}

/** Bullets, lettered items and table rows (tab-separated) each start a paragraph of their own. */
function startsNewParagraph(text: string): boolean {
  return text.includes("\t") || BULLET_START.test(text) || LABEL_START.test(text);
}

/** Lines -> paragraphs; bullets and lettered items start their own, page breaks are mended. */
export function toParagraphs(lines: Line[]): MinuteParagraph[] {
  const raw: { raw: string; line: number; bullet: boolean; afterGap: boolean }[] = [];
  let open = false;
  let gap = false;
  for (const l of lines) {
    if (isBlank(l)) { open = false; gap = true; continue; }
    if (open && !startsNewParagraph(l.text)) {
      raw[raw.length - 1].raw += ` ${l.text.trim()}`;
    } else {
      raw.push({ raw: l.text.trim(), line: l.n, bullet: BULLET_START.test(l.text), afterGap: gap });
    }
    open = true;
    gap = false;
  }
  const out: MinuteParagraph[] = [];
  for (const r of raw) {
    const text = clean(stripBullet(r.raw));
    if (text === "") continue;
    const prev = out[out.length - 1];
    if (prev && r.afterGap && !r.bullet && continuesAcrossPageBreak(prev.text, text)) {
      prev.raw += ` ${r.raw}`;
      prev.text += ` ${text}`;
      continue;
    }
    out.push({ text, raw: stripBullet(r.raw), line: r.line, bullet: r.bullet });
  }
  return out;
}

/** A sentence cut by a page break: the first part has no closing punctuation and the rest goes on. */
function continuesAcrossPageBreak(previous: string, next: string): boolean {
  if (/[.:;!?)"”’'*]$/.test(previous) || splitPartLabel(next) || resolutionStart(next) === 0) return false;
  // An action flag closes its paragraph ("… next report. Action required"): what follows is new.
  if (ENDS_WITH_ACTION_FLAG.test(previous)) return false;
  return /^[a-z]/.test(next) || (previous.length >= 120 && !/^\d/.test(next));
}

// ----------------------------------------------------------------------------- actions

const ENDS_WITH_ACTION_FLAG = /\bAction(?:\s+required|\s*:\s*[^.!?]{1,120})$/i;

/** Where an action flag sits in a paragraph, the action's own wording if the flag gives it, and who it names. */
interface ActionFlag { start: number; end: number; own: string | null; owners: string | null }

/** An action flagged in a minute, and who the flag names to take it ("Kerry Newsom / Martin Wade"). */
export interface MinuteAction { text: string; responsible: string | null }

/** The first sentence of a text (for "Action: Officers to circulate the figures." flags). */
function firstSentence(text: string): { sentence: string; length: number } {
  const m = /^[\s\S]*?[.!?](?=\s|$)/.exec(text);
  const sentence = m ? m[0] : text;
  return { sentence: clean(sentence), length: sentence.length };
}

/** What a flag's own words say: nothing ("required", a list of names) or the action itself. */
function ownWording(content: string): string | null {
  return content === "" || /^required\b/i.test(content) || isNameList(content) ? null : content;
}

/**
 * Action flags: "**Action required**", "**Action: Kerry Newsom / …**", "**Action Obtain …**",
 * "**Action:** Officers to …", and the same without bold ("Action required", "Action: …").
 */
function findActionFlags(raw: string): ActionFlag[] {
  const flags: ActionFlag[] = [];
  for (const m of raw.matchAll(/\*\*\s*Action\b\s*(:?)\s*([^*]*?)\s*\*\*/gi)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    let own = ownWording(clean(m[2]));
    if (m[2].trim() === "" && m[1] === ":") {
      const next = firstSentence(raw.slice(end));
      own = ownWording(next.sentence);
      if (own) end += next.length;
    }
    flags.push({ start, end, own, owners: namedOwners(clean(m[2])) });
  }
  const insideBold = (at: number) => flags.some((f) => at >= f.start && at < f.end);
  for (const m of raw.matchAll(/\bAction\s+required\b\.?/gi)) {
    if (!insideBold(m.index ?? 0)) flags.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, own: null, owners: null });
  }
  for (const m of raw.matchAll(/(?:^|[.!?]\s+)((?:Action|ACTION)\s*:\s*)/g)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    if (insideBold(start)) continue;
    const next = firstSentence(raw.slice(start + m[1].length));
    const named = next.sentence.replace(/\.$/, "");
    flags.push({ start, end: start + m[1].length + next.length, own: ownWording(named) && ownWording(next.sentence), owners: namedOwners(named) });
  }
  return flags.sort((a, b) => a.start - b.start);
}

/** The names a flag gives as who is to act, as printed ("Kerry Newsom / Martin Wade"); null when it names no one. */
function namedOwners(content: string): string | null {
  return content !== "" && !/^required\b/i.test(content) && isNameList(content) ? content : null;
}

/** "Kerry Newsom / Martin Wade / Adrian Chapman": who is to act, not what. */
function isNameList(s: string): boolean {
  const pieces = s.split(/\s*(?:\/|,|&|\band\b)\s*/).filter((x) => x !== "");
  return pieces.length > 0 && pieces.every((p) => /^(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}$/.test(p));
}

/** An action is worded in the last few sentences before its flag; no need to read further back. */
const ACTION_CONTEXT_CHARS = 3000;
const UNDERTAKING = /\b(?:agreed|agree|undertook|undertake[ns]?|would|will|requested|request|asked|to\s+be\s+(?:provided|sent|circulated|included|shared|reported|added)|follow(?:ed)?\s+up)\b/i;

/** The sentence(s) a flag refers to: the last undertaking in the text before it (with its subject if terse). */
export function actionSentences(before: string): string {
  const sentences = splitSentences(before);
  if (sentences.length === 0) return "";
  const window = Math.max(0, sentences.length - 3);
  let pick = sentences.length - 1;
  for (let k = sentences.length - 1; k >= window; k--) {
    if (UNDERTAKING.test(sentences[k])) { pick = k; break; }
  }
  const chosen = sentences[pick];
  const terse = chosen.split(/\s+/).length < 7;
  return terse && pick > 0 ? `${sentences[pick - 1]} ${chosen}` : chosen;
}

/** The actions flagged in a minute, each as the sentence(s) of the action. */
export function findActions(paragraphs: MinuteParagraph[]): string[] {
  return findMinuteActions(paragraphs).map((a) => a.text);
}

/** The actions flagged in a minute, with the people each flag names to take it. */
export function findMinuteActions(paragraphs: MinuteParagraph[]): MinuteAction[] {
  const out: MinuteAction[] = [];
  paragraphs.forEach((p, k) => {
    let from = 0;
    for (const flag of findActionFlags(p.raw)) {
      let before = clean(p.raw.slice(Math.max(from, flag.start - ACTION_CONTEXT_CHARS), flag.start));
      if (before === "" && from === 0 && k > 0) before = textAfterLastFlag(paragraphs[k - 1]);
      from = flag.end;
      const action = flag.own ?? actionSentences(before);
      if (action !== "") out.push({ text: action, responsible: flag.owners });
    }
  });
  return out;
}

function textAfterLastFlag(p: MinuteParagraph): string {
  const flags = findActionFlags(p.raw);
  return clean(flags.length > 0 ? p.raw.slice(flags[flags.length - 1].end) : p.raw);
}
