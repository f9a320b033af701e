/**
 * Entity resolution across packs: "S Criswell", "Cllr Steve Criswell" and "Councillor
 * Criswell" are one person when nothing else fits; committee name variants are one committee.
 * Pure functions over what is already known; ambiguous cases are reported, never guessed.
 */

const HONORIFICS = /^(?:councillors?|cllrs?\.?|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|professor|sir|dame|lady|lord)\s+/i;

export interface PersonName {
  honorific: string | null;
  /** Given names as printed ("Steve"), or initials only ("S"). */
  given: string[];
  surname: string;
  /** The printed name without honorific, party or role: "Steve Criswell", "S Criswell". */
  display: string;
}

/** Split a printed name: "Councillor S Criswell (Con)" -> honorific Councillor, given [S], Criswell. */
export function parsePersonName(printed: string): PersonName | null {
  let s = printed.replace(/\([^)]*\)/g, " ").replace(/[,;]+$/g, "").replace(/\s+/g, " ").trim();
  let honorific: string | null = null;
  const h = HONORIFICS.exec(s);
  if (h) {
    honorific = h[0].trim();
    s = s.slice(h[0].length).trim();
  }
  const tokens = s.split(" ").filter((t) => /[A-Za-z]/.test(t));
  if (tokens.length === 0 || tokens.length > 5) return null;
  const surname = tokens[tokens.length - 1].replace(/\.$/, "");
  const given = tokens.slice(0, -1).map((t) => t.replace(/\.$/, ""));
  if (!/^[A-Z]/.test(surname)) return null;
  return { honorific, given, surname, display: [...given, surname].join(" ") };
}

function isInitial(token: string): boolean {
  return /^[A-Z]{1,2}$/.test(token);
}

export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z]+/g, " ").trim();
}

export interface KnownPerson {
  id: number;
  fullName: string;
  aliases: string[];
}

export type PersonMatch =
  | { kind: "match"; id: number }
  | { kind: "new" }
  | { kind: "ambiguous"; ids: number[] };

/**
 * Match a printed name against known people. A full given name must agree with a known full
 * given name (or a known initial); an initial matches known names starting with it; a bare
 * surname matches when only one known person has it.
 */
export function matchPerson(printed: string, known: KnownPerson[]): PersonMatch {
  const name = parsePersonName(printed);
  if (!name) return { kind: "new" };
  const exactKey = nameKey(name.display);
  const exact = known.filter((k) => nameKey(k.fullName) === exactKey || k.aliases.some((a) => nameKey(a) === exactKey));
  if (exact.length === 1) return { kind: "match", id: exact[0].id };
  if (exact.length > 1) return { kind: "ambiguous", ids: exact.map((k) => k.id) };

  const surnameKey = nameKey(name.surname);
  const sameSurname = known.filter((k) => {
    const p = parsePersonName(k.fullName);
    return p !== null && nameKey(p.surname) === surnameKey;
  });
  if (sameSurname.length === 0) return { kind: "new" };

  const first = name.given[0];
  let candidates: KnownPerson[];
  if (!first) {
    candidates = sameSurname;
  } else if (isInitial(first)) {
    // A person known by surname only ("Cllr Tierney") is compatible with any given name.
    candidates = sameSurname.filter((k) => {
      const g = parsePersonName(k.fullName)?.given[0];
      return g === undefined || g[0].toUpperCase() === first[0];
    });
  } else {
    candidates = sameSurname.filter((k) => {
      const g = parsePersonName(k.fullName)?.given[0];
      return g === undefined || (isInitial(g) ? g[0] === first[0].toUpperCase() : nameKey(g) === nameKey(first));
    });
  }
  if (candidates.length === 1) return { kind: "match", id: candidates[0].id };
  if (candidates.length > 1) return { kind: "ambiguous", ids: candidates.map((k) => k.id) };
  return { kind: "new" };
}

/** Whether `candidate` names a person more fully than `current` ("Steve Criswell" over "S Criswell"). */
export function isFullerName(candidate: string, current: string): boolean {
  const a = parsePersonName(candidate);
  const b = parsePersonName(current);
  if (!a || !b) return false;
  const rank = (p: PersonName) => (p.given.length === 0 ? 0 : isInitial(p.given[0]) ? 1 : 2);
  return rank(a) > rank(b);
}

// ───────────────────────────── committees ─────────────────────────────

const COMMITTEE_STOP_WORDS = new Set(["and", "of", "the", "for", "committee", "meeting", "cttee"]);

function stem(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y";
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * A committee name's comparison key: "Communities & Partnership Committee",
 * "Community and Partnerships" and "Communities and Partnership Committee Meeting" agree.
 */
export function committeeKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && !COMMITTEE_STOP_WORDS.has(w))
    .map(stem)
    .join(" ");
}

/** The initials of a committee's significant words ("cp" for Communities and Partnership). */
export function committeeAcronym(name: string): string {
  return committeeKey(name)
    .split(" ")
    .filter(Boolean)
    .map((w) => w[0])
    .join("");
}

export interface KnownCommittee {
  id: number;
  name: string;
  aliases: string[];
}

export type CommitteeMatch = { kind: "match"; id: number } | { kind: "new" } | { kind: "ambiguous"; ids: number[] };

/** Match a printed committee name, allowing short forms such as "C&P" or "CP Committee". */
export function matchCommittee(printed: string, known: KnownCommittee[]): CommitteeMatch {
  const key = committeeKey(printed);
  if (!key) return { kind: "new" };
  const byKey = known.filter((k) => committeeKey(k.name) === key || k.aliases.some((a) => committeeKey(a) === key));
  if (byKey.length === 1) return { kind: "match", id: byKey[0].id };
  if (byKey.length > 1) return { kind: "ambiguous", ids: byKey.map((k) => k.id) };
  const compact = key.replace(/ /g, "");
  if (compact.length <= 4) {
    const byAcronym = known.filter((k) => committeeAcronym(k.name) === compact);
    if (byAcronym.length === 1) return { kind: "match", id: byAcronym[0].id };
    if (byAcronym.length > 1) return { kind: "ambiguous", ids: byAcronym.map((k) => k.id) };
  }
  return { kind: "new" };
}
