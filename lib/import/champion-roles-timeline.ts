/**
 * Who held each champion area when: the rows already stored for a committee plus what a newly
 * imported pack states, merged into spells with start and end dates. Pure: the import store
 * reads the rows, calls `planChampionRoles` and writes the inserts and updates it returns.
 *
 * Dates are the only evidence, so the rules are few: a statement that someone else holds an
 * area at date D ends the previous holder's spell the day before D; a vacancy noted at D does
 * the same and adds no row; the same person stated again keeps one spell; and a predecessor the
 * text names ("who has replaced Councillor Tierney") gets a spell that ends the day before D,
 * with no known start, when nothing else records them in that area.
 */
import type { ChampionStatementKind } from "./champion-roles";

export interface ChampionSpell<S> {
  /** The stored row's id; null for a spell this plan adds. */
  id: number | null;
  area: string;
  roleLabel: string;
  personId: number;
  validFrom: string | null;
  validTo: string | null;
  /** Where the spell's start is stated (for a stored row: null, kept as stored). */
  source: S | null;
}

export interface ChampionEvent<S> {
  kind: ChampionStatementKind;
  area: string;
  roleLabel: string;
  /** The holder or appointee; null for a vacancy. */
  personId: number | null;
  /** The predecessor the text names, if any. */
  replacedPersonId: number | null;
  /** ISO date from which the statement holds. */
  date: string;
  source: S;
}

export interface ChampionRolePlan<S> {
  inserts: (Omit<ChampionSpell<S>, "id" | "source"> & { source: S })[];
  /** Stored rows whose dates changed; `source` is set when the row's start now comes from a new statement. */
  updates: { id: number; validFrom: string | null; validTo: string | null; source: S | null }[];
}

/** The ISO date before `iso`. */
export function dayBefore(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

const areaKey = (area: string) => area.toLowerCase().replace(/\s+/g, " ").trim();

interface Working<S> extends ChampionSpell<S> {
  changed: boolean;
  sourceChanged: boolean;
}

/** Spells as they stand after applying `events` (in date order, vacancies first on a day) to `stored`. */
export function planChampionRoles<S>(stored: readonly ChampionSpell<S>[], events: readonly ChampionEvent<S>[]): ChampionRolePlan<S> {
  const spells: Working<S>[] = stored.map((s) => ({ ...s, changed: false, sourceChanged: false }));
  const ordered = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || Number(b.e.kind === "vacancy") - Number(a.e.kind === "vacancy") || a.i - b.i)
    .map((x) => x.e);

  const inArea = (area: string) => spells.filter((s) => areaKey(s.area) === areaKey(area));
  const holderOn = (area: string, date: string) =>
    inArea(area)
      .filter((s) => (s.validFrom ?? "") <= date && (s.validTo === null || s.validTo >= date))
      .reduce<Working<S> | null>((best, s) => (best === null || (s.validFrom ?? "") >= (best.validFrom ?? "") ? s : best), null);
  const endBefore = (spell: Working<S>, date: string) => {
    const last = dayBefore(date);
    // A spell stated to start on the same day as the new statement is a conflict, not an end.
    if (spell.validFrom !== null && spell.validFrom > last) return;
    if (spell.validTo === null || last < spell.validTo) {
      spell.validTo = last;
      spell.changed = true;
    }
  };
  const add = (spell: Omit<ChampionSpell<S>, "id">) => spells.push({ ...spell, id: null, changed: true, sourceChanged: true });
  const addPredecessor = (e: ChampionEvent<S>) => {
    const p = e.replacedPersonId;
    if (p === null || p === e.personId || inArea(e.area).some((s) => s.personId === p)) return;
    add({ area: e.area, roleLabel: e.roleLabel, personId: p, validFrom: null, validTo: dayBefore(e.date), source: e.source });
  };

  for (const e of ordered) {
    const current = holderOn(e.area, e.date);
    if (e.kind === "vacancy" || e.personId === null) {
      if (current && (current.validFrom ?? "") < e.date) endBefore(current, e.date);
      else if (!current) addPredecessor(e);
      continue;
    }
    if (current?.personId === e.personId) continue;
    if (current) endBefore(current, e.date);
    else addPredecessor(e);
    const next = inArea(e.area)
      .filter((s) => s.validFrom !== null && s.validFrom > e.date)
      .reduce<Working<S> | null>((best, s) => (best === null || s.validFrom! < best.validFrom! ? s : best), null);
    if (next?.personId === e.personId) {
      // An older pack imported after a newer one: the spell began earlier than first recorded.
      next.validFrom = e.date;
      next.source = e.source;
      next.changed = true;
      next.sourceChanged = true;
      continue;
    }
    add({ area: e.area, roleLabel: e.roleLabel, personId: e.personId, validFrom: e.date, validTo: next ? dayBefore(next.validFrom!) : null, source: e.source });
  }

  return {
    inserts: spells.filter((s) => s.id === null).map(({ id: _, changed: __, sourceChanged: ___, ...s }) => ({ ...s, source: s.source! })),
    updates: spells
      .filter((s): s is Working<S> & { id: number } => s.id !== null && s.changed)
      .map((s) => ({ id: s.id, validFrom: s.validFrom, validTo: s.validTo, source: s.sourceChanged ? s.source : null })),
  };
}
