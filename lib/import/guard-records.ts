import type { IssueLog } from "./issue-log";
import type { ParsedPack } from "./parsed";

/**
 * The last line of defence before output: a record whose required text came out empty (a
 * parser fooled by damaged input) is dropped and reported, never passed on half-filled.
 */
export function guardRecords(pack: ParsedPack, issues: IssueLog): void {
  const filled = (s: unknown): boolean => typeof s === "string" && s.trim() !== "";
  const keep = <T>(list: T[], ok: (x: T) => boolean, what: string, line: (x: T) => number | null): T[] =>
    list.filter((x) => {
      if (ok(x)) return true;
      issues.error("record-unreadable", line(x), `A ${what} could not be read completely (a required part is blank) and was left out; check this part of the pack.`);
      return false;
    });
  const strings = (list: string[]) => list.filter(filled);
  const lineOf = (x: { line: number | null }) => x.line;

  pack.agendaItems = keep(pack.agendaItems, (a) => filled(a.number) && filled(a.title), "agenda item", lineOf);
  pack.reports = keep(pack.reports, (r) => filled(r.title), "report", lineOf);
  for (const r of pack.reports) {
    r.recommendations = r.recommendations.filter((x) => filled(x.text));
    r.officerContacts = r.officerContacts.filter((c) => filled(c.name));
    r.memberContacts = r.memberContacts.filter((c) => filled(c.name));
    r.implications = r.implications.filter((i) => filled(i.category));
    r.sourceDocuments = r.sourceDocuments.filter((d) => filled(d.title));
  }
  for (const m of pack.minutes) {
    m.present = m.present.filter((p) => filled(p.name));
    m.apologies = strings(m.apologies);
    m.entries = keep(m.entries, (e) => Number.isInteger(e.number) && filled(e.title), "minute", lineOf);
    for (const e of m.entries) {
      e.actions = strings(e.actions);
      e.resolutions = e.resolutions.filter((r) => filled(r.text));
      for (const r of e.resolutions) r.parts = r.parts.filter((p) => filled(p.text));
    }
  }
  pack.actionLog = keep(pack.actionLog, (a) => filled(a.action), "action log row", lineOf);
  pack.agendaPlan = keep(pack.agendaPlan, (a) => filled(a.item), "agenda plan row", lineOf);
  pack.workshops = keep(pack.workshops, (w) => filled(w.dateAsPrinted), "workshop", lineOf);
  for (const w of pack.workshops) w.items = w.items.filter((i) => filled(i.title));
  pack.strategies = keep(pack.strategies, (s) => filled(s.title), "strategy", lineOf);
  for (const s of pack.strategies) {
    s.priorities = s.priorities.filter((p) => filled(p.title));
    for (const p of s.priorities) p.outcomes = strings(p.outcomes);
    s.actions = keep(s.actions, (a) => filled(a.ref) && filled(a.description), "strategy action", lineOf);
  }
  pack.budgetLines = keep(pack.budgetLines, (b) => filled(b.table) && filled(b.line), "budget line", (b) => b.sourceLine);
  pack.fundingFacts = keep(pack.fundingFacts, (f) => filled(f.label) && filled(f.asPrinted) && Number.isFinite(f.amountGbp), "funding figure", lineOf);
  pack.outsideBodies = keep(pack.outsideBodies, (o) => filled(o.name), "outside body", lineOf);
  for (const o of pack.outsideBodies) o.representatives = o.representatives.filter((r) => filled(r.name));
}
