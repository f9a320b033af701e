import { readableCase } from "@/lib/text/readable-case";
import type { StrategyActionField, StrategyPriorityView } from "@/lib/queries/strategies";
import { StrategyActionCard } from "./strategy-action-card";

export function priorityAnchor(p: Pick<StrategyPriorityView, "number">, index: number): string {
  return `priority-${p.number ?? `x${index + 1}`}`;
}

export function priorityHeading(p: Pick<StrategyPriorityView, "number" | "title">): string {
  return p.number !== null ? `Priority ${p.number}: ${readableCase(p.title)}` : readableCase(p.title);
}

/** A priority of a delivery plan: its outcomes, then its actions as cards. */
export function PrioritySection({ priority: p, index, fields, refs }: { priority: StrategyPriorityView; index: number; fields: StrategyActionField[]; refs: Map<string, string> }) {
  const id = priorityAnchor(p, index);
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="scroll-mt-4">
      <h2 id={`${id}-heading`} className="mb-4 border-b-4 border-brand pb-1 text-2xl font-bold">{priorityHeading(p)}</h2>
      <h3 className="mb-2 text-xl font-bold">Outcomes</h3>
      {p.outcomes.length === 0 ? (
        <p>The plan lists no outcomes for this priority.</p>
      ) : (
        <ul className="mb-6 list-disc space-y-1 pl-6">
          {p.outcomes.map((o, i) => <li key={i}>{o}</li>)}
        </ul>
      )}
      <h3 className="mb-3 text-xl font-bold">
        Actions <span className="font-normal text-muted">({p.actions.length})</span>
      </h3>
      {p.actions.length === 0 ? (
        <p>The plan lists no actions under this priority.</p>
      ) : (
        <div className="space-y-4">
          {p.actions.map((a, i) => <StrategyActionCard key={`${a.ref}-${i}`} action={a} fields={fields} refs={refs} />)}
        </div>
      )}
    </section>
  );
}
