/**
 * What a document was found to be, said to the clerk: the meeting it records when there is no
 * front sheet, the stretches no part covers, and (when nothing could be read) why it was refused.
 */
import { findDate } from "../dates";
import type { IssueLog } from "../issue-log";
import type { ParsedMeeting, ParsedMinutes, ParsedPack, ParsedReport } from "../parsed";
import { isBlank } from "../source-lines";
import { clean } from "../text";
import { isLikelyPageNumber } from "./blocks";
import { ATTENDANCE_LINE } from "./cues";
import type { DocumentPart } from "./detect-parts";
import type { DocLine } from "./document-lines";

export const LOOKED_FOR = "an agenda front sheet, minutes, an officer report, a decision notice, an action log or a forward plan";

/** Used when no part names the committee; the store files the meeting under it for a clerk to rename. */
export const UNNAMED_COMMITTEE = "Unnamed committee";

/** The meeting of a document without a front sheet: from its minutes' or decision's heading, else its reports. */
export function meetingFromParts(records: ParsedMinutes[], reports: ParsedReport[], issues: IssueLog): ParsedMeeting {
  const named = records.find((m) => m.heading?.committee) ?? records[0] ?? null;
  const heading = named?.heading ?? null;
  const report = reports.find((r) => r.to) ?? reports[0] ?? null;
  let committee = heading?.committee ?? report?.to ?? null;
  const date = named?.meetingDate ?? reports.find((r) => r.meetingDate)?.meetingDate ?? null;
  const line = heading?.line ?? named?.line ?? report?.line ?? null;
  if (!committee) {
    issues.error("committee-missing", line, `The document names no committee that could be read; the meeting is filed under "${UNNAMED_COMMITTEE}" for a clerk to correct.`);
    committee = UNNAMED_COMMITTEE;
  }
  if (!date) issues.warn("meeting-date-missing", line, "The document gives no meeting date that could be read.");
  const venue = heading?.venue ?? null;
  return {
    committee,
    date,
    dateAsPrinted: heading?.date?.matched ?? null,
    startTime: named?.startTime ?? heading?.startTime ?? null,
    timeAsPrinted: heading?.timeAsPrinted ?? null,
    venue,
    room: null,
    virtual: venue !== null && /\b(?:virtual(?:ly)?|remote(?:ly)?|online|zoom|microsoft teams)\b/i.test(venue),
    virtualPlatforms: null,
    line,
  };
}

/** Lines of text that carry something (not blank, not a bare page number). */
function substantive(lines: DocLine[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (!isBlank(lines[i]) && !lines[i].furniture && !isLikelyPageNumber(lines, i)) out.push(i);
  return out;
}

/**
 * Each stretch that no part covers and no parser took a record from becomes an issue with its
 * lines and pages: what was not imported is said, never silently dropped.
 */
export function reportUnreadParts(lines: DocLine[], parts: DocumentPart[], pack: ParsedPack, issues: IssueLog): void {
  const firstPart = parts[0]?.start ?? lines.length;
  const frontFromFallback = pack.agendaItems.length > 0 && !parts.some((p) => p.kind === "frontSheet");
  const gapEnd = frontFromFallback ? 0 : firstPart;
  if (gapEnd === 0) return;
  const used = recordLines(pack);
  const texts = substantive(lines, 0, gapEnd);
  if (texts.length < 3 || texts.some((i) => used.has(lines[i].n))) return;
  const first = lines[texts[0]];
  const last = lines[texts[texts.length - 1]];
  const pages = first.page === null ? "" : first.page === last.page ? ` (page ${first.page})` : ` (pages ${first.page}–${last.page})`;
  issues.warn("document-part-unrecognised", first.n,
    `Lines ${first.n}–${last.n}${pages} were not recognised as ${LOOKED_FOR}, and were not imported: "${excerpt(texts.map((i) => clean(lines[i].text)).join(" "))}".`);
}

function recordLines(pack: ParsedPack): Set<number> {
  const out = new Set<number>();
  for (const r of [...pack.actionLog, ...pack.agendaPlan, ...pack.workshops, ...pack.strategies]) if (r.line !== null) out.add(r.line);
  for (const b of pack.budgetLines) if (b.sourceLine !== null) out.add(b.sourceLine);
  return out;
}

function excerpt(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77).replace(/\s+\S*$/, "")}…`;
}

/** Why nothing could be read: what was looked for, and what the text has instead. */
export function describeUnrecognised(lines: DocLine[]): string {
  const texts = substantive(lines, 0, lines.length).map((i) => clean(lines[i].text));
  const pages = lines.reduce((max, l) => Math.max(max, l.page ?? 0), 0);
  const size = pages > 1 ? `${pages} pages (${texts.length} lines) of text` : `${texts.length} line${texts.length === 1 ? "" : "s"} of text`;
  const missing: string[] = [];
  if (!texts.some((t) => findDate(t))) missing.push("no meeting date");
  if (!texts.some((t) => /\b(committee|sub-committee|board|panel|cabinet|council|forum|executive|commission)\b/i.test(t))) missing.push("no committee name");
  if (!texts.some((t) => /^\s*\d{1,2}[a-z]?[.)]?\s+[A-Z]/.test(t) || /^\s*\d{1,2}\.\s*$/.test(t))) missing.push("no numbered agenda");
  if (!texts.some((t) => ATTENDANCE_LINE.test(t))) missing.push("no attendance list");
  const found = missing.length ? `${size} with ${missing.join(", ")}` : `${size}, but no part of it reads as any of these`;
  return `no agenda front sheet, minutes or other committee document found: looked for ${LOOKED_FOR}; found ${found}`;
}
