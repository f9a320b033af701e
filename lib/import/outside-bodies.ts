import type { IssueLog } from "./issue-log";
import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";
import { cellAt, findTabTables, mapColumns, type TableRow, type TabTable } from "./tab-table";
import { clean, cleanOrNull, collapseSpace, decodeEntities } from "./text";

type ContractBody = ParsedPack["outsideBodies"][number];

/** A representative, with the sub-body (unit) they sit on when the row lists one per unit. */
export interface RepresentativeRecord { name: string; party: string | null; substitute: boolean; unit: string | null }

/** An outside body, with what the database needs beyond the contract. */
export type OutsideBodyRecord = Omit<ContractBody, "representatives"> & {
  representatives: RepresentativeRecord[];
  /** Sub-bodies listed under the body (e.g. one committee per district). */
  units: string[];
  meetingsMin: number | null;
  meetingsMax: number | null;
  repsCount: number | null;
  observerOnly: boolean;
};

type BodyColumn = "body" | "meetings" | "reps" | "current" | "contact";

// "REPS APPOINTED" before "CURRENT REPRESENTATIVE(S)": both mention representatives.
const BODY_COLUMNS: ReadonlyArray<readonly [BodyColumn, RegExp]> = [
  ["body", /\b(name of body|body|organisation|outside bod(y|ies))\b/],
  ["meetings", /\bmeetings?\b/],
  ["reps", /\b(reps|appointed|places|number of rep\w*)\b/],
  ["current", /\b(current|representatives?|councillors?|members?)\b/],
  ["contact", /\bcontacts?\b/],
];

type Columns = Partial<Record<BodyColumn, number>>;

const BULLET = /\s*[•▪●◦]\s*/;
const COUNCILLOR = /\b(?:Councillors?|Cllrs?\.?)\s/g;
const DESCRIPTION_OPENERS = /^(The|This|These|It|Its|They|Each|All|A|An)$/;

/** Appointments to outside bodies. */
export function parseOutsideBodies(ctx: PackContext): OutsideBodyRecord[] {
  try {
    const tables = findTabTables(ctx.lines, { isHeader: isOutsideBodiesHeader, headerHint: /contact/i });
    return tables.flatMap((t) => readBodiesTable(t, ctx.issues));
  } catch (e) {
    ctx.issues.error("outside-bodies-unreadable", null, `The outside-bodies appointments could not be read: ${String(e)}`);
    return [];
  }
}

export function isOutsideBodiesHeader(cells: string[]): boolean {
  const cols = mapColumns(cells, BODY_COLUMNS);
  if (cols.body === undefined || cols.current === undefined) return false;
  return [cols.meetings, cols.reps, cols.contact].filter((c) => c !== undefined).length >= 2;
}

interface RowText { line: number; body: string; meetings: string; reps: string; current: string; contact: string; cellCount: number }

function readBodiesTable(table: TabTable, issues: IssueLog): OutsideBodyRecord[] {
  const cols = mapColumns(table.header, BODY_COLUMNS);
  const rows = mergeContinuationRows(table.rows, cols);
  const bodies = rows.map((r) => readBody(r, issues));
  checkTruncation(table, rows, bodies, issues);
  return bodies;
}

/** A row with an empty first cell continues the body above (split across a page break). */
function mergeContinuationRows(rows: TableRow[], cols: Columns): RowText[] {
  const out: RowText[] = [];
  for (const r of rows) {
    const text: RowText = {
      line: r.line,
      body: cellAt(r.raw, cols.body),
      meetings: cellAt(r.cells, cols.meetings),
      reps: cellAt(r.cells, cols.reps),
      current: cellAt(r.cells, cols.current),
      contact: cellAt(r.cells, cols.contact),
      cellCount: r.raw.filter((c) => clean(c) !== "").length,
    };
    const prev = out[out.length - 1];
    if (clean(text.body) === "" && prev) {
      prev.meetings = joinText(prev.meetings, text.meetings);
      prev.reps = joinText(prev.reps, text.reps);
      prev.current = joinText(prev.current, text.current);
      prev.contact = joinText(prev.contact, text.contact);
      prev.cellCount = Math.max(prev.cellCount, text.cellCount);
      continue;
    }
    out.push(text);
  }
  return out;
}

function joinText(a: string, b: string): string {
  return b === "" ? a : a === "" ? b : `${a} ${b}`;
}

function readBody(r: RowText, issues: IssueLog): OutsideBodyRecord {
  const cell = splitBodyCell(r.body);
  if (cell.name === "") {
    issues.warn("outside-body-name-missing", r.line, "A row of the outside-bodies table has no name of body.");
  }
  if (cell.descriptionUnclear) {
    issues.info("outside-body-name-unclear", r.line,
      `The name and description of outside body "${cell.name}" run together in one cell and could not be told apart; the whole text is kept as the name.`);
  }
  const meetings = rangeOf(r.meetings);
  const repsCount = /^\s*(\d+)/.exec(r.reps);
  const reps = readRepresentatives(r.current);
  const body: OutsideBodyRecord = {
    line: r.line,
    number: cell.number,
    name: cell.name,
    description: cell.description,
    meetingsPerAnnum: r.meetings || null,
    repsAppointed: r.reps || null,
    representatives: assignUnits(reps, cell.units, r.reps),
    contact: r.contact || null,
    units: cell.units,
    meetingsMin: meetings?.[0] ?? null,
    meetingsMax: meetings?.[1] ?? null,
    repsCount: repsCount ? Number(repsCount[1]) : null,
    observerOnly: /\bobserver\b/i.test(r.reps),
  };
  checkRepCount(body, r.line, issues);
  return body;
}

// ---------------------------------------------------------------- the NAME OF BODY cell

interface BodyCell { number: number | null; name: string; description: string | null; units: string[]; descriptionUnclear: boolean }

/**
 * The first cell holds number, name, description and an optional bulleted list of
 * sub-bodies, run together: "4) Name Sub-bodies: <ul> • A • B Description...".
 */
export function splitBodyCell(raw: string): BodyCell {
  // Text after a closed list is description; an unclosed list runs on into it.
  const closed = /<\/(ul|ol)>/i.exec(raw);
  const listed = closed ? raw.slice(0, closed.index) : raw;
  const afterList = closed ? clean(raw.slice(closed.index + closed[0].length)) : "";
  const text = collapseSpace(decodeEntities(listed
    .replace(/<\/?(b|strong)\b[^>]*>/gi, "**")
    .replace(/<\/?(ul|ol|li)\b[^>]*>/gi, " • ")
    .replace(/<[^>]+>/g, " ")));
  const numbered = /^\(?(\d{1,3})[).]\s*/.exec(text);
  const number = numbered ? Number(numbered[1]) : null;
  const rest = numbered ? text.slice(numbered[0].length) : text;
  const [head, ...listParts] = rest.split(BULLET);
  const { units, trailing } = readUnits(listParts, !closed);
  const { name, description, unclear } = boldName(head) ?? splitNameAndDescription(clean(head));
  const fullDescription = [description, trailing, afterList].filter((d): d is string => !!d).join(" ");
  return { number, name, description: fullDescription === "" ? null : fullDescription, units, descriptionUnclear: unclear };
}

/** A name printed in bold ("**Hunts Forum** An umbrella body …") ends where the bold ends. */
function boldName(head: string): { name: string; description: string | null; unclear: boolean } | null {
  const m = /^\s*\*\*(.+?)\*\*/.exec(head);
  if (!m || clean(m[1]) === "") return null;
  return { name: clean(m[1]).replace(/\s*:$/, ""), description: cleanOrNull(head.slice(m[0].length)), unclear: false };
}

/** Bulleted sub-bodies; the last one often runs on into a sentence ("South Cambridgeshire The District ..."). */
function readUnits(parts: string[], mayRunOn: boolean): { units: string[]; trailing: string | null } {
  const units = parts.map((p) => clean(p)).filter((p) => p !== "");
  if (units.length === 0 || !mayRunOn) return { units, trailing: null };
  const last = units[units.length - 1].split(" ");
  const cut = last.findIndex((w, i) => i > 0 && DESCRIPTION_OPENERS.test(w) && last.length - i >= 4);
  if (cut < 0) return { units, trailing: null };
  units[units.length - 1] = last.slice(0, cut).join(" ");
  return { units, trailing: last.slice(cut).join(" ") };
}

/**
 * Where the body's name ends and its description begins, in order of evidence:
 * a purpose clause ("… Panel To consider …"), a label introducing the list ("… District
 * Committees:"), the name repeated as the description's subject, or its first word repeated.
 */
export function splitNameAndDescription(text: string): { name: string; description: string | null; unclear: boolean } {
  if (text === "") return { name: "", description: null, unclear: false };
  if (/:$/.test(text)) return { name: text.replace(/\s*:$/, ""), description: null, unclear: false };
  const words = text.split(" ");
  const verbAt = firstVerbIndex(words);
  const purpose = words.findIndex((w, i) => i > 0 && w === "To" && /^[a-z]/.test(words[i + 1] ?? ""));
  if (purpose > 0 && (verbAt < 0 || purpose < verbAt)) return cutAt(words, purpose);
  const limit = verbAt < 0 ? words.length : verbAt;
  const repeated = longestRepeatedPrefix(words, limit);
  if (repeated > 0) return cutAt(words, repeated);
  const again = words.findIndex((w, i) => i > 0 && i < limit && w === words[0]);
  if (again > 0) return cutAt(words, again);
  return { name: text, description: null, unclear: words.length > 12 };
}

function cutAt(words: string[], at: number): { name: string; description: string | null; unclear: boolean } {
  const description = words.slice(at).join(" ");
  return { name: words.slice(0, at).join(" ").replace(/\s*:$/, ""), description: description || null, unclear: false };
}

function firstVerbIndex(words: string[]): number {
  return words.findIndex((w) => /^(is|are|was|were|has|have|provides|aims|exists)$/.test(w));
}

/** Names are short: only the first words of a cell are tried as the name. */
const MAX_NAME_WORDS = 30;

/** The longest opening run of 2+ words (ending before `limit`) printed again later, punctuation aside. */
function longestRepeatedPrefix(words: string[], limit: number): number {
  const tokens = words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}&'-]/gu, ""));
  const max = Math.min(limit, MAX_NAME_WORDS);
  let best = 0;
  for (let n = 2; n < max; n++) {
    if (!occursFrom(tokens, n, n)) break;
    best = n;
  }
  return best;
}

/** Whether tokens[0..n) occur again at or after position `from`. */
function occursFrom(tokens: string[], n: number, from: number): boolean {
  for (let start = from; start + n <= tokens.length; start++) {
    let same = true;
    for (let k = 0; k < n && same; k++) same = tokens[start + k] === tokens[k];
    if (same) return true;
  }
  return false;
}

// ---------------------------------------------------------------- counts and representatives

/** "4 – 6" -> [4, 6]; "3-4" -> [3, 4]; "4" -> [4, 4]. */
function rangeOf(text: string): [number, number] | null {
  const m = /^\s*(\d+)\s*(?:(?:-|–|to)\s*(\d+))?/.exec(text);
  if (!m) return null;
  const lo = Number(m[1]);
  return [lo, m[2] ? Number(m[2]) : lo];
}

/**
 * "Councillor S Criswell (Con) Councillor K Cuffley (Con) Substitutes: Councillor I Manning
 * (Lib Dem)" -> named representatives with party; those after "Substitute(s):" are substitutes.
 */
export function readRepresentatives(cell: string): RepresentativeRecord[] {
  const reps: RepresentativeRecord[] = [];
  const parts = cell.split(/\bSubstitutes?\s*:?/i);
  parts.forEach((part, i) => {
    for (const chunk of splitPeople(part)) {
      const party = /\(([^()]*)\)\s*$/.exec(chunk);
      const name = clean(party ? chunk.slice(0, party.index) : chunk).replace(/[,;]$/, "");
      if (name === "" || /^(vacan(t|cy)|tbc|to be confirmed|none)$/i.test(name)) continue;
      reps.push({ name, party: party ? clean(party[1]) || null : null, substitute: i > 0, unit: null });
    }
  });
  return reps;
}

function splitPeople(text: string): string[] {
  const t = text.trim();
  if (t === "") return [];
  const starts = [...t.matchAll(COUNCILLOR)].map((m) => m.index ?? 0);
  if (starts.length > 0) {
    const bounds = [...starts, t.length];
    return starts.map((s, i) => t.slice(s, bounds[i + 1]).trim());
  }
  // No honorifics: people are "Name (Party)" groups, or separated by commas/semicolons.
  const groups = t.match(/[^()]+\([^()]*\)/g);
  if (groups && groups.join("").length >= t.replace(/\s+$/, "").length - 1) return groups.map((g) => g.trim());
  return t.split(/\s*[;,]\s*/);
}

/** "1 to each" / "1 on each" with one name per listed sub-body: pair them in printed order. */
function assignUnits(reps: RepresentativeRecord[], units: string[], repsText: string): RepresentativeRecord[] {
  const main = reps.filter((r) => !r.substitute);
  if (units.length === 0 || !/\beach\b/i.test(repsText) || main.length !== units.length) return reps;
  main.forEach((r, i) => { r.unit = units[i]; });
  return reps;
}

function checkRepCount(body: OutsideBodyRecord, line: number, issues: IssueLog): void {
  if (body.repsCount === null) return;
  const perUnit = body.repsAppointed !== null && /\beach\b/i.test(body.repsAppointed);
  const expected = perUnit ? body.repsCount * body.units.length : body.repsCount;
  const named = body.representatives.filter((r) => !r.substitute).length;
  if (expected > 0 && named !== expected) {
    issues.info("outside-body-rep-count-mismatch", line,
      `"${body.name}" has ${body.repsAppointed} representative place(s) but ${named} representative(s) are named.`);
  }
}

/** The pack ends inside the table, or the last row lacks cells: later bodies may be missing. */
function checkTruncation(table: TabTable, rows: RowText[], bodies: OutsideBodyRecord[], issues: IssueLog): void {
  const last = rows[rows.length - 1];
  const lastBody = bodies[bodies.length - 1];
  if (!last || !lastBody) return;
  const width = table.header.length;
  if (last.cellCount < width) {
    issues.warn("outside-body-row-incomplete", last.line,
      `The row for outside body "${lastBody.name}" has only ${last.cellCount} of ${width} columns filled; it may have been cut off.`);
  }
  if (table.reachesEndOfText) {
    issues.warn("outside-bodies-truncated", last.line,
      `The pack ends inside the outside-bodies table, straight after "${lastBody.name}"${lastBody.number !== null ? ` (body ${lastBody.number})` : ""}; any further bodies are missing and this last entry may be incomplete.`);
  }
}
