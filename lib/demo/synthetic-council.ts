/**
 * A synthetic county council: `committees` committees meeting ten or eleven times a year over
 * `years` years, each meeting an agenda pack (synthetic-pack.ts). Deterministic for a seed:
 * every committee draws from its own generator, so a smaller council is a prefix of a larger one.
 */
import { slugify } from "@/lib/slug";
import { Prng } from "./prng";
import { syntheticPack, type CommitteeState, type Councillor, type Officer } from "./synthetic-pack";
import { COMMITTEES, FIRST_NAMES, OFFICER_POSTS, SURNAMES } from "./vocabulary";
import type { ParsedPack } from "@/lib/import/parsed";

export interface CouncilPlan {
  committees: number;
  /** The last year of papers; the council's history runs `years` years up to its end. */
  lastYear: number;
  years: number;
  seed: number;
}

/** 25 committees, 2012 to 2026 (the last months of 2026 are upcoming meetings at the time of writing). */
export const LARGE_COUNCIL: CouncilPlan = { committees: 25, lastYear: 2026, years: 15, seed: 20261202 };

const MEETING_MONTHS = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12];

/** A committee's meeting dates: ten or eleven a year, on a Tuesday or Thursday. */
export function meetingDates(rng: Prng, firstYear: number, lastYear: number): string[] {
  const dates: string[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const months = rng.chance(0.7) ? MEETING_MONTHS : MEETING_MONTHS.filter((m) => m !== rng.pick(MEETING_MONTHS));
    for (const m of months) {
      const weekday = rng.pick([2, 4]);
      const day = new Date(Date.UTC(y, m - 1, rng.int(1, 20)));
      while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
      dates.push(day.toISOString().slice(0, 10));
    }
  }
  return dates;
}

function person(rng: Prng, taken: Set<string>): string {
  for (;;) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function committeeState(rng: Prng, index: number, names: Set<string>): CommitteeState {
  const name = COMMITTEES[index % COMMITTEES.length] + (index >= COMMITTEES.length ? ` ${Math.floor(index / COMMITTEES.length) + 1}` : "");
  const councillors: Councillor[] = Array.from({ length: 10 }, (_, i) => ({ name: person(rng, names), role: i === 0 ? "Chair" : i === 1 ? "Vice-Chair" : null }));
  const officer = (post: string): Officer => {
    const n = person(rng, names);
    return { name: n, post, email: `${slugify(n).replace(/-/g, ".")}@example.gov.uk`, telephone: `01223 ${rng.int(100000, 999999)}` };
  };
  return {
    name, councillors, officers: rng.sample(OFFICER_POSTS, 4).map(officer), clerk: officer("Democratic Services Officer"),
    nextMinute: 1, previous: null, openActions: [],
  };
}

/** Every pack of the council, committee by committee, each committee's meetings in date order. */
export function* councilPacks(plan: CouncilPlan): Generator<{ pack: ParsedPack; text: string }> {
  const names = new Set<string>();
  for (let c = 0; c < plan.committees; c++) {
    const rng = new Prng(plan.seed * 31 + c);
    const state = committeeState(rng, c, names);
    const dates = meetingDates(rng, plan.lastYear - plan.years + 1, plan.lastYear);
    for (const [i, date] of dates.entries()) {
      // Two or three reports a meeting, and a finance monitoring report at every third.
      yield syntheticPack(rng, state, date, dates.slice(i + 1), rng.int(2, 3), i % 3 === 0);
    }
  }
}
