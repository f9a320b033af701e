/**
 * What the importer found, as a flat list of records with the source lines each came from,
 * and the importer's issues placed beside the record whose lines cover them. Pure.
 */
import type { ImportIssue } from "@/lib/import/contract";
import type { ParsedPack } from "@/lib/import/parsed";

export type RecordKind =
  | "meeting" | "agendaItem" | "report" | "minutes" | "minuteEntry" | "actionLog" | "agendaPlan"
  | "workshop" | "strategy" | "budgetLine" | "fundingFact" | "outsideBody";

export interface ReviewRecord {
  kind: RecordKind;
  /** Path of the record in the pack ("reports.2"); unique. */
  path: string;
  label: string;
  /** First source line (1-based), null when the importer could not trace it. */
  line: number | null;
  /** Last source line when the importer knows it (reports). */
  endLine: number | null;
}

export const KIND_LABELS: Record<RecordKind, [string, string]> = {
  meeting: ["Meeting", "Meetings"],
  agendaItem: ["Agenda item", "Agenda items"],
  report: ["Report", "Reports"],
  minutes: ["Minutes", "Minutes"],
  minuteEntry: ["Minute", "Minutes entries"],
  actionLog: ["Action log entry", "Action log entries"],
  agendaPlan: ["Agenda plan entry", "Agenda plan entries"],
  workshop: ["Workshop", "Workshops"],
  strategy: ["Strategy", "Strategies"],
  budgetLine: ["Budget line", "Budget lines"],
  fundingFact: ["Funding fact", "Funding facts"],
  outsideBody: ["Outside body", "Outside bodies"],
};

export function collectRecords(pack: ParsedPack): ReviewRecord[] {
  const out: ReviewRecord[] = [];
  const add = (kind: RecordKind, path: string, label: string, line: number | null, endLine: number | null = null) =>
    out.push({ kind, path, label, line, endLine });
  add("meeting", "meeting", `${pack.meeting.committee}, ${pack.meeting.date ?? "date not read"}`, pack.meeting.line);
  pack.agendaItems.forEach((a, i) => add("agendaItem", `agendaItems.${i}`, `${a.number}. ${a.title}`, a.line));
  pack.reports.forEach((r, i) => add("report", `reports.${i}`, r.title, r.line, r.endLine));
  pack.minutes.forEach((m, i) => {
    add("minutes", `minutes.${i}`, `Minutes of ${m.meetingDate ?? "an undated meeting"}`, m.line);
    m.entries.forEach((e, j) => add("minuteEntry", `minutes.${i}.entries.${j}`, `${e.number ?? ""} ${e.title}`.trim(), e.line));
  });
  pack.actionLog.forEach((a, i) => add("actionLog", `actionLog.${i}`, a.action, a.line));
  pack.agendaPlan.forEach((a, i) => add("agendaPlan", `agendaPlan.${i}`, a.item, a.line));
  pack.workshops.forEach((w, i) => add("workshop", `workshops.${i}`, w.dateAsPrinted, w.line));
  pack.strategies.forEach((s, i) => add("strategy", `strategies.${i}`, s.title, s.line));
  pack.budgetLines.forEach((b, i) => add("budgetLine", `budgetLines.${i}`, `${b.table}: ${b.line}`, b.sourceLine));
  pack.fundingFacts.forEach((f, i) => add("fundingFact", `fundingFacts.${i}`, `${f.label}: ${f.asPrinted}`, f.line));
  pack.outsideBodies.forEach((o, i) => add("outsideBody", `outsideBodies.${i}`, o.name, o.line));
  return out;
}

/** Records per kind, for the counts at the top of the review. */
export function countByKind(records: ReviewRecord[]): { kind: RecordKind; count: number }[] {
  const counts = new Map<RecordKind, number>();
  for (const r of records) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

/**
 * The lines each traced record spans: to its own last line where known, otherwise up to the
 * line before the next record starts (capped by an enclosing record's last line).
 */
export function recordSpans(records: ReviewRecord[], lineCount: number): Map<string, { from: number; to: number }> {
  const traced = records.filter((r) => r.line !== null).sort((a, b) => a.line! - b.line! || depth(a.path) - depth(b.path));
  const spans = new Map<string, { from: number; to: number }>();
  for (const [i, r] of traced.entries()) {
    if (r.endLine !== null) {
      spans.set(r.path, { from: r.line!, to: Math.max(r.line!, r.endLine) });
      continue;
    }
    const next = traced.slice(i + 1).find((n) => n.line! > r.line!);
    let to = next ? next.line! - 1 : lineCount;
    const enclosing = traced.filter((e) => e.endLine !== null && e.line! <= r.line! && r.line! <= e.endLine!);
    for (const e of enclosing) to = Math.min(to, e.endLine!);
    spans.set(r.path, { from: r.line!, to: Math.max(r.line!, to) });
  }
  return spans;
}

function depth(path: string): number {
  return path.split(".").length;
}

export interface PlacedIssue { index: number; issue: ImportIssue }

/**
 * Each issue with a line goes beside the most specific record whose span covers that line
 * (the one starting latest); the rest (no line, or a line no record covers) go in `general`.
 */
export function placeIssues(
  records: ReviewRecord[], issues: ImportIssue[], lineCount: number,
): { byRecord: Map<string, PlacedIssue[]>; general: PlacedIssue[] } {
  const spans = recordSpans(records, lineCount);
  const byRecord = new Map<string, PlacedIssue[]>();
  const general: PlacedIssue[] = [];
  issues.forEach((issue, index) => {
    let best: { path: string; from: number; size: number } | null = null;
    if (issue.line !== null) {
      for (const [path, s] of spans) {
        if (issue.line < s.from || issue.line > s.to) continue;
        const size = s.to - s.from;
        if (!best || s.from > best.from || (s.from === best.from && size < best.size)) best = { path, from: s.from, size };
      }
    }
    if (best) byRecord.set(best.path, [...(byRecord.get(best.path) ?? []), { index, issue }]);
    else general.push({ index, issue });
  });
  return { byRecord, general };
}

/** The document's lines, numbered from 1 as the importer numbers them (form feeds removed). */
export function sourceLines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/\f/g, ""));
}

/** A few lines of source from `from`, for the excerpt beside a record. */
export function excerpt(lines: string[], from: number, to: number, max = 6): { n: number; text: string }[] {
  const end = Math.min(to, from + max - 1, lines.length);
  const out: { n: number; text: string }[] = [];
  for (let n = Math.max(1, from); n <= end; n++) out.push({ n, text: lines[n - 1] });
  return out;
}
