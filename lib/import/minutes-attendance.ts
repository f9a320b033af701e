/**
 * The header block of printed minutes: who was present (with roles and substitutions), who sent
 * apologies, and the meeting's start and end times.
 */
import type { Attendee } from "./contract";
import { parseTime } from "./dates";
import type { IssueLog } from "./issue-log";
import { splitSentences } from "./resolutions";
import { clean } from "./text";

const HONORIFIC = /^(?:councillors?|cllrs?\.?)\s+/i;
const PARTY_LABEL = /^(?:con|conservative|lab|labour|ld|lib ?dem|liberal democrat|ind|independent|green|l|c|snp|plaid)$/i;
/** Group labels inside an attendance list; only member groups are kept as "present". */
const GROUP_LABEL = /(?:^|[.;]\s*|\s)((?:co-opted\s+)?(?:councillors?|cllrs|members?|officers?(?:\s+in\s+attendance)?|also\s+present|in\s+attendance|substitutes?|non-voting\s+members?)\s*:)/gi;
const MEMBER_GROUP = /^(?:co-opted\s+)?(?:councillors?|cllrs|members?|substitutes?|non-voting\s+members?)\s*:$/i;

/** Split a list of people at commas, semicolons and "and", never inside brackets. */
export function splitPeopleList(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end).trim();
    if (piece !== "") pieces.push(piece);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") {
      depth = Math.max(0, depth - 1);
      // A missing comma after a bracket: "(substituting for Cllr Tierney) A Costello".
      if (depth === 0 && /^\s+[A-Z]/.test(text.slice(i + 1, i + 3)) && !/^\s+and\b/.test(text.slice(i + 1, i + 6))) {
        push(i + 1);
        start = i + 1;
      }
    } else if (depth === 0 && (ch === "," || ch === ";")) {
      push(i);
      start = i + 1;
    } else if (depth === 0 && /\s/.test(ch) && /^\s(?:and|&)\s/i.test(text.slice(i, i + 5))) {
      push(i);
      start = i + (text[i + 1] === "&" ? 2 : 4);
    }
  }
  push(text.length);
  return pieces;
}

/** Honours printed after a name and a comma ("Mr R C Love, OBE"): part of that name, not a person. */
const HONOURS = /^(?:(?:[OCMKDG]\.?B\.?E|B\.?E\.?M|D\.?L|J\.?P|Q\.?C|K\.?C|M\.?P|M\.?E\.?P|C\.?B|Bt|Bart|FRCS|FRS|PhD|MA|BSc|MSc)\.?\s*)+$/;

/** Split a list of people, keeping honours with the name they follow. */
export function splitPeople(text: string): string[] {
  const out: string[] = [];
  for (const piece of splitPeopleList(text)) {
    const honours = clean(piece.replace(/[.;:]+$/, ""));
    // "Mr H L Petrakis, OBE (Independent Co-opted Member)": the honours may carry the role.
    const bracket = /^(.*?)\s*(\([^()]*\))$/.exec(honours);
    if (out.length > 0 && (HONOURS.test(honours) || (bracket && HONOURS.test(bracket[1])))) out[out.length - 1] = `${out[out.length - 1]}, ${honours}`;
    else out.push(piece);
  }
  return out;
}

const APOLOGIES_SENTENCE = /\bapologies\s+(?:for\s+(?:absence|lateness)\s+)?(?:were\s+|had\s+been\s+)?(?:received|reported|given|submitted|tendered|noted)?\s*(?:on\s+behalf\s+of|from)\s+/i;

/** Names in a sentence "Apologies were received from A, B and C." (or "… reported apologies from …"). */
export function apologiesInSentence(text: string): string[] {
  const t = clean(text);
  const m = APOLOGIES_SENTENCE.exec(t);
  if (!m) return [];
  const rest = t.slice((m.index ?? 0) + m[0].length);
  const sentence = splitSentences(rest)[0] ?? rest;
  const out: string[] = [];
  for (const piece of splitPeople(sentence.replace(/[.]$/, ""))) {
    const person = parseAttendee(piece.replace(/^(?:councillors?|cllrs?\.?|members?)\s*:?\s*/i, ""));
    if (person && person.name.split(/\s+/).length <= 7) out.push(person.name);
  }
  return out;
}

/** One person as printed: "S Criswell (Chairman)", "Ambrose Smith (substituting for Cllr Tierney)". */
export function parseAttendee(piece: string): Attendee | null {
  let role: string | null = null;
  let substitutingFor: string | null = null;
  for (const m of piece.matchAll(/\(([^()]*)\)/g)) {
    const inner = clean(m[1]);
    const sub = /substitut\w*\s*(?:for\s+)?(.*)$/i.exec(inner);
    if (sub) substitutingFor = clean(sub[1]) || null;
    else if (inner !== "" && !PARTY_LABEL.test(inner)) role = role ? `${role}, ${inner}` : inner;
  }
  const name = clean(piece.replace(/\([^()]*\)/g, " ").replace(/[()]/g, " "))
    .replace(HONORIFIC, "")
    .replace(/[.:;,]+$/, "")
    .trim();
  if (name === "" || !/[A-Za-z]/.test(name) || /^none\b/i.test(name)) return null;
  return { name, role, substitutingFor };
}

interface Group { label: string | null; text: string }

function splitGroups(text: string): Group[] {
  const groups: Group[] = [];
  let label: string | null = null;
  let last = 0;
  GROUP_LABEL.lastIndex = 0;
  for (const m of text.matchAll(GROUP_LABEL)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    groups.push({ label, text: text.slice(last, at) });
    label = clean(m[1]);
    last = at + m[1].length;
  }
  groups.push({ label, text: text.slice(last) });
  return groups.filter((g) => clean(g.text) !== "");
}

/** The "Present:" value: members only (officer groups are left out), in printed order. */
export function parsePresent(text: string): Attendee[] {
  const out: Attendee[] = [];
  for (const group of splitGroups(clean(text))) {
    if (group.label !== null && !MEMBER_GROUP.test(group.label)) continue;
    for (const piece of splitPeople(group.text)) {
      const person = parseAttendee(piece);
      if (person) out.push(person);
    }
  }
  return out;
}

/** The "Apologies:" value as a list of names ("Councillors: S Taylor and S Tierney"). */
export function parseApologies(text: string): string[] {
  const out: string[] = [];
  for (const group of splitGroups(clean(text))) {
    if (group.label !== null && !MEMBER_GROUP.test(group.label)) continue;
    for (const piece of splitPeople(group.text)) {
      const person = parseAttendee(piece);
      if (person) out.push(person.name);
    }
  }
  return out;
}

export interface TimeRange { startTime: string | null; endTime: string | null }

interface ClockReading { minutes: number; meridiem: "am" | "pm" | null }

function readClock(text: string): ClockReading | null {
  const t = parseTime(text);
  if (!t) return null;
  const [h, m] = t.time.split(":").map(Number);
  return { minutes: h * 60 + m, meridiem: t.meridiem };
}

/** The readings a printed time could stand for: as printed first, then the other half of the day. */
function variants(c: ClockReading): number[] {
  const other = c.minutes >= 720 ? c.minutes - 720 : c.minutes + 720;
  if (c.meridiem === null && c.minutes >= 780) return [c.minutes];
  return [c.minutes, other];
}

const isDaytime = (m: number) => m >= 7 * 60 && m <= 21 * 60;

function hhmm(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

interface Candidate { start: number; end: number; changes: number; night: boolean }

/** The likeliest (start, end): as few changes to am/pm as possible, ending after it starts, in daytime. */
function likeliestRange(start: ClockReading, end: ClockReading): Candidate | null {
  const candidates: Candidate[] = [];
  variants(start).forEach((s, i) =>
    variants(end).forEach((e, j) => {
      if (e > s && e - s <= 10 * 60) candidates.push({ start: s, end: e, changes: i + j, night: !isDaytime(s) || !isDaytime(e) });
    }),
  );
  candidates.sort((a, b) => Number(a.night) - Number(b.night) || a.changes - b.changes);
  return candidates[0] ?? null;
}

/**
 * "10.00 a.m. to 11.30 a.m.", "2.00pm - 4.15pm". An impossible range ("10.00 p.m. to 11.30 a.m.")
 * gives the likeliest reading and an issue for the clerk.
 */
export function parseTimeRange(text: string, line: number | null, issues: IssueLog): TimeRange {
  const parts = clean(text).split(/\s+(?:to|until|till)\s+|\s*[-–—]\s*/i);
  const start = parts[0] !== undefined ? readClock(parts[0]) : null;
  const end = parts.length > 1 ? readClock(parts.slice(1).join(" ")) : null;
  if (!start) return { startTime: null, endTime: end ? hhmm(end.minutes) : null };
  if (!end) return { startTime: hhmm(start.minutes), endTime: null };
  const best = likeliestRange(start, end);
  if (!best) {
    issues.warn("time-range-implausible", line, `The minutes give the time as "${clean(text)}", which cannot be read as a start and a later end; the times are kept as printed.`);
    return { startTime: hhmm(start.minutes), endTime: hhmm(end.minutes) };
  }
  if (best.start !== start.minutes || best.end !== end.minutes) {
    const printedMeridiem = (best.start !== start.minutes && start.meridiem) || (best.end !== end.minutes && end.meridiem);
    if (printedMeridiem) {
      issues.warn("time-range-implausible", line, `The minutes give the time as "${clean(text)}", which ends before it starts; read as ${hhmm(best.start)} to ${hhmm(best.end)}.`);
    } else {
      issues.info("time-meridiem-assumed", line, `The minutes give the time as "${clean(text)}" without a.m./p.m.; read as ${hhmm(best.start)} to ${hhmm(best.end)}.`);
    }
  }
  return { startTime: hhmm(best.start), endTime: hhmm(best.end) };
}
