/**
 * Officer report header blocks: where reports start (a title over `To:` / `Meeting Date:`
 * lines) and what the header says (From, Key decision, Purpose/Outcome, Recommendations...).
 */
import type { Labelled } from "./contract";
import { findDate } from "./dates";
import type { IssueLog } from "./issue-log";
import { isBlank, type Line } from "./source-lines";
import { clean, cleanOrNull, isSeparatorRow, stripBullet, stripMarkup } from "./text";

export type HeaderLabel =
  | "agendaItem" | "to" | "meetingDate" | "from" | "electoralDivisions" | "forwardPlanRef"
  | "keyDecision" | "purpose" | "recommendations" | "title";

const LABELS: [RegExp, HeaderLabel][] = [
  [/^agenda\s+item(?:\s+no\.?|\s+number)?\s*(?::|(?=\d))/i, "agendaItem"],
  [/^(?:report\s+)?to\s*:|^report\s+to\s+(?=the\s+[A-Z]|[A-Z])/i, "to"],
  [/^(?:meeting\s+date|date\s+of\s+meeting)\s*:/i, "meetingDate"],
  [/^(?:from|report\s+of|report\s+(?:author|by)|lead\s+officer|responsible\s+officer)\s*:/i, "from"],
  [/^(?:electoral\s+divisions?(?:\s*\(s\))?|wards?(?:\s+affected)?|divisions?\s+affected)\s*:/i, "electoralDivisions"],
  [/^(?:title|report\s+title|subject)\s*:/i, "title"],
  [/^forward\s+plan\s+ref(?:erence)?\.?\s*(?:no\.?)?\s*:/i, "forwardPlanRef"],
  [/^key\s+decision\s*:/i, "keyDecision"],
  [/^(?:purpose|outcome)s?\s*:/i, "purpose"],
  [/^recommendations?\s*:/i, "recommendations"],
];

/** A header line with its markup and list bullet removed ("- **To:** x" -> "To: x"). */
export function headerText(raw: string): string {
  return clean(stripBullet(stripMarkup(raw)));
}

/** The header label a line starts with, and the text after it. */
export function headerLabelOf(raw: string): { label: HeaderLabel; rest: string } | null {
  const t = headerText(raw);
  for (const [re, label] of LABELS) {
    const m = re.exec(t);
    if (m) return { label, rest: t.slice(m[0].length).trim() };
  }
  return null;
}

/** Where a report header sits in the pack (indexes into the lines array). */
export interface HeaderLocation {
  /** First line of the report: its "Agenda Item No:" line or its title. */
  startIndex: number;
  titleIndexes: number[];
  /** First labelled header line (To:, Meeting Date:...). */
  fieldsIndex: number;
  agendaItemPrinted: string | null;
}

const LOOK_AROUND = 10;
/** Cheap pre-test so only candidate lines are cleaned and matched against every label. */
const MEETING_DATE_HINT = /date/i;
const MAX_TITLE_LINES = 5;

/** Every report header in the pack: a `Meeting Date:` line with a `To:` line next to it. */
export function findReportHeaders(lines: Line[]): HeaderLocation[] {
  const found: HeaderLocation[] = [];
  let lastFieldsEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    if (i <= lastFieldsEnd || !MEETING_DATE_HINT.test(lines[i].text)) continue;
    if (headerLabelOf(lines[i].text)?.label !== "meetingDate") continue;
    const location = locateHeaderAround(lines, i);
    if (!location) continue;
    found.push(location);
    lastFieldsEnd = i;
  }
  return found;
}

function locateHeaderAround(lines: Line[], dateIndex: number): HeaderLocation | null {
  let first = dateIndex;
  let sawTo = false;
  let agendaItemPrinted: string | null = null;
  for (let j = dateIndex - 1; j >= 0 && j >= dateIndex - LOOK_AROUND; j--) {
    if (isBlank(lines[j])) continue;
    const lab = headerLabelOf(lines[j].text);
    if (!lab || !["to", "from", "agendaItem", "electoralDivisions", "title"].includes(lab.label)) break;
    if (lab.label === "to") sawTo = true;
    if (lab.label === "agendaItem") agendaItemPrinted = cleanOrNull(lab.rest);
    first = j;
  }
  if (!sawTo) sawTo = hasToLineAfter(lines, dateIndex);
  if (!sawTo) return null;
  const titleIndexes = titleAbove(lines, first);
  let startIndex = titleIndexes.length > 0 ? titleIndexes[0] : first;
  const itemAbove = agendaItemLineAbove(lines, startIndex);
  if (itemAbove) {
    agendaItemPrinted ??= itemAbove.number;
    startIndex = itemAbove.index;
  }
  return { startIndex, titleIndexes, fieldsIndex: first, agendaItemPrinted };
}

function hasToLineAfter(lines: Line[], dateIndex: number): boolean {
  for (let j = dateIndex + 1; j < lines.length && j <= dateIndex + LOOK_AROUND; j++) {
    if (isBlank(lines[j])) continue;
    const lab = headerLabelOf(lines[j].text);
    if (!lab) return false;
    if (lab.label === "to") return true;
  }
  return false;
}

/** The title: the block of non-blank lines just above the header fields. */
function titleAbove(lines: Line[], fieldsIndex: number): number[] {
  let j = fieldsIndex - 1;
  let blanks = 0;
  while (j >= 0 && isBlank(lines[j]) && blanks < 4) { j--; blanks++; }
  const picked: number[] = [];
  while (j >= 0 && !isBlank(lines[j]) && picked.length < MAX_TITLE_LINES) {
    if (!looksLikeTitleLine(lines[j].text, picked.length === 0)) break;
    // A numbered line at the foot of the page before is the agenda's last item, not the start
    // of this title (the page number that stood between them is dropped as furniture).
    if (pageOf(lines[j]) !== pageOf(lines[fieldsIndex]) && /^\s*\d{1,3}[a-z]?[.)]\s/.test(lines[j].text)) break;
    picked.unshift(j);
    j--;
  }
  return picked;
}

function pageOf(line: Line): number | null {
  return (line as Line & { page?: number | null }).page ?? null;
}

function looksLikeTitleLine(raw: string, closest: boolean): boolean {
  if (raw.includes("\t") || isSeparatorRow(raw) || /^\s*page\s+\d+(?:\s+of\s+\d+)?\s*$/i.test(raw)) return false;
  if (/^\s*[-•*]\s/.test(raw) && !/^\s*\*\*/.test(raw)) return false;
  if (headerLabelOf(raw)) return false;
  const t = clean(raw);
  if (t === "" || t.length > 200) return false;
  // A title does not end a sentence; a line that does belongs to the text above.
  return closest || !/[.;:?!]$/.test(t);
}

function agendaItemLineAbove(lines: Line[], index: number): { index: number; number: string | null } | null {
  let j = index - 1;
  let blanks = 0;
  while (j >= 0 && isBlank(lines[j]) && blanks < 4) { j--; blanks++; }
  // An "Agenda Item N" line belongs to the page its report starts on: with the page number
  // between them dropped as furniture, the last agenda line of the page before would otherwise
  // be taken for it.
  if (j < 0 || pageOf(lines[j]) !== pageOf(lines[index])) return null;
  let lab = headerLabelOf(lines[j].text);
  // "Agenda Item 8" may sit above the council's banner ("IVELBURY BOROUGH COUNCIL") over the title.
  if (lab?.label !== "agendaItem" && isUpperBanner(lines[j].text)) {
    let k = j - 1;
    while (k >= 0 && isBlank(lines[k]) && k > j - 4) k--;
    if (k >= 0 && headerLabelOf(lines[k].text)?.label === "agendaItem") {
      j = k;
      lab = headerLabelOf(lines[k].text);
    }
  }
  if (lab?.label !== "agendaItem") return null;
  return { index: j, number: cleanOrNull(lab.rest) };
}

function isUpperBanner(raw: string): boolean {
  const t = clean(raw);
  return t.length > 3 && t.length < 80 && t === t.toUpperCase() && /[A-Z]{3}/.test(t);
}

export interface ReportHeader {
  title: string;
  agendaItemPrinted: string | null;
  to: string | null;
  meetingDateAsPrinted: string | null;
  meetingDate: string | null;
  from: string | null;
  electoralDivisions: string | null;
  forwardPlanRef: string | null;
  keyDecision: boolean | null;
  keyDecisionAsPrinted: string | null;
  purpose: string | null;
  recommendationLeadIn: string | null;
  recommendations: Labelled[];
  /** Index (into the given lines) of the first line after the header. */
  endIndex: number;
}

interface RawField { label: HeaderLabel; line: number; parts: string[] }

/** A line that ends the header: the contacts block or the first numbered section. */
export function endsHeader(raw: string): boolean {
  const t = headerText(raw);
  if (/^(?:officer|member)\s+contacts?\b/i.test(t)) return true;
  if (/^names?\s*(?::|\t)/i.test(stripMarkup(raw).trim())) return true;
  return isFirstSectionHeading(raw);
}

/** "1. Background", "1.0\tBACKGROUND", "1.\tMAIN ISSUES": the start of a report's body. */
export function isFirstSectionHeading(raw: string): boolean {
  const t = stripMarkup(stripBullet(raw)).replace(/^#+\s*/, "").trim();
  const m = /^1(?:\.0)?\.?(?:\t+|\s+)(\S.{0,80})$/.exec(t);
  if (!m) return false;
  const text = clean(m[1]);
  return /^[A-Z]/.test(text) && !/[.;,]$/.test(text) && text.length <= 80;
}

const MAX_HEADER_LINES = 120;

/** Under "Recommendations:", "1. Approve the revised charging policy" is an item, not section 1. */
function looksLikeNumberedRecommendation(raw: string): boolean {
  const item = recommendationItem(raw);
  if (!item || item.label !== "1") return false;
  return item.text !== item.text.toUpperCase() && item.text.split(/\s+/).length > 3;
}

/**
 * Read the header fields that start at `fieldsIndex` (after the title). Fields may share a
 * line ("Forward Plan ref: N/A Key decision: No"), wrap, or run over blank lines (Purpose).
 */
export function parseReportHeader(
  lines: Line[], location: { titleIndexes: number[]; fieldsIndex: number; agendaItemPrinted: string | null },
  meetingDate: string | null, issues: IssueLog, limit = lines.length,
): ReportHeader {
  const { fields, endIndex } = collectFields(lines, location.fieldsIndex, Math.min(limit, lines.length));
  const titleField = singleValue(fields, "title");
  const title = titleField ?? clean(location.titleIndexes.map((i) => lines[i].text).join(" "));
  const startLine = lines[location.fieldsIndex]?.n ?? null;
  if (title === "") issues.warn("report-title-missing", startLine, "A report header (To: / Meeting Date:) has no title above it.");
  const header: ReportHeader = {
    title, agendaItemPrinted: location.agendaItemPrinted ?? singleValue(fields, "agendaItem"),
    to: singleValue(fields, "to"), meetingDateAsPrinted: null, meetingDate: null,
    from: joinWrapped(fields.find((f) => f.label === "from")?.parts ?? []),
    electoralDivisions: singleValue(fields, "electoralDivisions"),
    forwardPlanRef: null, keyDecision: null, keyDecisionAsPrinted: null, purpose: null,
    recommendationLeadIn: null, recommendations: [], endIndex,
  };
  readMeetingDate(header, fields, meetingDate, issues, startLine);
  readKeyDecisionAndForwardPlan(header, fields, issues, startLine, title);
  readPurposeAndRecommendations(header, fields, issues, startLine, title);
  return header;
}

function collectFields(lines: Line[], from: number, limit: number): { fields: RawField[]; endIndex: number } {
  const fields: RawField[] = [];
  let current: RawField | null = null;
  let blankRun = 0;
  let i = from;
  for (; i < limit && i < from + MAX_HEADER_LINES; i++) {
    const raw = lines[i].text;
    if (isBlank(raw)) { blankRun++; continue; }
    if (endsHeader(raw) && !(current?.label === "recommendations" && looksLikeNumberedRecommendation(raw))) break;
    const lab = headerLabelOf(raw);
    if (lab) {
      current = startField(fields, lab.label, lab.rest, lines[i].n);
      blankRun = 0;
      continue;
    }
    if (current && acceptsContinuation(current, blankRun)) {
      current.parts.push(raw);
    } else if (current && blankRun > 0) {
      break;
    }
    blankRun = 0;
  }
  return { fields, endIndex: i };
}

/** Start a field; split off labels printed later on the same line (Key decision after FP ref). */
function startField(fields: RawField[], label: HeaderLabel, rest: string, n: number): RawField {
  const inline = /\b(key\s+decision\s*:|information\s+only\b)/i.exec(rest);
  if (label === "forwardPlanRef" && inline) {
    fields.push({ label, line: n, parts: [rest.slice(0, inline.index)] });
    const after = rest.slice(inline.index);
    const f: RawField = { label: "keyDecision", line: n, parts: [after.replace(/^key\s+decision\s*:/i, "")] };
    fields.push(f);
    return f;
  }
  const f: RawField = { label, line: n, parts: rest === "" ? [] : [rest] };
  fields.push(f);
  return f;
}

function acceptsContinuation(f: RawField, blankRun: number): boolean {
  if (f.label === "purpose" || f.label === "recommendations") return true;
  if (f.label === "from" || f.label === "to" || f.label === "electoralDivisions" || f.label === "title") return blankRun === 0;
  return blankRun === 0 && f.parts.length === 0;
}

function singleValue(fields: RawField[], label: HeaderLabel): string | null {
  const f = fields.find((x) => x.label === label);
  return f ? cleanOrNull(f.parts.join(" ")) : null;
}

/** A value printed over several lines (From: post on one line, second post on the next), joined with spaces. */
export function joinWrapped(parts: string[]): string | null {
  return cleanOrNull(parts.map((p) => clean(p)).filter((p) => p !== "").join(" "));
}

function readMeetingDate(h: ReportHeader, fields: RawField[], meetingDate: string | null, issues: IssueLog, line: number | null): void {
  const f = fields.find((x) => x.label === "meetingDate");
  h.meetingDateAsPrinted = f ? cleanOrNull(f.parts.join(" ")) : null;
  const parsed = h.meetingDateAsPrinted ? findDate(h.meetingDateAsPrinted) : null;
  const at = f?.line ?? line;
  if (!parsed) {
    issues.warn("report-date-unreadable", at, `The report "${h.title}" has a Meeting Date that cannot be read ("${h.meetingDateAsPrinted ?? ""}").`);
    h.meetingDate = meetingDate;
    return;
  }
  h.meetingDate = parsed.iso;
  if (!meetingDate || parsed.iso === meetingDate) return;
  const sameDayOtherYear = parsed.iso.slice(5) === meetingDate.slice(5);
  if (sameDayOtherYear) h.meetingDate = meetingDate;
  issues.warn(
    "report-date-mismatch", at,
    `The report "${h.title}" gives Meeting Date "${h.meetingDateAsPrinted}" but the pack is for the meeting on ${meetingDate}` +
      (sameDayOtherYear ? "; the year looks like a typo, the pack's date is used." : "."),
  );
}

const NO_REF = /^(?:not\s+applicable|n\/?a|none|nil|-+|–)?\.?$/i;

function readKeyDecisionAndForwardPlan(h: ReportHeader, fields: RawField[], issues: IssueLog, line: number | null, title: string): void {
  const fp = fields.find((x) => x.label === "forwardPlanRef");
  const ref = fp ? clean(fp.parts.join(" ")) : "";
  h.forwardPlanRef = NO_REF.test(ref) ? null : ref;
  const kd = fields.find((x) => x.label === "keyDecision");
  const printed = kd ? clean(kd.parts.join(" ")) : "";
  const substituted = /^information\s+only\b/i.exec(printed);
  if (substituted) {
    h.keyDecisionAsPrinted = clean(substituted[0]);
    // An information-only report takes no decision; only a "Yes" printed after it contradicts that.
    const answer = /^(yes|no)\b/i.exec(printed.slice(substituted[0].length).trim());
    const contradicted = answer !== null && answer[1].toLowerCase() === "yes";
    h.keyDecision = contradicted ? null : false;
    issues.warn("key-decision-label-substituted", kd?.line ?? line,
      `The report "${title}" prints "${printed}" where the "Key decision: Yes/No" line should be; ` +
        (contradicted ? "key decision left unknown." : "read as not a key decision."));
  } else if (!kd) {
    issues.warn("key-decision-missing", line, `The report "${title}" has no "Key decision:" line.`);
  } else {
    h.keyDecisionAsPrinted = printed || null;
    const yn = /^(yes|no)\b/i.exec(printed);
    h.keyDecision = yn ? yn[1].toLowerCase() === "yes" : null;
    if (!yn) issues.warn("key-decision-unreadable", kd.line, `The report "${title}" has Key decision "${printed}", not Yes or No.`);
  }
  if (h.keyDecision === true && h.forwardPlanRef === null) {
    issues.warn("forward-plan-ref-missing", fp?.line ?? line, `The report "${title}" is a key decision but gives no Forward Plan reference.`);
  }
}

const ITEM_LABEL = /^(?:\(([a-z]{1,4}|\d{1,2})\)|([a-z]|[ivx]{2,4}|\d{1,2})[).])\s+(\S.*)$/i;

/** A recommendation item's label and text: "a) Note", "(b) Agree", "- c) Endorse". */
export function recommendationItem(raw: string): Labelled | null {
  const m = ITEM_LABEL.exec(headerText(raw));
  if (!m) return null;
  return { label: (m[1] ?? m[2]).toLowerCase(), text: clean(m[3]) };
}

interface SplitItems { lead: string | null; items: Labelled[] }

/** Lead-in text and items of a Purpose or Recommendation field, wrapped lines joined. */
function splitItems(parts: string[]): SplitItems {
  const leadParts: string[] = [];
  const items: Labelled[] = [];
  for (const raw of parts) {
    const item = recommendationItem(raw);
    if (item) { items.push(item); continue; }
    const text = headerText(raw);
    if (text === "") continue;
    if (items.length === 0 && (leadParts.length === 0 || !/:$/.test(leadParts[leadParts.length - 1]))) {
      leadParts.push(text);
    } else if (items.length > 0 && items[items.length - 1].label !== null && !startsNewUnlabelled(raw)) {
      items[items.length - 1].text = clean(`${items[items.length - 1].text} ${text}`);
    } else {
      items.push({ label: null, text });
    }
  }
  return { lead: leadParts.length > 0 ? clean(leadParts.join(" ")) : null, items };
}

/** A bullet line after labelled items is a new (unlabelled) recommendation, not a wrap. */
function startsNewUnlabelled(raw: string): boolean {
  return /^\s*[-•]\s/.test(raw);
}

function readPurposeAndRecommendations(h: ReportHeader, fields: RawField[], issues: IssueLog, line: number | null, title: string): void {
  const purpose = fields.find((x) => x.label === "purpose");
  const recs = fields.find((x) => x.label === "recommendations");
  const purposeSplit = splitItems(purpose?.parts ?? []);
  const purposeText = [purposeSplit.lead, ...purposeSplit.items.map((x) => x.text)].filter((x) => x).join(" ");
  h.purpose = cleanOrNull(purposeText);
  if (!purpose) issues.warn("report-purpose-missing", line, `The report "${title}" has no "Purpose:" or "Outcome:" line.`);
  if (recs) {
    const split = splitItems(recs.parts);
    if (split.items.length === 0 && split.lead) {
      h.recommendations = [{ label: null, text: split.lead }];
    } else {
      h.recommendationLeadIn = split.lead;
      h.recommendations = split.items;
    }
  } else if (purposeSplit.items.length > 0) {
    h.recommendationLeadIn = purposeSplit.lead;
    h.recommendations = purposeSplit.items;
    issues.info("recommendations-in-purpose", purpose?.line ?? line,
      `The report "${title}" has no "Recommendation:" line; the lettered items under "Purpose:" are read as its recommendations.`);
  }
  if (h.recommendations.length === 0) {
    issues.warn("recommendations-missing", recs?.line ?? line, `No recommendations could be read for the report "${title}".`);
  }
}
