/**
 * The meeting a document records, read from its own heading when there is no agenda front
 * sheet: minutes ("MINUTES of a meeting of the Cabinet held in <venue> on <date>", "PANEL – date"
 * above "MINUTES of the meeting held in <venue>", "AGENDA" then body, date, time and venue) and
 * decision notices.
 */
import { findDate, parseTime, type ParsedDate } from "./dates";
import type { Line } from "./source-lines";
import { isBlank } from "./source-lines";
import { clean, nameCase } from "./text";

export interface MeetingHeading {
  committee: string | null;
  date: ParsedDate | null;
  /** Source line of the date (or of the heading when undated). */
  line: number | null;
  startTime: string | null;
  /** "from 6.00 pm to 7.40 pm" in the heading. */
  endTime: string | null;
  timeAsPrinted: string | null;
  venue: string | null;
}

const BODY_WORD = /\b(committee|sub-committee|board|panel|cabinet|council|forum|executive|commission|partnership|group|assembly|authority)\b/i;
const MEETING_OF = /\bmeeting\s+of\s+(?:the\s+)?(.{2,90}?)\s+(?:held|which\s+was\s+held|convened)\b/i;
const HELD_AT = /\bheld\s+(?:at|in)\s+(.{3,160}?)(?:,?\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)|,?\s+(?:at|commencing(?:\s+at)?|from)\s+\d|\.\s*$|$)/i;
/** "held on Tuesday 14 January 2020 in the Village Hall, Church Lane. The meeting commenced at …". */
const HELD_ON_IN = /\bheld\s+on\s+[^.]{4,40}?\s+in\s+(.{3,160}?)(?:\.\s|\.$|,?\s+(?:at|commencing(?:\s+at)?|from)\s+\d|$)/i;
const VENUE_LINE = /\b(room|chamber|hall|house|centre|center|offices?|library|town hall|civic|suite|online|virtual|teams|zoom)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;
const NOT_A_NAME = /^(?:agenda|minutes|present|apologies|public|exempt|unrestricted)\b/i;

/** Read the heading lines (everything above the attendance list) of minutes or a decision notice. */
export function readMeetingHeading(lines: Line[]): MeetingHeading {
  const texts = lines.filter((l) => !isBlank(l)).map((l) => ({ n: l.n, text: clean(l.text) }));
  const joined = texts.map((t) => t.text).join(" ");
  // The date of the "MINUTES of a meeting … on <date>" sentence, else the one nearest above it.
  const minutesAt = texts.findIndex((t) => /\bminutes\b/i.test(t.text));
  const sentence = minutesAt >= 0 ? findDate(texts.slice(minutesAt, minutesAt + 4).map((t) => t.text).join(" ")) : null;
  const above = minutesAt >= 0 ? texts.slice(0, minutesAt + 1).reverse() : texts;
  const dated = sentence ? texts[minutesAt] : above.find((t) => findDate(t.text) !== null) ?? texts.find((t) => findDate(t.text) !== null) ?? null;
  const date = sentence ?? (dated ? findDate(dated.text) : findDate(joined));
  const time = readTime(texts.map((t) => t.text), joined);
  return {
    committee: readCommittee(texts.map((t) => t.text), joined),
    date,
    line: dated?.n ?? texts[0]?.n ?? null,
    startTime: time?.time ?? null,
    endTime: readEndTime(joined),
    timeAsPrinted: time?.printed ?? null,
    venue: readVenue(texts.map((t) => t.text), joined),
  };
}

function readCommittee(texts: string[], joined: string): string | null {
  const m = MEETING_OF.exec(joined);
  if (m && !/^(?:meeting|minutes)\b/i.test(m[1]) && m[1].split(/\s+/).length <= 10) return tidyName(m[1]);
  // "CORPORATE PARENTING PANEL – 29 October 2024", "Planning Committee - Tuesday 4 June 2024".
  for (const t of texts) {
    const d = findDate(t);
    if (!d || d.index < 3) continue;
    const before = t.slice(0, d.index).replace(/\b(?:held\s+)?on\s*$/i, "").replace(/[\s,:–—-]+$/, "").trim();
    if (before.length >= 3 && !NOT_A_NAME.test(before) && !/\bminutes\b/i.test(before) && BODY_WORD.test(before)) return tidyName(before);
  }
  // "COMMUNITIES AND PARTNERSHIP COMMITTEE: MINUTES", "Minutes of the Planning Committee".
  for (const t of texts) {
    const suffix = /^(.{3,90}?)\s*[:–—-]\s*minutes\s*$/i.exec(t);
    if (suffix) return tidyName(suffix[1]);
    const prefix = /^minutes\s+of\s+(?:the\s+)?(?!a\b|the\b|meeting\b)(.{3,90}?)(?:\s+(?:held|meeting)\b.*)?$/i.exec(t);
    if (prefix && BODY_WORD.test(prefix[1])) return tidyName(prefix[1]);
  }
  // The banner nearest the MINUTES line: the body (a council's own name prints above it).
  const banners = texts.filter((t) => t.length <= 80 && isUpper(t) && !NOT_A_NAME.test(t) && !findDate(t) && /[A-Z]{3}/.test(t));
  const bodies = banners.filter((t) => BODY_WORD.test(t));
  const pick = bodies[bodies.length - 1] ?? banners[banners.length - 1];
  if (pick) return tidyName(pick);
  // "Cabinet" printed in normal case on a line of its own.
  const plain = texts.find((t) => t.length <= 60 && BODY_WORD.test(t) && !/[.:;,]/.test(t) && !findDate(t) && !NOT_A_NAME.test(t) && !/\broom\b|\bchamber\b/i.test(t));
  return plain ? tidyName(plain) : null;
}

function tidyName(s: string): string {
  const t = clean(s).replace(/^the\s+/i, "").replace(/[\s,.:;–—-]+$/, "");
  return nameCase(t);
}

function isUpper(t: string): boolean {
  const letters = t.replace(/[^A-Za-z]/g, "");
  return letters.length >= 3 && letters === letters.toUpperCase();
}

function readTime(texts: string[], joined: string): { time: string; printed: string } | null {
  const labelled = texts.map((t) => /^(?:time|start(?:ing)? time|commencing)\s*:?\s*(.+)$/i.exec(t)).find((m) => m);
  if (labelled) {
    const p = parseTime(labelled[1]);
    if (p) return { time: p.time, printed: labelled[1] };
  }
  const alone = texts.find((t) => /^(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:hrs?|hours|[ap]\.?\s?m\.?)$/i.test(t));
  if (alone) {
    const p = parseTime(alone.replace(/^at\s+/i, ""));
    if (p) return { time: p.time, printed: alone };
  }
  const at = /\b(?:at|commencing(?:\s+at)?|from)\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs?)?)/i.exec(joined);
  const p = at ? parseTime(at[1]) : null;
  return p && at ? { time: p.time, printed: at[1].trim() } : null;
}

const CLOCK = "\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|hrs?)?";
const FROM_TO = new RegExp(`\\bfrom\\s+(${CLOCK})\\s*(?:to|until|till|-|–)\\s*(${CLOCK})`, "i");

function readEndTime(joined: string): string | null {
  const m = FROM_TO.exec(joined);
  return m ? parseTime(m[2])?.time ?? null : null;
}

function readVenue(texts: string[], joined: string): string | null {
  const labelled = texts.map((t) => /^(?:venue|place|location)\s*:\s*(.+)$/i.exec(t)).find((m) => m);
  if (labelled) return tidyVenue(labelled[1]);
  const held = HELD_AT.exec(joined) ?? HELD_ON_IN.exec(joined);
  if (held) return tidyVenue(held[1]);
  // "AGENDA" / body / date / time / venue lines: the venue is a short address-like line.
  const line = texts.find((t) => t.length <= 120 && VENUE_LINE.test(t) && !findDate(t) && !/^(?:minutes|agenda)\b/i.test(t) && !BODY_WORD.test(t.replace(/\btown hall\b|\bcouncil (?:chamber|offices?)\b|\bcommittee room\b|\bcivic\b|\bcounty hall\b/gi, "")));
  return line ? tidyVenue(line) : null;
}

function tidyVenue(s: string): string | null {
  const t = clean(s).replace(/^the\s+/i, "").replace(/[\s,.;:]+$/, "");
  return t.length >= 3 ? t : null;
}
