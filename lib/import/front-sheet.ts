import type { ClerkInfo, MemberInfo } from "./contract";
import { findDate, parseTime, weekdayOf } from "./dates";
import type { IssueLog } from "./issue-log";
import type { ParsedAgendaItem, ParsedMeeting } from "./parsed";
import { findIndex, isBlank, type Line } from "./source-lines";
import { readAgendaItems } from "./agenda-items";
import { splitPeople } from "./minutes-attendance";
import { clean, cleanOrNull, nameCase } from "./text";

/**
 * The agenda front sheet: committee, date, time, venue, clerk, members and the agenda.
 * It is the first page of a pack; everything before the membership sentence / clerk block.
 */
export interface FrontSheet {
  meeting: ParsedMeeting;
  clerk: ClerkInfo | null;
  members: MemberInfo[];
  agendaItems: ParsedAgendaItem[];
  /** Index (0-based, into lines) of the last line of the front sheet. */
  endIndex: number;
}

/** How far into a pack the front sheet's header (before the agenda) may reach. */
const HEADER_SCAN_LIMIT = 120;
const FRONT_SHEET_SCAN_LIMIT = 400;

const MEMBERSHIP_SENTENCE = /\b(?:the\s+)?(.+?)\s+(?:comprises|consists of|is made up of)\s+the\s+following\s+members\b/i;
const CLERK_FIELD = /^\s*Clerk\s+(Name|Telephone|Tel|Phone|Email|E-mail)\s*:\s*(.*)$/i;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/;
const ROOM = /^(?:room\b|committee room|council chamber|the chamber|meeting room|[A-Z]{1,3} room\b)/i;
const COMMITTEE_WORD = /\b(COMMITTEE|BOARD|PANEL|CABINET|COUNCIL|FORUM|SUB-COMMITTEE)\b/;
const DEMOCRATIC_SERVICES = /democratic\s+(?:and\s+members'?\s+)?services/i;
const VIRTUAL_HINT = /\b(held virtually|virtual meeting|via zoom|via microsoft teams|remote meeting|held remotely)\b/i;
const PLATFORMS: [RegExp, string][] = [[/\bzoom\b/i, "Zoom"], [/microsoft teams/i, "Microsoft Teams"], [/\bskype\b/i, "Skype"]];

/** "1.", "2a", "10", "4\t" followed by a title; titles start with a capital (or markup). */
const ITEM_LINE = /^\s*(\d{1,2}[a-z]?)(?:[.)]\s*|\t+|\s+)((?:\*\*|\*)?[A-Z].*)$/;
/** Page range at the end of a title line: "**5 - 20**", "\t5 - 12". */
const TRAILING_PAGES = /(?:\*\*)?\s*(\d{1,4})\s*[-–]\s*(\d{1,4})\s*(?:\*\*)?\s*$/;
const PAGE_RANGE_ONLY = /^\s*(?:\*\*)?(\d{1,4})\s*[-–]\s*(\d{1,4})(?:\*\*)?\s*$/;

export function parseFrontSheet(lines: Line[], issues: IssueLog): FrontSheet | null {
  const agendaIdx = findAgendaHeading(lines);
  // "AGENDA" printed first, above the body, date and venue: the header runs to the first item.
  const agendaOnTop = agendaIdx >= 0 && !lines.slice(0, agendaIdx).some((l) => findDate(l.text) !== null);
  const firstDateIdx = agendaOnTop ? findIndex(lines, (l) => findDate(l.text) !== null, agendaIdx + 1, Math.min(lines.length, HEADER_SCAN_LIMIT)) : -1;
  const firstItemIdx = firstDateIdx >= 0
    ? findIndex(lines, (l) => FIRST_ITEM.test(l.text) || (SECTION_LINE.test(l.text) && !COMMITTEE_WORD.test(l.text)), firstDateIdx + 1, Math.min(lines.length, FRONT_SHEET_SCAN_LIMIT))
    : -1;
  const headerEnd = agendaOnTop ? (firstItemIdx >= 0 ? firstItemIdx : Math.min(lines.length, HEADER_SCAN_LIMIT)) : agendaIdx >= 0 ? agendaIdx : Math.min(lines.length, HEADER_SCAN_LIMIT);
  const header = lines.slice(agendaOnTop ? agendaIdx + 1 : 0, headerEnd);

  const announced = readAnnouncement(header);
  const dateLine = announced?.dateLine ?? header.find((l) => findDate(l.text) !== null);
  const membershipIdx = findMembershipSentence(lines);
  const clerkIdx = findIndex(lines, (l) => CLERK_FIELD.test(l.text), 0, Math.min(lines.length, FRONT_SHEET_SCAN_LIMIT));
  const committee = readCommitteeName(lines, header, membershipIdx, announced?.committee ?? null);
  if (!dateLine || !committee || (agendaIdx < 0 && membershipIdx < 0)) return null;

  const parsedDate = announced?.date ?? findDate(dateLine.text)!;
  if (parsedDate.weekday && parsedDate.weekday !== weekdayOf(parsedDate.iso)) {
    issues.warn("date-weekday-mismatch", dateLine.n,
      `The meeting date "${clean(dateLine.text)}" names a ${cap(parsedDate.weekday)}, but ${parsedDate.iso} is a ${cap(weekdayOf(parsedDate.iso))}.`);
  }
  const agendaEnd = firstIndexAfter(lines, agendaOnTop ? headerEnd - 1 : agendaIdx, [membershipIdx, clerkIdx]);
  const itemsFrom = agendaOnTop ? headerEnd : agendaIdx + 1;
  const agendaItems = agendaIdx >= 0 ? readAgendaItems(lines.slice(itemsFrom, agendaEnd), issues) : [];
  if (agendaItems.length === 0) issues.warn("agenda-items-missing", agendaIdx >= 0 ? lines[agendaIdx].n : null, "No agenda items could be read from the front sheet.");

  const time = announced?.time ?? readStartTime(header, dateLine);
  if (!time) issues.warn("meeting-time-missing", dateLine.n, "The front sheet gives no start time that could be read.");
  const venue = announced?.venue ? { text: announced.venue, room: null }
    : readVenue(withoutClerkBlock(header).filter((l) => clean(l.text).toLowerCase() !== committee.toLowerCase() && !/^\s*items?\b.*\bpages?\s*$/i.test(l.text)));
  const noticeText = header.map((l) => l.text).join(" ");
  const platforms = PLATFORMS.filter(([re]) => re.test(noticeText)).map(([, name]) => name);
  const virtual = VIRTUAL_HINT.test(noticeText) || (platforms.length > 0 && /\bvirtual/i.test(noticeText));

  const members = membershipIdx >= 0 ? readMembers(lines, membershipIdx, issues) : readMemberList(header);
  if (members.length === 0) issues.warn("members-missing", null, "The front sheet does not list the committee's members.");
  const clerk = readClerk(lines) ?? readAskForClerk(header) ?? readContactClerk(header);
  if (!clerk) issues.warn("clerk-missing", null, "The front sheet gives no clerk name.");

  return {
    meeting: {
      committee,
      date: parsedDate.iso,
      dateAsPrinted: announced ? parsedDate.matched : clean(stripClerkLabels(dateLine.text).replace(/^\s*Date\s*:\s*/i, "")),
      startTime: time?.time ?? null,
      timeAsPrinted: time?.printed ?? null,
      venue: venue.text,
      room: venue.room,
      virtual,
      virtualPlatforms: platforms.length ? platforms.join(", ") : null,
      line: dateLine.n,
    },
    clerk,
    members,
    agendaItems,
    endIndex: Math.max(agendaEnd, clerkIdx + 3),
  };
}

const FIRST_ITEM = /^\s*(?:\*\*)?1[.)]?(?:\s|$)/;
const SECTION_LINE = /^\s*[A-Z][A-Z &,'/-]{3,58}\s*$/;
/** "A meeting of the County Council will be held in <venue> on <date> at <time>". */
const ANNOUNCEMENT = /\bmeeting\s+of\s+(?:the\s+)?(.{3,90}?)\s+(?:will|to)\s+be\s+held\s+(?:(?:at|in)\s+(.{3,200}?)\s+)?on\s+(.{6,60}?\d{4})(?:,?\s+(?:at|commencing(?:\s+at)?)\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs?)?))?/i;

interface Announcement {
  committee: string;
  date: ReturnType<typeof findDate> & object;
  dateLine: Line;
  time: { time: string; printed: string } | null;
  venue: string | null;
}

/** The summons sentence, read across the lines it wraps over. */
function readAnnouncement(header: Line[]): Announcement | null {
  const held = /(?:will|to)\s+be\s+held/i;
  const idx = header.findIndex((l, i) => /\bmeeting\s+of\b/i.test(l.text) && header.slice(i, i + 3).some((x) => held.test(x.text)));
  if (idx < 0) return null;
  const joined = header.slice(idx, idx + 5).map((l) => clean(l.text)).join(" ");
  const m = ANNOUNCEMENT.exec(joined);
  const date = m ? findDate(m[3]) : null;
  if (!m || !date) return null;
  const time = m[4] ? parseTime(m[4]) : null;
  return {
    committee: m[1].replace(/^the\s+/i, "").trim(),
    date,
    dateLine: header[idx],
    time: time ? { time: time.time, printed: m[4].trim() } : null,
    venue: m[2] ? m[2].replace(/^the\s+/i, "").replace(/[\s,]+$/, "") : null,
  };
}

/** Labels of a clerk column printed beside the date and venue ("… 10.00 am Ask for:"). */
const CLERK_LABEL_TAIL = /\s+(?:ask\s+for|telephone|tel|phone|e-?mail|contact)\s*:\s*$/i;

function stripClerkLabels(text: string): string {
  return text.replace(CLERK_LABEL_TAIL, "");
}

/** Header lines without the "Ask for:" clerk block (name, Tel:, Email:) and column labels. */
function withoutClerkBlock(header: Line[]): Line[] {
  const out: Line[] = [];
  header.forEach((l, i) => {
    const t = clean(l.text);
    if (/^(?:ask\s+for|tel|telephone|phone|e-?mail)\b\s*:?/i.test(t) || t.includes("@") || /^\.\S*$/.test(t) || t === ".") return;
    const next = header.slice(i + 1).find((x) => !isBlank(x));
    if (next && /^(?:tel|telephone|phone)\b\s*:/i.test(clean(next.text))) return;
    out.push({ n: l.n, text: stripClerkLabels(l.text) });
  });
  return out;
}

/** "Ask for: / Telephone: / Email:" printed as a column: the name above "Tel:", the email split over lines. */
function readAskForClerk(header: Line[]): ClerkInfo | null {
  if (!header.some((l) => /\bask\s+for\s*:/i.test(l.text))) return null;
  const texts = header.map((l) => clean(l.text)).filter((t) => t !== "");
  const telIdx = texts.findIndex((t) => /^(?:tel|telephone|phone)\s*:\s*\d/i.test(t));
  if (telIdx < 1) return null;
  const name = texts[telIdx - 1];
  if (!/^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3}$/.test(name)) return null;
  const telephone = texts[telIdx].replace(/^(?:tel|telephone|phone)\s*:\s*/i, "");
  let email: string | null = null;
  const emailIdx = texts.findIndex((t, i) => i > telIdx && /^e-?mail\s*:/i.test(t));
  if (emailIdx >= 0) {
    let e = texts[emailIdx].replace(/^e-?mail\s*:\s*/i, "");
    for (let k = emailIdx + 1; k < texts.length && k <= emailIdx + 3; k++) {
      if (e.includes("@") && !/^\.[a-z]/i.test(texts[k])) break;
      if (!/^[\w.@-]+$/.test(texts[k]) || texts[k] === ".") break;
      e += texts[k];
    }
    email = e.includes("@") ? e : null;
  }
  return { name, telephone: telephone || null, email };
}

/** "Membership:" / "Committee Members:" / "To: Members of the …" followed by the names. */
function readMemberList(header: Line[]): MemberInfo[] {
  const idx = header.findIndex((l) => /^\s*(?:committee\s+)?members(?:hip)?\s*(?:of\s+the\s+\w+.*)?:|^\s*to\s*:?\s*(?:all\s+)?(?:the\s+)?members\s+of\b/i.test(l.text));
  if (idx < 0) return [];
  const texts: string[] = [];
  // "Membership: Councillors S Abara (Chair), M Greenhalgh, …" on the label's own line.
  const inline = /^\s*(?:committee\s+)?members(?:hip)?\s*:\s*(\S.*)$/i.exec(clean(header[idx].text));
  if (inline) texts.push(inline[1].replace(/^(?:councillors|cllrs\.?)\s*:?\s+/i, ""));
  for (let i = idx + 1; i < header.length && texts.length < 20; i++) {
    const raw = header[i].text;
    if (isBlank(raw)) { if (texts.length) break; continue; }
    const t = clean(raw.replace(/\s*\t+\s*|\s{3,}/g, ", "));
    if (/:/.test(t) || findDate(t)) break;
    texts.push(t);
  }
  const joined = texts.map((t, k) => (k > 0 && !/[,;]$/.test(texts[k - 1]) && !/\band$/.test(texts[k - 1]) && /^(?:councillors?|cllrs?\.?)\s/i.test(t) ? `, ${t}` : ` ${t}`)).join("");
  const out: MemberInfo[] = [];
  for (const piece of splitPeople(joined)) {
    const m = /^(.+?)\s*(?:\(([^)]+)\))?\s*$/.exec(piece.trim());
    if (!m) continue;
    const name = m[1].replace(/^(?:councillors?|cllrs?\.?)\s+/i, "").trim();
    if (/^[A-Z]/.test(name) && name.split(/\s+/).length <= 7) out.push({ name, role: m[2] ? clean(m[2]) : null });
  }
  return out;
}

/** "Contact: Democratic Services Officer, Tomasz Wierzbicki" / "Ask for: Mrs B Rowlands, Town Clerk", Tel and email below. */
function readContactClerk(header: Line[]): ClerkInfo | null {
  const idx = header.findIndex((l) => /^\s*(?:ask\s+for|contact(?:\s+officer)?|enquiries\s+to)\s*:\s*\S/i.test(l.text));
  if (idx < 0) return null;
  const value = clean(header[idx].text).replace(/^(?:ask\s+for|contact(?:\s+officer)?|enquiries\s+to)\s*:\s*/i, "");
  const pieces = value.split(/\s*,\s*|\s+[–—-]\s+/);
  const name = pieces.find((p) => !/\b(?:officer|clerk|services|manager|team|support|democratic|governance|assistant|advisor|adviser)\b/i.test(p) && /^[A-Z]/.test(p) && !/[:@\d]/.test(p)) ?? null;
  if (!name) return null;
  const near = header.slice(idx, idx + 5).map((l) => clean(l.text).replace(/^(?:ask\s+for|contact(?:\s+officer)?|enquiries\s+to)\s*:\s*/i, ""));
  const tel = near.map((t) => /(?:^|,\s*|\s)(?:tel(?:ephone)?|phone)\.?\s*:?\s*(\+?\d[\d ()]{5,}\d)/i.exec(t)).find((m) => m);
  const email = near.map((t) => /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/.exec(t)).find((m) => m);
  return { name, telephone: tel ? tel[1].trim() : null, email: email ? email[1] : null };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function findAgendaHeading(lines: Line[]): number {
  const limit = Math.min(lines.length, FRONT_SHEET_SCAN_LIMIT);
  for (let i = 0; i < limit; i++) if (/^\s*(?:\*\*)?A ?G ?E ?N ?D ?A(?:\*\*)?\s*$/i.test(lines[i].text)) return i;
  return -1;
}

/** Linear pre-test: MEMBERSHIP_SENTENCE backtracks over the whole line from every word start. */
function mayHoldMembershipSentence(text: string): boolean {
  return /following\s+members/i.test(text);
}

function findMembershipSentence(lines: Line[]): number {
  const limit = Math.min(lines.length, FRONT_SHEET_SCAN_LIMIT);
  for (let i = 0; i < limit; i++) {
    if (mayHoldMembershipSentence(lines[i].text) && MEMBERSHIP_SENTENCE.test(lines[i].text)) return i;
  }
  return -1;
}

function firstIndexAfter(lines: Line[], from: number, candidates: number[]): number {
  const after = candidates.filter((c) => c > from);
  return after.length ? Math.min(...after) : Math.min(lines.length, from + FRONT_SHEET_SCAN_LIMIT);
}

/**
 * The committee's name: from the membership sentence ("The X Committee comprises the following
 * members"), which is printed in proper case; else from an upper-case banner, title-cased.
 */
function readCommitteeName(lines: Line[], header: Line[], membershipIdx: number, announced: string | null): string | null {
  if (membershipIdx >= 0) {
    const m = MEMBERSHIP_SENTENCE.exec(clean(lines[membershipIdx].text));
    if (m) return m[1].replace(/^the\s+/i, "").trim();
  }
  if (announced) return announced;
  const texts = header.map((l) => clean(l.text)).filter((t) => t.length > 2 && t.length < 100);
  const addressed = texts.map((t) => /^to\s*:?\s*(?:all\s+)?(?:the\s+)?members\s+of\s+(?:the\s+)?(.{3,80})$/i.exec(t)).find((m) => m);
  if (addressed) return addressed[1].replace(/[.,;]+$/, "");
  const banners = texts.filter((t) => t.length > 5 && t === t.toUpperCase() && COMMITTEE_WORD.test(t) && !/:/.test(t));
  // A council's own name prints above its committee's ("KENT COUNTY COUNCIL" / "CABINET").
  const body = banners.find((t) => !/\bCOUNCIL$/.test(t)) ?? banners[0];
  if (body) return nameCase(body);
  const mixed = texts.find((t) => !/[:.;]/.test(t) && /^[A-Z]/.test(t) && t.split(/\s+/).length <= 8 && /\b(committee|sub-committee|board|panel|cabinet|forum|executive|commission)\b/i.test(t) && !findDate(t));
  return mixed ?? null;
}

/** A line that is only a clock time ("14:00hr", "10:00", "2.00 p.m."), or a "Time:" field. */
function readStartTime(header: Line[], dateLine: Line): { time: string; printed: string } | null {
  for (const l of header) {
    const t = clean(l.text);
    const labelled = /^time\s*:\s*(.+)$/i.exec(t);
    const candidate = labelled ? labelled[1] : /^\d{1,2}[:.]\d{2}\s*(?:hrs?|hours|[ap]\.?\s?m\.?)?$/i.test(t) ? t : null;
    if (candidate) {
      const parsed = parseTime(candidate);
      if (parsed) return { time: parsed.time, printed: candidate };
    }
  }
  // Some front sheets print the time after the date on one line ("Thursday, 4 March 2021 at 10:00").
  const after = /\bat\s+(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?)/i.exec(dateLine.text);
  const parsed = after ? parseTime(after[1]) : null;
  return parsed && after ? { time: parsed.time, printed: after[1] } : null;
}

/**
 * The venue: the short address lines of the header (after the clerk's office block), room first.
 * A one-line repeat of the same address ("Shire Hall, Castle Hill, ...") is not added twice.
 */
function readVenue(header: Line[]): { text: string | null; room: string | null } {
  const labelled = header.map((l) => /^\s*(?:venue|place|location)\s*:\s*(.+)$/i.exec(clean(l.text))).find((m) => m);
  if (labelled) return { text: labelled[1].replace(/^the\s+/i, "").trim(), room: null };
  const parts: string[] = [];
  let room: string | null = null;
  let skipOfficerLines = 0;
  let seenOfficerBlock = false;
  let inBrackets = false;
  for (const l of header) {
    const t = clean(l.text).replace(/\s*,$/, "");
    // A note in brackets, perhaps over two lines: "(or on the rising of Full Council, / whichever is the later)".
    if (inBrackets || t.startsWith("(")) {
      inBrackets = !t.includes(")");
      continue;
    }
    if (t === "") continue;
    // The officer's name and post follow the office's name; the post may itself mention the office.
    if (skipOfficerLines > 0) {
      skipOfficerLines--;
      continue;
    }
    if (!seenOfficerBlock && DEMOCRATIC_SERVICES.test(t)) {
      seenOfficerBlock = true;
      skipOfficerLines = 2;
      continue;
    }
    if (/^(?:councillors?|cllrs?\.?)\s/i.test(t) || /^[A-Za-z][A-Za-z ]{1,30}:/.test(t)) continue;
    // The authority's own name is not where the meeting is held.
    if (/^[A-Z][\w' -]{2,60}\s(?:(?:district|borough|county|city|town|parish|metropolitan)\s+)?council$/i.test(t)) continue;
    const addressLike = ROOM.test(t) || /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/.test(t);
    if (findDate(t) || parseTimeOnly(t) || isHeadingLike(t) || t.length > (addressLike ? 120 : 60) || /[.;:!?]$/.test(t) || /^date\s*:/i.test(t)) continue;
    if (/\bcommittee\b/i.test(t) && t === t.toUpperCase()) continue;
    if (ROOM.test(t)) {
      room = t;
      continue;
    }
    if (t.includes(",")) {
      const pieces = t.split(",").map((p) => p.trim()).filter(Boolean);
      const fresh = pieces.filter((p) => !parts.includes(p));
      parts.push(...fresh);
      continue;
    }
    if (!parts.includes(t)) parts.push(t);
  }
  const all = room ? [room, ...parts] : parts;
  return { text: all.length ? all.join(", ") : null, room };
}

function parseTimeOnly(t: string): boolean {
  return /^\d{1,2}[:.]\d{2}\s*(?:hrs?|hours|[ap]\.?\s?m\.?)?$/i.test(t);
}

/** Upper-case notice headings (COVID-19, AGENDA) are not address lines; postcodes are. */
function isHeadingLike(t: string): boolean {
  if (POSTCODE.test(t)) return false;
  return /[A-Z]{3}/.test(t) && t === t.toUpperCase();
}

/** Members from "Councillor X (Chairman) Councillor Y (Vice-Chairwoman) ... and Councillor Z". */
function readMembers(lines: Line[], membershipIdx: number, issues: IssueLog): MemberInfo[] {
  const text: string[] = [];
  const after = clean(lines[membershipIdx].text).split(/following\s+members\s*:?/i)[1] ?? "";
  if (after) text.push(after);
  for (let i = membershipIdx + 1; i < lines.length && i < membershipIdx + 12; i++) {
    const t = clean(lines[i].text);
    if (/^for more information|^clerk\s/i.test(t) || CLERK_FIELD.test(t)) break;
    if (t) text.push(t);
  }
  const joined = text.join(" ");
  const members: MemberInfo[] = [];
  for (const chunk of joined.split(/\b(?:Councillor|Cllr\.?)\s+/)) {
    const c = chunk.replace(/[,;]?\s*(?:and)?\s*$/i, "").trim();
    if (!c) continue;
    const m = /^(.+?)\s*(?:\(([^)]+)\))?\s*$/.exec(c);
    if (!m) continue;
    const name = m[1].replace(/\s+and$/i, "").trim();
    if (!/^[A-Z]/.test(name) || name.split(" ").length > 5) {
      issues.warn("member-unreadable", lines[membershipIdx].n, `Could not read a member's name from "${c}".`);
      continue;
    }
    members.push({ name, role: m[2] ? clean(m[2]) : null });
  }
  return members;
}

function readClerk(lines: Line[]): ClerkInfo | null {
  const fields: Record<string, string> = {};
  const limit = Math.min(lines.length, FRONT_SHEET_SCAN_LIMIT);
  for (let i = 0; i < limit; i++) {
    const m = CLERK_FIELD.exec(lines[i].text);
    if (!m) continue;
    const key = m[1].toLowerCase().startsWith("e") ? "email" : m[1].toLowerCase() === "name" ? "name" : "telephone";
    if (!(key in fields)) fields[key] = clean(m[2]);
  }
  const name = cleanOrNull(fields.name);
  if (!name) return null;
  return { name, telephone: cleanOrNull(fields.telephone), email: cleanOrNull(fields.email) };
}
