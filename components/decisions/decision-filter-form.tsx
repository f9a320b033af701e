import Link from "next/link";
import { describeOutcome } from "@/lib/format";
import type { DecisionFilterOptions, DecisionFilters } from "@/lib/queries/decisions";

/** A plain GET form: it works without JavaScript and every filtered list has its own address. */
export function DecisionFilterForm({ options, filters }: { options: DecisionFilterOptions; filters: DecisionFilters }) {
  const select = "mt-1 block w-full border-2 border-ink bg-white px-2 py-1.5";
  const active = Boolean(filters.committee || filters.year || filters.outcome);
  // An outcome no decision has yet (e.g. "lost") can still be asked for by address; show it as chosen.
  const outcomes = filters.outcome && !options.outcomes.includes(filters.outcome) ? [...options.outcomes, filters.outcome] : options.outcomes;
  return (
    <form method="get" action="/decisions" className="grid grid-cols-1 items-end gap-4 border-y border-rule bg-panel p-4 sm:grid-cols-[1fr_1fr_1fr_auto]">
      <div>
        <label htmlFor="filter-committee" className="font-bold">Committee</label>
        <select id="filter-committee" name="committee" defaultValue={filters.committee ?? ""} className={select}>
          <option value="">All committees</option>
          {options.committees.map((c) => <option key={c.slug} value={c.slug}>{c.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-year" className="font-bold">Year</label>
        <select id="filter-year" name="year" defaultValue={filters.year ?? ""} className={select}>
          <option value="">All years</option>
          {options.years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-outcome" className="font-bold">Outcome</label>
        <select id="filter-outcome" name="outcome" defaultValue={filters.outcome ?? ""} className={select}>
          <option value="">Any outcome</option>
          {outcomes.map((o) => <option key={o} value={o}>{describeOutcome(o === "none" ? null : o)}</option>)}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] focus-visible:bg-focus focus-visible:text-ink">Show decisions</button>
        {active && <Link prefetch={false} href="/decisions">Clear filters</Link>}
      </div>
    </form>
  );
}
