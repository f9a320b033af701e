/** The kinds of record search finds, in the order the filters list them, with their labels. */
export const SEARCH_KINDS = [
  "report", "decision", "minute", "action", "strategy-action", "plan", "budget-line", "outside-body", "person", "committee",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  report: { one: "Report", many: "Reports" },
  decision: { one: "Decision", many: "Decisions" },
  minute: { one: "Minute", many: "Minutes" },
  action: { one: "Action", many: "Actions" },
  "strategy-action": { one: "Strategy action", many: "Strategy actions" },
  plan: { one: "Forward plan", many: "Forward plan entries" },
  "budget-line": { one: "Budget line", many: "Budget lines" },
  "outside-body": { one: "Outside body", many: "Outside bodies" },
  person: { one: "Person", many: "People" },
  committee: { one: "Committee", many: "Committees" },
};

export function isSearchKind(value: string): value is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(value);
}

/**
 * How much a match in each kind counts, multiplying bm25. Without it, a one-line budget line or
 * agenda-plan row that repeats a report's title outranks the report, because bm25 favours short
 * texts; a reader asking about "the local assistance scheme" wants the report and the decision.
 */
export const KIND_BOOST: Record<SearchKind, number> = {
  report: 3, decision: 2.5, committee: 2.5, minute: 1.5, action: 1.2, "strategy-action": 1, "outside-body": 1.5, person: 1.5, plan: 0.8, "budget-line": 0.8,
};
