/**
 * Area / Community Champion appointments as the packs state them in prose: minutes resolutions
 * ("to appoint Councillor Janet French as the Fenland Area Champion"), report recommendations
 * ("Agree that the Cambridge City Area Champion should be Councillor Richards who has replaced
 * Councillor Meschini") and report paragraphs ("there is currently a vacancy to the South
 * Cambridgeshire Area Champion role"). Pure text in, statements out: the import store decides
 * dates and people.
 *
 * A councillor counts only when the wording ties them to the role ("X should be the Fenland
 * Area Champion", "the Fenland Area Champion is X"), so a councillor who merely speaks to or
 * about a champion in the same sentence is never taken for one.
 */
import { findDate } from "./dates";
import { nameCase } from "./text";

export type ChampionRoleLabel = "Area Champion" | "Community Champion";

/**
 * appointment: the text makes (or proposes to the meeting) the appointment.
 * holder: the text notes who holds the role ("Notes that the Fenland Area Champion is ...").
 * vacancy: the text says nobody holds it (no row is stored; it ends the previous holder's role).
 */
export type ChampionStatementKind = "appointment" | "holder" | "vacancy";

export interface ChampionTextSegment {
  text: string;
  /** Source line of the segment, carried through to the statements read from it. */
  line: number | null;
}

export interface ChampionStatement {
  kind: ChampionStatementKind;
  /** The district as printed ("Fenland", "Cambridge City"); capitals are softened ("FENLAND" → "Fenland"). */
  area: string;
  roleLabel: ChampionRoleLabel;
  /** The councillor who holds or takes the role, without the title ("Janet French", "French"); null for a vacancy. */
  councillor: string | null;
  /** The councillor who held the role before, when the text names them. */
  replaced: string | null;
  /** The text says it was agreed or noted at the previous meeting ("as agreed at the last meeting"). */
  atPreviousMeeting: boolean;
  /** A start date the text gives ("with effect from 1 June 2018"), as an ISO date. */
  effectiveDate: string | null;
  line: number | null;
  /** The sentence the statement was read from. */
  sentence: string;
}

// ───────────────────────────── names ─────────────────────────────

/** A word of a name: "French", "O'Neill", "Hayward-Smith", or an initial "J.". Role words are never names. */
const NAME_WORD = String.raw`(?!(?:Area|Community|Champions?|Committee|Council|County|District|City|Group|Members?|The)\b)(?:[A-Z]\.|[A-Z][A-Za-z]*(?:[-'’][A-Z][A-Za-z]*)*)`;
/** "Councillor Janet French", "Cllr. J French", "Councillor Mrs French": the name without the title is captured. */
const COUNCILLOR = String.raw`\b(?:Councillors?|Cllrs?\.?)\s+(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})`;

interface NameAt {
  name: string;
  /** Index of the title ("Councillor") and of the end of the name. */
  start: number;
  end: number;
}

function namesIn(sentence: string): NameAt[] {
  const out: NameAt[] = [];
  for (const m of sentence.matchAll(new RegExp(COUNCILLOR, "g"))) {
    out.push({ name: m[1], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Two printings of a name are one person within a text when their surnames agree ("French", "Janet French"). */
function surnameKey(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1].toLowerCase().replace(/[’]/g, "'");
}

/** The fuller of two printings of one name ("Janet French" over "French"). */
function fuller(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b.split(/\s+/).length > a.split(/\s+/).length ? b : a;
}

// ───────────────────────────── the role and its area ─────────────────────────────

const ROLE = /\b(area\s+community|area|community)\s+champion(s?)\b/gi;
/** A run of capitalised words just before the role words: the area ("Cambridge City", "FENLAND"). */
const AREA_BEFORE = /(?:^|[^A-Za-z'’.-])((?:[A-Z][A-Za-z]*(?:[-'’][A-Z][A-Za-z]*)*\s+){1,4})$/;
/** "Area Champion for Fenland", "Community Champion for the South Cambridgeshire area". */
const AREA_AFTER = /^\s+for\s+(?:the\s+)?([A-Z][A-Za-z]*(?:[-'’][A-Z][A-Za-z]*)*(?:\s+[A-Z][A-Za-z]*(?:[-'’][A-Z][A-Za-z]*)*){0,2})/;
/** Capitalised words before the role that are not part of a place name. */
const NOT_AREA = new Set([
  "the", "a", "an", "this", "that", "our", "its", "their", "new", "current", "former", "interim", "acting", "deputy",
  "vacancy", "appointment", "appointments", "appoint", "member", "members", "councillor", "cllr", "agree", "agrees",
  "note", "notes", "approve", "approves", "as", "and", "of", "to", "from", "for", "lack", "oral", "update", "updates",
  "role", "review", "each", "every", "local", "county", "council", "committee",
]);
/** Role words that may follow the mention and belong to it ("... Area Champion role"). */
const ROLE_TAIL = /^\s+(?:role|post|position)\b/i;

interface RoleMention {
  area: string;
  roleLabel: ChampionRoleLabel;
  /** Span of the mention, area included, for reading the words either side. */
  start: number;
  end: number;
}

function mentionsIn(sentence: string): RoleMention[] {
  const out: RoleMention[] = [];
  for (const m of sentence.matchAll(ROLE)) {
    if (m[2]) continue; // "Area Champions": the role in general, not one area's
    const roleLabel: ChampionRoleLabel = /community/i.test(m[1]) ? "Community Champion" : "Area Champion";
    let end = m.index + m[0].length;
    let start = m.index;
    let area: string | null = null;
    const before = AREA_BEFORE.exec(sentence.slice(0, m.index));
    if (before) {
      const words = before[1].trim().split(/\s+/);
      let from = 0;
      words.forEach((w, i) => { if (NOT_AREA.has(w.toLowerCase())) from = i + 1; });
      if (from < words.length) {
        area = words.slice(from).join(" ");
        start = m.index - before[1].length + before[1].indexOf(words[from]);
      }
    }
    if (!area) {
      const after = AREA_AFTER.exec(sentence.slice(end));
      if (after && !NOT_AREA.has(after[1].split(/\s+/)[0].toLowerCase())) {
        area = after[1].replace(/\s+area$/i, "");
        end += after[0].length;
      }
    }
    if (!area) continue;
    const tail = ROLE_TAIL.exec(sentence.slice(end));
    if (tail) end += tail[0].length;
    out.push({ area: nameCase(area), roleLabel, start, end });
  }
  return out;
}

// ───────────────────────────── tying a councillor to a mention ─────────────────────────────

/** Words that may stand between a councillor's name and the role they take: "X should now be the ...". */
const GAP_BEFORE = new RegExp(
  String.raw`^(?:[\s,]|\([^)]{0,40}\)|\b(?:should|shall|will|would|could|may|must|to|now|be|been|being|is|was|are|were|has|have|had|as|the|its|their|our|new|appointed|elected|confirmed|approved|agreed|nominated|named|designated|selected|chosen|re-?appointed|continue[sd]?|continuing|remain(?:s|ed)?|become|becomes|became|becoming|serve[sd]?|serving|act|acts|acted|acting|also|currently|still|formally|duly|henceforth|take|takes|took|taking|taken|over|on|role|post|position|of)\b)*$`,
  "i",
);
/** Words that may stand between the role and the councillor named to it: "... Champion should be X", "... Champion: X". */
const GAP_AFTER = new RegExp(
  String.raw`^(?:[\s,:–—-]|\([^)]{0,40}\)|\b(?:filled|taken|held|assumed|occupied)(?:\s+on)?\s+by\b|\b(?:should|shall|will|would|must|be|is|was|has|have|been|now|currently|still|henceforth|to|as|agreed|approved|confirmed|decided|noted|reported|recorded|resolved|at|the|last|previous|its|this|committee|committee's|meeting|remains|continues|going|forward|from|today)\b)*$`,
  "i",
);
/** The councillor named next is the one replaced: "X replaced Councillor Y as ...". */
const REPLACING_BEFORE = /\b(?:replace[sd]?|replacing|succeed(?:s|ed|ing)?|in\s+(?:the\s+)?place\s+of|in\s+succession\s+to|take[sn]?\s+over\s+from|took\s+over\s+from)\s+$/i;
/** "X should now take over Councillor Y's Fenland Area Champion role". */
const TAKING_OVER_BEFORE = /\b(?:take[sn]?|took|taking)\s+over\s+$|\b(?:assume[sd]?|assuming|inherit(?:s|ed)?)\s+$/i;
/** Between a councillor and the verb of replacing: "X, who has replaced ...". */
const GAP_SHORT = /^[\s,]*(?:(?:who|which|has|have|had|will|would|should|shall|to|now|is|be|was|been|also|formally|duly)\s+)*$/i;

interface Link {
  councillor: string;
  replaced: string | null;
}

/** The councillor the wording names to a mention, and whom they replace when that is said in the same breath. */
function linkCouncillor(sentence: string, mention: RoleMention, names: NameAt[]): Link | null {
  const before = names.filter((n) => n.end <= mention.start);
  const nearest = before[before.length - 1];
  if (nearest) {
    const gap = sentence.slice(nearest.end, mention.start);
    const earlier = before.slice(0, -1);
    if (/^['’]s\s+$/.test(gap)) {
      // "Councillor Tierney's Fenland Area Champion role": Tierney's, unless someone takes it over.
      const lead = sentence.slice(0, nearest.start);
      const over = TAKING_OVER_BEFORE.exec(lead);
      if (!over) return { councillor: nearest.name, replaced: null };
      const taker = earlier[earlier.length - 1];
      if (taker && GAP_BEFORE.test(sentence.slice(taker.end, over.index))) return { councillor: taker.name, replaced: nearest.name };
      return null;
    }
    if (GAP_BEFORE.test(gap)) {
      const lead = sentence.slice(0, nearest.start);
      const replacing = REPLACING_BEFORE.exec(lead);
      if (!replacing) return { councillor: nearest.name, replaced: null };
      const successor = earlier[earlier.length - 1];
      if (successor && GAP_SHORT.test(sentence.slice(successor.end, replacing.index))) return { councillor: successor.name, replaced: nearest.name };
    }
  }
  const next = names.find((n) => n.start >= mention.end);
  if (next && GAP_AFTER.test(sentence.slice(mention.end, next.start))) return { councillor: next.name, replaced: null };
  return null;
}

// ───────────────────────────── what kind of statement ─────────────────────────────

const PROPOSAL = /\b(?:moved|seconded|proposed|proposal|motion|amendment)\b/i;
const DECIDED = /\b(?:resolved|agreed|carried|approved)\b/i;
const NOT_DECIDED = /\b(?:lost|fell|defeated|rejected|withdrawn|not\s+carried|not\s+agreed|not\s+approved)\b/i;
const NOTED = /\bnot(?:e[sd]?|ing)\s+that\b/i;
const APPOINTING = /\b(?:re-?appoint\w*|appoint\w*|elect(?:ed|s)?|take[sn]?\s+over|took\s+over|taking\s+over|(?:should|shall|will|would)\s+(?:now\s+)?be(?:come)?|to\s+(?:now\s+)?be(?:come)?|approve[sd]?|confirm(?:ed|s)?|agree[sd]?\s+that|nominat\w+|designat\w+|replace[sd]?|replacing|succeed\w*|in\s+(?:the\s+)?place\s+of)\b/i;
const VACANCY = /\bvacan(?:cy|cies|t)\b|\bnot\s+(?:wish|intend|want|propose)\s+to\s+(?:appoint|nominate|fill)\b|\bno\s+(?:member|councillor|one|appointment)\b|\bremains?\s+unfilled\b|\breplacement\s+(?:is|was|will\s+be)\s+(?:required|needed|sought)\b|\bin\s+(?:his|her|their)\s+place\b|\bresign(?:ed|ation|s)?\b|\bst(?:ood|and|ands|epped|ep|eps)\s+down\b/i;
const PREVIOUS_MEETING = /\b(?:at|in|since)\s+(?:the|its|their|our|this\s+committee['’]s)\s+(?:last|previous|prior|preceding)\s+meeting\b/i;
const DATE_LEAD = /\b(?:with\s+effect\s+from|effective(?:\s+from)?|as\s+(?:of|from)|from|since|meeting\s+(?:held\s+)?on|on)\s+/gi;

function effectiveDateIn(sentence: string): string | null {
  for (const m of sentence.matchAll(DATE_LEAD)) {
    const d = findDate(sentence.slice(m.index + m[0].length));
    if (d && d.index === 0) return d.iso;
  }
  return null;
}

// ───────────────────────────── who replaced whom ─────────────────────────────

const N = COUNCILLOR;
/** Each pattern captures (successor, predecessor) or, with `reversed`, (predecessor, successor). */
const REPLACEMENTS: { re: RegExp; reversed?: boolean }[] = [
  { re: new RegExp(String.raw`${N},?\s+(?:who\s+)?(?:has\s+|had\s+|have\s+)?(?:now\s+)?(?:replaced|replaces|succeeded|succeeds)\s+${N}`, "g") },
  { re: new RegExp(String.raw`${N}\s+(?:to|will|would|should|shall)\s+(?:now\s+)?(?:replace|succeed)\s+${N}`, "g") },
  { re: new RegExp(String.raw`${N},?\s+(?:replacing|succeeding|in\s+(?:the\s+)?place\s+of|in\s+succession\s+to)\s+${N}`, "g") },
  { re: new RegExp(String.raw`${N}\s+(?:should\s+|to\s+|will\s+|would\s+)?(?:now\s+)?(?:take|takes|took|taking)\s+over\s+(?:from\s+)?${N}`, "g") },
  { re: new RegExp(String.raw`${N}\s+(?:has\s+been|had\s+been|was|is|will\s+be|is\s+to\s+be)\s+replaced\s+by\s+${N}`, "g"), reversed: true },
];
const DEPARTURES = [
  new RegExp(String.raw`\b(?:resignation|departure|retirement|death)\s+of\s+${N}`),
  new RegExp(String.raw`${N}(?:['’]s)?\s+(?:has\s+|had\s+)?(?:resigned|resignation|stood\s+down|stepped\s+down|left|retired)\b`),
  new RegExp(String.raw`\b(?:in\s+(?:the\s+)?place\s+of|replace|replacing|succeed|succeeding)\s+${N}`),
];

/** "... Area Champion in place of Councillor Y": the predecessor, said after the role. */
const IN_PLACE_OF = new RegExp(String.raw`\b(?:in\s+(?:the\s+)?place\s+of|in\s+succession\s+to|replacing|succeeding)\s+${N}`);

/** Successor surname → predecessor name, from every "X has replaced Y" in the text. */
function replacementsIn(sentences: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sentences) {
    for (const { re, reversed } of REPLACEMENTS) {
      for (const m of s.matchAll(re)) {
        const [successor, predecessor] = reversed ? [m[2], m[1]] : [m[1], m[2]];
        if (surnameKey(successor) !== surnameKey(predecessor) && !out.has(surnameKey(successor))) out.set(surnameKey(successor), predecessor);
      }
    }
  }
  return out;
}

function departedIn(sentence: string): string | null {
  for (const re of DEPARTURES) {
    const m = re.exec(sentence);
    if (m) return m[1];
  }
  return null;
}

// ───────────────────────────── sentences ─────────────────────────────

/** Words whose full stop does not end a sentence. */
const ABBREVIATION = /(?:\b(?:Cllr|Mr|Mrs|Ms|Dr|St|No|Cllrs)|\b[A-Z])\.$/;

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  // Paragraphs and list items are separate even without a full stop.
  for (const para of text.replace(/\*+/g, "").split(/\n+/)) {
    const p = para.replace(/\s+/g, " ").trim();
    if (!p) continue;
    let from = 0;
    for (const m of p.matchAll(/[.!?;]\s+(?=[A-Z("'‘“(])/g)) {
      const head = p.slice(from, m.index + 1);
      if (m[0][0] === "." && ABBREVIATION.test(head)) continue;
      out.push(head.trim());
      from = m.index + m[0].length;
    }
    out.push(p.slice(from).trim());
  }
  return out.filter(Boolean);
}

// ───────────────────────────── the reader ─────────────────────────────

function statementsOfSentence(sentence: string, line: number | null): ChampionStatement[] {
  if (!/champion/i.test(sentence)) return [];
  const mentions = mentionsIn(sentence);
  if (!mentions.length) return [];
  if (NOT_DECIDED.test(sentence)) return [];
  const proposalOnly = PROPOSAL.test(sentence) && !DECIDED.test(sentence);
  const names = namesIn(sentence);
  const common = { atPreviousMeeting: PREVIOUS_MEETING.test(sentence), effectiveDate: effectiveDateIn(sentence), line, sentence };
  const out: ChampionStatement[] = [];
  for (const mention of mentions) {
    const link = linkCouncillor(sentence, mention, names);
    if (link) {
      // A motion moved and seconded is not yet an appointment; the resolution that follows is.
      if (proposalOnly) continue;
      const kind: ChampionStatementKind = NOTED.test(sentence) || !APPOINTING.test(sentence) ? "holder" : "appointment";
      const inPlaceOf = mentions.length === 1 ? IN_PLACE_OF.exec(sentence)?.[1] ?? null : null;
      const replaced = link.replaced ?? (inPlaceOf && surnameKey(inPlaceOf) !== surnameKey(link.councillor) ? inPlaceOf : null);
      out.push({ kind, area: mention.area, roleLabel: mention.roleLabel, councillor: link.councillor, replaced, ...common });
    } else if (VACANCY.test(sentence)) {
      out.push({ kind: "vacancy", area: mention.area, roleLabel: mention.roleLabel, councillor: null, replaced: departedIn(sentence), ...common });
    }
  }
  return out;
}

const areaKey = (area: string) => area.toLowerCase().replace(/\s+/g, " ");

/**
 * Every champion appointment, noted holder and vacancy in a text (a minute, a report), one
 * statement per area and councillor. What one part of the text says fills in another: "X has
 * replaced Y" anywhere names the predecessor, and a vacancy that the same text fills is folded
 * into the appointment.
 */
export function findChampionStatements(input: string | readonly ChampionTextSegment[]): ChampionStatement[] {
  const segments = typeof input === "string" ? [{ text: input, line: null }] : input;
  if (!segments.some((s) => /champion/i.test(s.text))) return [];
  const sentences = segments.flatMap((s) => sentencesOf(s.text).map((text) => ({ text, line: s.line })));
  const found = sentences.flatMap((s) => statementsOfSentence(s.text, s.line));
  const replacedBy = replacementsIn(sentences.map((s) => s.text));

  const held: ChampionStatement[] = [];
  const vacancies: ChampionStatement[] = [];
  for (const st of found) {
    if (st.kind === "vacancy") {
      const same = vacancies.find((v) => areaKey(v.area) === areaKey(st.area));
      if (same) same.replaced = fuller(same.replaced, st.replaced);
      else vacancies.push({ ...st });
      continue;
    }
    const replaced = st.replaced ?? replacedBy.get(surnameKey(st.councillor!)) ?? null;
    const same = held.find((h) => areaKey(h.area) === areaKey(st.area) && surnameKey(h.councillor!) === surnameKey(st.councillor!));
    if (!same) {
      held.push({ ...st, replaced });
      continue;
    }
    if (st.kind === "appointment") same.kind = "appointment";
    same.councillor = fuller(same.councillor, st.councillor);
    same.replaced = fuller(same.replaced, replaced);
    same.atPreviousMeeting ||= st.atPreviousMeeting;
    if (st.effectiveDate && (!same.effectiveDate || st.effectiveDate < same.effectiveDate)) same.effectiveDate = st.effectiveDate;
  }
  const open: ChampionStatement[] = [];
  for (const v of vacancies) {
    // "Appointment to vacancy - Fenland Area Champion ... to appoint X": the vacancy is filled.
    const filling = held.find((h) => areaKey(h.area) === areaKey(v.area));
    if (filling) filling.replaced ??= v.replaced;
    else open.push(v);
  }
  return [...held, ...open].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
