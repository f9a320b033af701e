/**
 * The officer and member contact block under a report header. Four layouts occur: labelled
 * lines ("Name: ... / Post: ..."), one tab row per contact with all fields run together, a
 * label/value table with officer and member side by side, and "Name\tX" without its colon.
 * Two people may share one block, joined with " / ".
 */
import type { Contact } from "./contract";
import { isBlank, type Line } from "./source-lines";
import { clean, cleanOrNull, stripBullet, stripMarkup } from "./text";
import { isFirstSectionHeading } from "./report-header";

type Group = "officer" | "member";

export interface ContactsResult {
  officerContacts: Contact[];
  memberContacts: Contact[];
  /** Index of the first line after the block (== start when there is no block). */
  endIndex: number;
  /** Source line of the block's first line, if any. */
  line: number | null;
}

const GROUP_HEADING = /^(officer|member)\s+contacts?\s*:?\s*/i;
const FIELD_LABEL = /\b(names?|post|e-?mail|tel(?:ephone)?|phone|mobile)\s*\.?\s*:/gi;
const BARE_LABEL = /^(names?|post|e-?mail|tel(?:ephone)?|phone)\.?$/i;
const MAX_BLOCK_LINES = 30;

function cellText(cell: string): string {
  return clean(stripBullet(stripMarkup(cell)));
}

function startsWithContactLabel(text: string): boolean {
  return /^(?:names?|post|e-?mail|tel(?:ephone)?|phone|mobile)\s*\.?\s*(?::|$)/i.test(text);
}

/** Whether a line belongs to a contact block (a group heading or a labelled contact field). */
export function isContactLine(raw: string): boolean {
  const cells = raw.split("\t").map(cellText).filter((c) => c !== "");
  return cells.some((c) => GROUP_HEADING.test(c) || startsWithContactLabel(c));
}

/** Read the contact block starting at or shortly after `start`. */
export function parseContacts(lines: Line[], start: number): ContactsResult {
  const first = findBlockStart(lines, start);
  if (first < 0) return { officerContacts: [], memberContacts: [], endIndex: start, line: null };
  const texts: Record<Group, string[]> = { officer: [], member: [] };
  let group: Group = "officer";
  const columnGroups: { col: number; group: Group }[] = [];
  let i = first;
  for (; i < lines.length && i < first + MAX_BLOCK_LINES; i++) {
    const raw = lines[i].text;
    if (isBlank(raw)) continue;
    if (isFirstSectionHeading(raw) || !isContactLine(raw)) break;
    if (raw.includes("\t")) {
      group = readTabRow(raw, columnGroups, texts, group);
    } else {
      group = readPlainLine(cellText(raw), texts, group);
    }
  }
  return {
    officerContacts: buildContacts(texts.officer.join(" ")),
    memberContacts: buildContacts(texts.member.join(" ")),
    endIndex: i,
    line: lines[first].n,
  };
}

function findBlockStart(lines: Line[], start: number): number {
  let nonBlank = 0;
  for (let i = start; i < lines.length && nonBlank < 3; i++) {
    if (isBlank(lines[i].text)) continue;
    if (isContactLine(lines[i].text)) return i;
    if (isFirstSectionHeading(lines[i].text)) return -1;
    nonBlank++;
  }
  return -1;
}

/** A tab row: group headings fix which columns belong to whom; other cells are field text. */
function readTabRow(raw: string, columnGroups: { col: number; group: Group }[], texts: Record<Group, string[]>, group: Group): Group {
  const cells = raw.split("\t").map(cellText);
  const headings = cells.map((c, col) => ({ col, m: GROUP_HEADING.exec(c) })).filter((x) => x.m);
  if (headings.length > 0) {
    columnGroups.length = 0;
    for (const h of headings) columnGroups.push({ col: h.col, group: h.m![1].toLowerCase() as Group });
    const rest = cells.map((c, col) => ({ col, c: c.replace(GROUP_HEADING, "") })).filter((x) => x.c !== "");
    for (const r of rest) texts[groupOfColumn(columnGroups, r.col, group)].push(r.c);
    return columnGroups[columnGroups.length - 1].group;
  }
  for (let col = 0; col < cells.length; col++) {
    const c = cells[col];
    if (c === "") continue;
    texts[groupOfColumn(columnGroups, col, group)].push(BARE_LABEL.test(c) ? `${c.replace(/\.$/, "")}:` : c);
  }
  return group;
}

function groupOfColumn(columnGroups: { col: number; group: Group }[], col: number, fallback: Group): Group {
  let g: Group | null = null;
  for (const cg of columnGroups) if (cg.col <= col) g = cg.group;
  return g ?? columnGroups[0]?.group ?? fallback;
}

function readPlainLine(text: string, texts: Record<Group, string[]>, group: Group): Group {
  const m = GROUP_HEADING.exec(text);
  if (m) {
    const g = m[1].toLowerCase() as Group;
    const rest = text.slice(m[0].length).trim();
    if (rest) texts[g].push(rest);
    return g;
  }
  texts[group].push(text.replace(/^(names?|post|e-?mail|tel(?:ephone)?|phone)\s+(?=\S)(?!.*:)/i, "$1: "));
  return group;
}

type Field = "name" | "post" | "email" | "telephone";

function fieldOf(label: string): Field {
  const l = label.toLowerCase();
  if (l.startsWith("name")) return "name";
  if (l === "post") return "post";
  if (l.includes("mail")) return "email";
  return "telephone";
}

/** Split "Name: X Post: Y Email: Z Tel: T ..." into contacts; a new Name starts a new contact. */
export function buildContacts(text: string): Contact[] {
  const pairs: { field: Field; value: string }[] = [];
  const matches = [...text.matchAll(FIELD_LABEL)];
  matches.forEach((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = k + 1 < matches.length ? matches[k + 1].index ?? text.length : text.length;
    pairs.push({ field: fieldOf(m[1]), value: clean(text.slice(from, to)) });
  });
  const raw: Record<Field, string | null>[] = [];
  for (const p of pairs) {
    let cur = raw[raw.length - 1];
    if (!cur || (p.field === "name" && cur.name !== null)) {
      cur = { name: null, post: null, email: null, telephone: null };
      raw.push(cur);
    }
    cur[p.field] = cur[p.field] && p.value ? `${cur[p.field]} ${p.value}` : cur[p.field] ?? (p.value || null);
  }
  return raw.filter((c) => c.name).flatMap(splitSharedContact);
}

/** "Martin Wade / Clare Andrews" with posts, emails and phones joined the same way: two contacts. */
function splitSharedContact(c: Record<Field, string | null>): Contact[] {
  const names = (c.name ?? "").split(/\s+\/\s+/).map((x) => x.trim()).filter((x) => x !== "");
  const pick = (v: string | null, k: number): string | null => {
    if (v === null) return null;
    const parts = v.split(/\s+\/\s+/);
    if (names.length > 1 && parts.length === names.length) return cleanOrNull(parts[k]);
    return cleanOrNull(v);
  };
  return names.map((name, k) => ({
    name,
    post: pick(c.post, k),
    email: pick(c.email, k),
    telephone: normaliseTelephone(pick(c.telephone, k)),
  }));
}

function normaliseTelephone(t: string | null): string | null {
  if (t === null) return null;
  return cleanOrNull(t.replace(/[,;]/g, " "));
}
