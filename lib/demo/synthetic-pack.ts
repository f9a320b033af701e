/**
 * One synthetic agenda pack, as the importer would have read it (ParsedPack: the agenda-pack
 * contract objects plus source lines), with the text it came from. The text is written line by
 * line as the records are made, so every record's `line` points at its own line of the stored
 * source, as an imported pack's do.
 */
import { createHash } from "node:crypto";
import type { ActionLogEntry, BudgetLine, Labelled } from "@/lib/import/contract";
import type { BodyBlock, ParsedAgendaItem, ParsedMinuteEntry, ParsedMinutes, ParsedPack, ParsedReport } from "@/lib/import/parsed";
import { slugify } from "@/lib/slug";
import type { Prng } from "./prng";
import {
  ACTION_TEXTS, BUDGET_LINES, REPORT_TITLES, STATUSES, SUBJECTS, VENUES,
} from "./vocabulary";

export interface Councillor { name: string; role: string | null }
export interface Officer { name: string; post: string; email: string; telephone: string }

/** What a committee carries from one of its meetings to the next. */
export interface CommitteeState {
  name: string;
  councillors: Councillor[];
  officers: Officer[];
  clerk: Officer;
  /** Minute numbers run on across a committee's meetings, as councils number them. */
  nextMinute: number;
  /** The previous meeting: its minutes are printed in the next pack. */
  previous: { date: string; titles: string[] } | null;
  /** Actions minuted and not yet completed: reported on in the action log of later packs. */
  openActions: { date: string; minute: string; title: string; action: string; responsible: string; age: number }[];
}

class Lines {
  readonly all: string[] = [];
  add(text: string): number {
    this.all.push(text);
    return this.all.length;
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function datePrinted(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", { weekday: "long", timeZone: "UTC" });
  return `${weekday}, ${d} ${MONTHS[m - 1]} ${y}`;
}

function paragraph(rng: Prng, subject: string): string {
  const openers = [
    `The ${subject.toLowerCase()} supports residents across the county`,
    `Since the last report to committee, officers have reviewed the ${subject.toLowerCase()}`,
    `Demand for the ${subject.toLowerCase()} has risen`,
    `Partners in the districts have contributed to the ${subject.toLowerCase()}`,
  ];
  const middles = [
    "and the evidence gathered shows where further investment would have the greatest effect",
    "working with voluntary organisations, parish councils and health partners",
    "with particular attention to rural areas and market towns where access is harder",
    "within the budget agreed by the Council in February",
  ];
  const ends = [
    "Members are asked to note the progress made.", "The committee will receive a further update in the next municipal year.",
    "The risks are set out in section 4 of this report.", "Feedback from the consultation is summarised in Appendix 1.",
  ];
  return `${rng.pick(openers)}, ${rng.pick(middles)}. ${rng.pick(ends)}`;
}

function reportBody(rng: Prng, subject: string, lines: Lines): BodyBlock[] {
  const body: BodyBlock[] = [];
  const sections = ["Background", "Main Issues", "Alternative Options Considered", "Next Steps"];
  for (const [s, heading] of sections.entries()) {
    body.push({ kind: "heading", number: `${s + 1}.`, text: heading, level: 1, line: lines.add(`${s + 1}. ${heading}`) });
    const n = rng.int(1, 3);
    for (let p = 1; p <= n; p++) {
      const text = paragraph(rng, subject);
      body.push({ kind: "paragraph", number: `${s + 1}.${p}`, text, line: lines.add(`${s + 1}.${p} ${text}`) });
    }
  }
  return body;
}

function budgetLines(rng: Prng, lines: Lines): (BudgetLine & { sourceLine: number | null })[] {
  const out: (BudgetLine & { sourceLine: number | null })[] = [];
  let budget = 0;
  let actual = 0;
  for (const name of rng.sample(BUDGET_LINES, 8)) {
    const b = rng.int(200, 9000);
    const a = Math.round(b * (0.85 + rng.next() * 0.3));
    budget += b;
    actual += a;
    out.push({ table: "Revenue budget", line: name, unit: "GBP_thousands", isTotal: false, budget: b, actual: a, variance: a - b, previousVariance: rng.int(-200, 200), sourceLine: lines.add(`${name}\t${b}\t${a}\t${a - b}`) });
  }
  out.push({ table: "Revenue budget", line: "Total", unit: "GBP_thousands", isTotal: true, budget, actual, variance: actual - budget, previousVariance: null, sourceLine: lines.add(`Total\t${budget}\t${actual}\t${actual - budget}`) });
  return out;
}

function report(rng: Prng, state: CommitteeState, date: string, agendaItem: string, title: string, subject: string, lines: Lines): ParsedReport {
  const officer = rng.pick(state.officers);
  const chair = state.councillors[0];
  const line = lines.add(`Agenda Item No: ${agendaItem}`);
  lines.add(title.toUpperCase());
  const purpose = `To ${rng.pick(["inform the committee of", "seek the committee's approval for", "ask the committee to comment on"])} the ${subject.toLowerCase()}.`;
  lines.add(`Purpose: ${purpose}`);
  const keyDecision = rng.chance(0.25);
  const recommendations: Labelled[] = [
    { label: "a", text: `note the progress of the ${subject.toLowerCase()};` },
    { label: "b", text: rng.pick([`approve the proposals set out in section 2;`, `delegate authority to the ${officer.post} to agree the final terms;`, `endorse the approach to consultation.`]) },
  ];
  for (const r of recommendations) lines.add(`${r.label}) ${r.text}`);
  const body = reportBody(rng, subject, lines);
  const endLine = lines.add(`Source documents: none`);
  return {
    agendaItem, title, from: officer.post, keyDecision, forwardPlanRef: keyDecision ? `${date.slice(0, 4)}/${String(rng.int(1, 120)).padStart(3, "0")}` : null,
    purpose, recommendations,
    officerContacts: [{ name: officer.name, post: officer.post, email: officer.email, telephone: officer.telephone }],
    memberContacts: [{ name: `Councillor ${chair.name}`, post: "Chair", email: `${slugify(chair.name).replace(/-/g, ".")}@example.gov.uk`, telephone: null }],
    implications: [
      { category: "Resource Implications", text: "The report above sets out details of significant implications in section 2." },
      { category: "Equality and Diversity Implications", text: "There are no significant implications within this category." },
      { category: "Public Health Implications", text: rng.pick(["The report above sets out details of significant implications in section 3.", "There are no significant implications within this category."]) },
    ],
    sourceDocuments: [],
    line, endLine, to: state.name, meetingDateAsPrinted: datePrinted(date), meetingDate: date, electoralDivisions: "All",
    keyDecisionAsPrinted: keyDecision ? "Yes" : "No", recommendationLeadIn: "The committee is recommended to:",
    clearances: [], environmentImplications: [], footnotes: [], body,
  };
}

/**
 * The pack of one meeting. `reportCount` officer reports, a finance monitoring report when
 * `withFinance`; the minutes of the previous meeting and the action log; the forward plan.
 * Updates `state` for the next meeting. `upcoming` meetings have no minutes of their own yet.
 */
export function syntheticPack(rng: Prng, state: CommitteeState, date: string, nextDates: string[], reportCount: number, withFinance: boolean): { pack: ParsedPack; text: string } {
  const lines = new Lines();
  const venue = rng.pick(VENUES.slice(0, 2));
  const meetingLine = lines.add(`${state.name.toUpperCase()}`);
  lines.add(`Date: ${datePrinted(date)}`);
  lines.add(`Time: 10:00a.m.`);
  lines.add(`Venue: ${venue}`);

  const items: ParsedAgendaItem[] = [];
  const item = (number: string, title: string, section: string, pages: boolean) =>
    items.push({ number, title, section, pageStart: pages ? items.length * 6 + 5 : null, pageEnd: pages ? items.length * 6 + 9 : null, body: null, line: lines.add(`${number}. ${title}`) });
  item("1", "Apologies for Absence and Declarations of Interest", "CONSTITUTIONAL MATTERS", false);
  if (state.previous) item("2", `Minutes of the Meeting Held on ${datePrinted(state.previous.date).replace(/^\w+, /, "")}`, "CONSTITUTIONAL MATTERS", true);
  item("3", `${state.name} Action Log`, "CONSTITUTIONAL MATTERS", true);
  item("4", "Petitions and Public Questions", "CONSTITUTIONAL MATTERS", false);
  const subjects = rng.sample(SUBJECTS, reportCount);
  const titles = subjects.map((s) => rng.pick(REPORT_TITLES).replace("%s", s));
  let n = 5;
  for (const title of titles) item(String(n++), title, n <= 6 ? "KEY DECISIONS" : "OTHER DECISIONS", true);
  const financeTitle = `Finance Monitoring Report – ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  if (withFinance) item(String(n++), financeTitle, "OTHER DECISIONS", true);
  item(String(n++), `${state.name} Agenda Plan and Appointments to Outside Bodies`, "OTHER DECISIONS", true);
  item(String(n++), "Date of Next Meeting", "OTHER DECISIONS", false);

  const reports = titles.map((title, i) => report(rng, state, date, String(5 + i), title, subjects[i], lines));
  let budget: (BudgetLine & { sourceLine: number | null })[] = [];
  if (withFinance) {
    const finance = report(rng, state, date, String(5 + titles.length), financeTitle, "Finance Monitoring", lines);
    budget = budgetLines(rng, lines);
    finance.endLine = lines.add("End of finance monitoring report");
    reports.push(finance);
  }

  const minutes: ParsedMinutes[] = [];
  const newActions: CommitteeState["openActions"] = [];
  if (state.previous) {
    const prev = state.previous;
    const minutesLine = lines.add(`${state.name.toUpperCase()}: MINUTES`);
    const attending = rng.sample(state.councillors, state.councillors.length);
    const apologies = attending.splice(0, rng.int(0, 2));
    const entries: ParsedMinuteEntry[] = [];
    for (const title of ["Apologies for Absence and Declarations of Interest", ...prev.titles]) {
      const number = state.nextMinute++;
      const line = lines.add(`${number}. ${title}`);
      const isReport = title !== "Apologies for Absence and Declarations of Interest";
      const body = isReport ? `The committee received a report on the ${title.toLowerCase()}. ${paragraph(rng, title)}` : "Apologies were received as listed above. There were no declarations of interest.";
      const outcome = rng.pick(["unanimous", "unanimous", "majority", "carried"] as const);
      const votesFor = outcome === "majority" ? rng.int(6, 9) : null;
      const entry: ParsedMinuteEntry = {
        number, title, body, line, actions: [],
        resolutions: isReport ? [{ outcome, votesFor, votesAgainst: votesFor === null ? null : rng.int(1, 4), abstentions: null, preamble: `It was resolved${outcome === "unanimous" ? " unanimously" : ""} to:`, text: `note the report and ${rng.pick(["approve the recommendations", "agree the proposals", "endorse the approach"])} set out in it.`, parts: [] }] : [],
      };
      if (isReport && rng.chance(0.3)) {
        const action = rng.pick(ACTION_TEXTS);
        entry.actions.push(action);
        newActions.push({ date: prev.date, minute: String(number), title, action, responsible: rng.pick(state.officers).name, age: 0 });
      }
      entries.push(entry);
    }
    minutes.push({
      meetingDate: prev.date, startTime: "10:00", endTime: `${rng.int(11, 13)}:${rng.pick(["00", "15", "30", "45"])}`, line: minutesLine, agendaItem: "2",
      present: attending.map((c) => ({ name: c.name, role: c.role, substitutingFor: null })), apologies: apologies.map((c) => c.name), entries,
    });
  }

  const actionLog: (ActionLogEntry & { line: number | null })[] = [];
  for (const a of state.openActions) {
    a.age++;
    const status = a.age >= 3 ? "Completed" : rng.pick(STATUSES);
    actionLog.push({ meetingDate: a.date, minuteNumber: a.minute, itemTitle: a.title, responsible: a.responsible, action: a.action, comments: status === "Completed" ? "Action completed." : "Update to follow.", status, line: lines.add(`${a.minute} ${a.action} ${status}`) });
  }
  state.openActions = [...state.openActions.filter((a) => a.age < 3 && !/complet|closed/i.test(actionLog.find((e) => e.minuteNumber === a.minute)?.status ?? "")), ...newActions];

  const agendaPlan: ParsedPack["agendaPlan"] = nextDates.slice(0, 3).flatMap((d) =>
    rng.sample(SUBJECTS, 2).map((s) => ({
      meetingDate: d, meetingDateAsPrinted: d.split("-").reverse().join("/"), item: s, leadOfficer: rng.pick(state.officers).name, keyDecisionRef: null,
      draftDeadline: null, despatchDate: null, isReserve: false, isProvisional: rng.chance(0.2), line: lines.add(`${d} ${s}`),
    })));

  const fundingFacts: ParsedPack["fundingFacts"] = withFinance
    ? [{ label: "Forecast outturn variance", amountGbp: (budget.at(-1)!.variance ?? 0) * 1000, asPrinted: `£${budget.at(-1)!.variance}k`, reportTitle: financeTitle, line: budget.at(-1)!.sourceLine }]
    : [];

  state.previous = { date, titles: reports.map((r) => r.title) };
  const text = lines.all.join("\n");
  const pack: ParsedPack = {
    source: { file: `synthetic/${slugify(state.name, 60)}/${date}.txt`, sha256: createHash("sha256").update(text, "utf8").digest("hex"), lines: lines.all.length },
    meeting: { committee: state.name, date, startTime: "10:00", venue, virtual: false, line: meetingLine, dateAsPrinted: datePrinted(date), timeAsPrinted: "10:00a.m.", room: "Council Chamber", virtualPlatforms: null },
    clerk: { name: state.clerk.name, telephone: state.clerk.telephone, email: state.clerk.email },
    members: state.councillors.map((c) => ({ name: c.name, role: c.role })),
    agendaItems: items, reports, minutes, actionLog, agendaPlan, workshops: [], strategies: [], budgetLines: budget, fundingFacts,
    outsideBodies: [], issues: [], hasFrontSheet: true,
  };
  return { pack, text };
}
