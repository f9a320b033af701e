import type { StrategyAction, StrategyPriority } from "./contract";
import { findDate } from "./dates";
import type { PackContext } from "./pack-context";
import type { ParsedStrategy, Sourced } from "./parsed";
import { isBlank, type Line } from "./source-lines";
import { clean, isSeparatorRow, splitCells, stripBullet } from "./text";

/**
 * Delivery plans and strategy action plans: priorities, outcomes, actions.
 *
 * Two layouts are read:
 * - the delivery plan: "PRIORITY n: TITLE" headings with outcome bullets, then an action
 *   table (REF | ACTION DESCRIPTION | LEAD OFFICER | ... | DECISION MAKING ROUTE) whose
 *   header repeats at every priority and page break;
 * - the themed action log: a theme line ("People"), a row of theme outcomes, then an
 *   "Outcomes - Date | Impact" table. Themes become priorities numbered in order, rows
 *   become actions with refs "theme.row" (the log prints none).
 */
export function parseStrategies(ctx: PackContext): ParsedStrategy[] {
  try {
    const plans = parseDeliveryPlans(ctx);
    const logs = parseThemedActionLogs(ctx);
    return [...plans, ...logs].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  } catch (err) {
    ctx.issues.error("strategy-unreadable", null, `The delivery plan could not be read: ${String(err)}`);
    return [];
  }
}

type Priority = StrategyPriority & Sourced;
type Action = StrategyAction & Sourced;
type ActionField = Exclude<keyof StrategyAction, "priority">;

// ---------------------------------------------------------------- delivery plan layout

const PRIORITY_HEADING = /^(?:priority|theme|objective|outcome area)\s+(\d{1,2})\s*[:.\-–—]\s*(.+)$/i;
const REF = /^(\d{1,2})\.(\d{1,3})\.?$/;
const INLINE_BULLETS = /\s*[·•▪●]\s+/;

/** Which action field a header cell names; order matters ("ACTION CONTINUES UNTIL" is not the description). */
function actionFieldOf(header: string): ActionField | null {
  const h = header.toLowerCase();
  if (/^(ref|no|number|#)\b\.?/.test(h)) return "ref";
  if (/continues|until|end date|completion/.test(h)) return "continuesUntil";
  if (/milestone|start date/.test(h)) return "firstMilestone";
  if (/lead|officer|owner|responsible/.test(h)) return "leadOfficer";
  if (/resource|engagement/.test(h)) return "resources";
  if (/risk/.test(h)) return "risks";
  if (/output/.test(h)) return "outputs";
  if (/decision|route|governance/.test(h)) return "decisionRoute";
  if (/description|action/.test(h)) return "description";
  return null;
}

/** Column fields of an action-table header row, or null when the row is not one. */
function actionHeader(text: string): (ActionField | null)[] | null {
  if (!text.includes("\t") || !/\bref|\bno\b/i.test(text) || !/descr|action/i.test(text)) return null;
  const cells = splitCells(text);
  if (cells.length < 4) return null;
  const fields = cells.map(actionFieldOf);
  const has = (f: ActionField) => fields.includes(f);
  return fields[0] === "ref" && has("description") && (has("leadOfficer") || has("outputs")) ? fields : null;
}

const PRIORITY_START = /^[\s*#_-]*(?:priority|theme|objective|outcome area)\s+\d/i;

function priorityHeading(text: string): { number: number; title: string; outcomes: string[] } | null {
  if (!PRIORITY_START.test(text)) return null;
  const first = splitCells(text)[0] ?? "";
  const m = PRIORITY_HEADING.exec(first);
  if (!m) return null;
  const [title, ...inline] = m[2].split(INLINE_BULLETS).map((s) => s.trim());
  if (title === "") return null;
  return { number: parseInt(m[1], 10), title, outcomes: inline.filter((s) => s !== "") };
}

function isBulletLine(text: string): boolean {
  return /^\s*(?:[-•▪●·◦*]|o(?=\s))\s+\S/.test(text) && !text.includes("\t");
}

function isPageArtefact(text: string): boolean {
  return /^\s*page\s+\d+(\s+of\s+\d+)?\s*$/i.test(text);
}

function emptyAction(ref: string, priority: number | null, line: number): Action {
  return {
    ref, priority, description: "", leadOfficer: null, firstMilestone: null, continuesUntil: null,
    resources: null, risks: null, outputs: null, decisionRoute: null, line,
  };
}

function appendField(action: Action, field: ActionField, text: string): void {
  if (text === "" || field === "ref") return;
  const before = action[field];
  const joined = before ? `${before} ${text}` : text;
  if (field === "description") action.description = joined;
  else action[field] = joined;
}

/** Fill an action from one physical row; a continuation row (blank ref cell) appends. */
function fillAction(action: Action, cells: string[], fields: (ActionField | null)[]): void {
  cells.forEach((cell, i) => {
    const field = fields[i];
    if (field) appendField(action, field, cell);
  });
}

interface PlanState {
  start: number;
  priorities: Priority[];
  actions: Action[];
  fields: (ActionField | null)[] | null;
  current: Priority | null;
  lastAction: Action | null;
  end: number;
}

function newPlan(start: number): PlanState {
  return { start, priorities: [], actions: [], fields: null, current: null, lastAction: null, end: start };
}

/**
 * Feed one line to an open plan. Returns false when the line does not belong to a plan
 * (which closes it).
 */
function feedPlanLine(plan: PlanState, line: Line, ctx: PackContext): boolean {
  const text = line.text;
  if (isBlank(text) || isSeparatorRow(text) || isPageArtefact(text)) return true;
  const header = actionHeader(text);
  if (header) {
    // A header repeated at a page break keeps the open action: the next row may continue it.
    if (!plan.fields || plan.fields.join() !== header.join()) plan.lastAction = null;
    plan.fields = header;
    plan.end = line.n;
    return true;
  }
  const heading = priorityHeading(text);
  if (heading) {
    const p: Priority = { number: heading.number, title: heading.title, outcomes: heading.outcomes, line: line.n };
    plan.priorities.push(p);
    plan.current = p;
    plan.fields = null;
    plan.lastAction = null;
    plan.end = line.n;
    return true;
  }
  if (plan.current && !plan.fields && isBulletLine(text)) {
    const outcome = clean(stripBullet(text));
    if (outcome) plan.current.outcomes.push(outcome);
    plan.end = line.n;
    return true;
  }
  if (plan.fields && text.includes("\t")) return feedActionRow(plan, line, ctx);
  return false;
}

function feedActionRow(plan: PlanState, line: Line, ctx: PackContext): boolean {
  const fields = plan.fields ?? [];
  const cells = splitCells(line.text);
  const ref = cells[0] ?? "";
  const m = REF.exec(ref);
  if (m) {
    const refText = `${m[1]}.${m[2]}`;
    const priority = plan.current?.number ?? parseInt(m[1], 10);
    if (plan.current && parseInt(m[1], 10) !== plan.current.number) {
      ctx.issues.warn("strategy-ref-priority-mismatch", line.n,
        `Action ${refText} is listed under priority ${plan.current.number}; kept under the priority it is printed in.`);
    }
    const action = emptyAction(refText, priority, line.n);
    fillAction(action, cells, fields);
    if (action.description === "") {
      ctx.issues.warn("strategy-action-without-description", line.n, `Action ${refText} has no description.`);
    }
    plan.actions.push(action);
    plan.lastAction = action;
    plan.end = line.n;
    return true;
  }
  if (ref === "" && plan.lastAction && cells.some((c) => c !== "")) {
    // A row split over a page break: the continuation has an empty REF cell.
    fillAction(plan.lastAction, cells, fields);
    plan.end = line.n;
    return true;
  }
  if (cells.every((c) => c === "")) return true;
  return false;
}

/** Strip an "Appendix 2 - " style prefix from a title line. */
function withoutAppendixLabel(s: string): string {
  return s.replace(/^(?:appendix|annex)\s+[\w.]+\s*[-–—:]\s*/i, "").trim();
}

const PLAN_WORDS = /\b(plan|strategy|action log|vision|programme|priorities)\b/i;

/** The plan's title: the short lines just above its first heading, banner included. */
function planTitle(lines: Line[], startIndex: number): string | null {
  const found: string[] = [];
  for (let i = startIndex - 1; i >= 0 && i >= startIndex - 8 && found.length < 2; i--) {
    const t = lines[i].text;
    if (isBlank(t)) continue;
    const c = clean(t);
    if (t.includes("\t") || c.length > 100 || /[.;:]$/.test(c) || findDate(c)) break;
    // A bare "Appendix 1" label is not part of the title.
    if (/^(?:appendix|annex)\s+[\w.]+$/i.test(c)) continue;
    found.unshift(withoutAppendixLabel(c));
  }
  if (found.length === 0) return null;
  const titleIdx = found.findIndex((s) => PLAN_WORDS.test(s));
  if (titleIdx < 0) return found[found.length - 1];
  const banner = titleIdx > 0 ? found[titleIdx - 1] : null;
  // An all-capitals organisation banner right above belongs to the title.
  if (banner && banner === banner.toUpperCase() && /[A-Z]/.test(banner) && !PLAN_WORDS.test(banner)) {
    return `${banner} ${found[titleIdx]}`;
  }
  return found[titleIdx];
}

function closePlan(plan: PlanState, ctx: PackContext): ParsedStrategy | null {
  if (plan.actions.length === 0) {
    if (plan.priorities.length > 0) {
      ctx.issues.warn("strategy-without-actions", plan.start, "A plan's priorities were found but no action rows could be read.");
    }
    return null;
  }
  const index = ctx.lines.findIndex((l) => l.n === plan.start);
  const title = planTitle(ctx.lines, index);
  if (!title) ctx.issues.warn("strategy-title-missing", plan.start, "The plan's title could not be found above its first priority.");
  checkDuplicateRefs(plan.actions, ctx);
  return { title: title ?? "Action plan", priorities: plan.priorities, actions: plan.actions, line: plan.start };
}

function checkDuplicateRefs(actions: Action[], ctx: PackContext): void {
  const seen = new Set<string>();
  for (const a of actions) {
    if (seen.has(a.ref)) ctx.issues.warn("strategy-duplicate-ref", a.line, `Action ref ${a.ref} appears more than once.`);
    seen.add(a.ref);
  }
}

/** Where a plan starts: a priority heading followed by an action header, or a bare action header. */
function startsPlan(lines: Line[], i: number): boolean {
  const t = lines[i].text;
  if (actionHeader(t)) return true;
  if (!priorityHeading(t)) return false;
  for (let j = i + 1; j < lines.length && j <= i + 40; j++) {
    if (actionHeader(lines[j].text)) return true;
    if (priorityHeading(lines[j].text)) return false;
  }
  return false;
}

function parseDeliveryPlans(ctx: PackContext): ParsedStrategy[] {
  const out: ParsedStrategy[] = [];
  const lines = ctx.lines;
  let plan: PlanState | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (plan) {
      if (feedPlanLine(plan, lines[i], ctx)) continue;
      const done = closePlan(plan, ctx);
      if (done) out.push(done);
      plan = null;
    }
    if (startsPlan(lines, i)) {
      plan = newPlan(lines[i].n);
      feedPlanLine(plan, lines[i], ctx);
    }
  }
  if (plan) {
    const done = closePlan(plan, ctx);
    if (done) out.push(done);
  }
  return out;
}

// ---------------------------------------------------------------- themed action log layout

function isLogHeader(text: string): boolean {
  if (!text.includes("\t") || !/impact/i.test(text)) return false;
  const cells = splitCells(text).filter((c) => c !== "");
  return cells.length === 2 && /^outcomes?\b.*\bdate$/i.test(cells[0]) && /^impacts?$/i.test(cells[1]);
}

/** A theme line: one short cell ("People"), not a sentence. */
function themeName(text: string): string | null {
  const cells = splitCells(text).filter((c) => c !== "");
  if (cells.length !== 1) return null;
  const c = cells[0];
  return c.split(" ").length <= 3 && !/[.:;]$/.test(c) && !/\d/.test(c) ? c : null;
}

/** Paragraphs of a cell: "<p>a</p> <p>b</p>" -> ["a", "b"]. */
function paragraphs(cell: string): string[] {
  return cell
    .split(/<\/p>|<br\s*\/?>/i)
    .map((p) => clean(p))
    .filter((p) => p !== "");
}

function cellParagraphs(text: string): string[][] {
  return text.split("\t").map(paragraphs);
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DATE_TAIL = new RegExp(
  `(?:^|\\s*[-–—]\\s*|\\s+)(${MONTH}(?:\\s*[-–—]\\s*${MONTH})?\\s+\\d{4})(?:\\s*(?:[-–—]|\\band\\b)?\\s*(ongoing\\b.*))?\\s*$`,
  "i",
);
const ONGOING_TAIL = /(?:\s*[-–—]\s*|\s+)(ongoing\b.*)$/i;

/** "Expansion of Digital Presence April 2020 - Ongoing" -> description, milestone, until. */
export function splitOutcomeDate(text: string): { description: string; firstMilestone: string | null; continuesUntil: string | null } {
  const m = DATE_TAIL.exec(text);
  if (m && m.index > 0) {
    return {
      description: text.slice(0, m.index).replace(/[\s\-–—,]+$/, ""),
      firstMilestone: m[1],
      continuesUntil: m[2] ? capitalise(m[2].trim()) : null,
    };
  }
  const o = ONGOING_TAIL.exec(text);
  if (o && o.index > 0) {
    return { description: text.slice(0, o.index).replace(/[\s\-–—,]+$/, ""), firstMilestone: null, continuesUntil: capitalise(o[1].trim()) };
  }
  return { description: text, firstMilestone: null, continuesUntil: null };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface LogTheme { priority: Priority; headerIndex: number }

/** Find the theme line and theme outcomes above an "Outcomes - Date | Impact" header. */
function themeAbove(lines: Line[], headerIndex: number, number: number): LogTheme | null {
  const rows: string[] = [];
  for (let i = headerIndex - 1; i >= 0 && i >= headerIndex - 8; i--) {
    const t = lines[i].text;
    if (isBlank(t)) continue;
    const name = themeName(t);
    if (name) {
      const outcomes = rows
        .map(cellParagraphs)
        // The column captions row (every cell a few words) is not an outcome.
        .filter((cells) => !cells.every((ps) => ps.join(" ").split(" ").length <= 4))
        .flatMap((cells) => cells.flat());
      return { priority: { number, title: name, outcomes, line: lines[i].n }, headerIndex };
    }
    rows.unshift(t);
  }
  return null;
}

function parseLogRows(lines: Line[], from: number, priority: number, ctx: PackContext): { actions: Action[]; next: number } {
  const actions: Action[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const t = lines[i].text;
    if (isBlank(t)) continue;
    if (!t.includes("\t") || isLogHeader(t)) break;
    if (themeName(t) && nextHeaderWithin(lines, i, 4)) break;
    const cells = cellParagraphs(t);
    const first = cells[0].join(" ");
    const impact = cells.slice(1).flat().join(" ");
    const last = actions[actions.length - 1];
    if (first === "" && last) {
      if (impact) last.outputs = last.outputs ? `${last.outputs} ${impact}` : impact;
      continue;
    }
    if (first === "") continue;
    const parts = splitOutcomeDate(first);
    const action = emptyAction(`${priority}.${actions.length + 1}`, priority, lines[i].n);
    action.description = parts.description;
    action.firstMilestone = parts.firstMilestone;
    action.continuesUntil = parts.continuesUntil;
    action.outputs = impact || null;
    if (!parts.firstMilestone && !parts.continuesUntil) {
      ctx.issues.info("strategy-action-without-date", lines[i].n, `The outcome "${first}" gives no date.`);
    }
    actions.push(action);
  }
  return { actions, next: i };
}

function nextHeaderWithin(lines: Line[], i: number, maxRows: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < maxRows; j++) {
    if (isBlank(lines[j].text)) continue;
    if (isLogHeader(lines[j].text)) return true;
    seen++;
  }
  return false;
}

function parseThemedActionLogs(ctx: PackContext): ParsedStrategy[] {
  const lines = ctx.lines;
  const out: ParsedStrategy[] = [];
  let current: ParsedStrategy | null = null;
  let lastEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!isLogHeader(lines[i].text)) continue;
    const number = current && i - lastEnd < 12 ? current.priorities.length + 1 : 1;
    const theme = themeAbove(lines, i, number);
    if (!theme) {
      ctx.issues.warn("strategy-theme-missing", lines[i].n, "An outcomes/impact table has no theme line above it; skipped.");
      continue;
    }
    if (number === 1) {
      const themeIndex = lines.findIndex((l) => l.n === theme.priority.line);
      const title = planTitle(lines, themeIndex);
      current = { title: title ?? "Action log", priorities: [], actions: [], line: theme.priority.line };
      out.push(current);
    }
    if (!current) continue;
    const { actions, next } = parseLogRows(lines, i + 1, number, ctx);
    current.priorities.push(theme.priority);
    current.actions.push(...actions);
    lastEnd = next;
    i = next - 1;
  }
  return out.filter((s) => s.actions.length > 0);
}
