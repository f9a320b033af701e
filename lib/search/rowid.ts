/**
 * A search document's rowid carries its kind, year and committee, so the facet counts and the
 * kind boost read them from the FTS5 index alone. Reading an UNINDEXED column means loading the
 * document's whole stored row (its body included) for every match; at 100,000 records a common
 * word matches tens of thousands, and that read cost several times the search itself.
 *
 *   bits 49-52 kind (index in SEARCH_KINDS) · 41-48 year − 1900 (0: none) · 25-40 committee id (0: none) · 0-24 record id
 *
 * 53 bits in all, so the rowid is exact as a JavaScript number. (kind, record id) is unique, so
 * the rowid is too.
 */
import { sql, type SQL } from "drizzle-orm";
import { SEARCH_KINDS, type SearchKind } from "./kinds";

const KIND_SHIFT = 2 ** 49;
const YEAR_SHIFT = 2 ** 41;
const COMMITTEE_SHIFT = 2 ** 25;
const MAX_COMMITTEE = 2 ** 16 - 1;
const MAX_RECORD = 2 ** 25 - 1;

export function encodeRowid(doc: { kind: SearchKind; recordId: number; committeeId: number | null; year: number | null }): number {
  const kind = SEARCH_KINDS.indexOf(doc.kind);
  const year = doc.year && doc.year > 1900 && doc.year < 2156 ? doc.year - 1900 : 0;
  const committee = doc.committeeId ?? 0;
  if (kind < 0 || committee > MAX_COMMITTEE || doc.recordId > MAX_RECORD || doc.recordId < 0) {
    throw new Error(`A ${doc.kind} (id ${doc.recordId}, committee ${committee}) is beyond what the search index can address.`);
  }
  return kind * KIND_SHIFT + year * YEAR_SHIFT + committee * COMMITTEE_SHIFT + doc.recordId;
}

/** SQL over search_fts.rowid: the kind's index, the year (null when none), the committee id (null when none). */
export const rowidKind: SQL = sql.raw("(search_fts.rowid >> 49)");
export const rowidYear: SQL = sql.raw("nullif((search_fts.rowid >> 41) & 255, 0) + 1900");
export const rowidCommittee: SQL = sql.raw("nullif((search_fts.rowid >> 25) & 65535, 0)");

/** The kind, year and committee bits together, as one integer: the key the facet counts group by. */
export const rowidGroup: SQL = sql.raw("(search_fts.rowid >> 25)");
/** The committee id (0 when none) of a rowidGroup value, in SQL. */
export const groupCommittee = (group: SQL): SQL => sql`(${group} & 65535)`;

/** A rowidGroup value decoded. */
export function decodeGroup(group: number): { kind: SearchKind | null; year: number | null; committeeId: number | null } {
  const year = Math.floor(group / 2 ** 16) % 256;
  const committee = group % 2 ** 16;
  return { kind: kindOfCode(Math.floor(group / 2 ** 24)), year: year ? year + 1900 : null, committeeId: committee || null };
}

export function kindOfCode(code: number): SearchKind | null {
  return SEARCH_KINDS[code] ?? null;
}
