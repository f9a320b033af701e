import type { StrategyActionField, StrategyActionView } from "@/lib/queries/strategies";

export const ACTION_FIELD_LABELS: Record<StrategyActionField, string> = {
  leadOfficer: "Lead officer",
  firstMilestone: "First milestone date",
  continuesUntil: "Action continues until",
  resources: "Resources required / engagement from partners",
  risks: "Key risks",
  outputs: "Outputs",
  decisionRoute: "Decision-making route",
};

/** "Via action 1.4" links to action 1.4 when the plan has it (`refs`: reference → anchor). */
function withActionLinks(text: string, refs: Map<string, string>): React.ReactNode {
  const parts = text.split(/(\baction\s+\d+(?:\.\d+)*)/i);
  if (parts.length === 1) return text;
  return parts.map((part, i) => {
    const ref = part.match(/^action\s+(\d+(?:\.\d+)*)$/i)?.[1];
    return ref && refs.has(ref) ? <a key={i} href={`#${refs.get(ref)}`}>{part}</a> : part;
  });
}

/**
 * One delivery-plan action as a card: its reference and description, then every column the
 * plan fills in as a description list (nine columns do not fit a phone as a table).
 */
export function StrategyActionCard({ action, fields, refs }: { action: StrategyActionView; fields: StrategyActionField[]; refs: Map<string, string> }) {
  const id = action.anchor;
  return (
    <article aria-labelledby={`${id}-heading`} id={id} className="scroll-mt-4 border border-rule border-l-4 border-l-brand p-4">
      <h4 id={`${id}-heading`} className="text-lg font-bold">Action {action.ref}</h4>
      <p className="mt-1">{action.description}</p>
      {fields.length > 0 && (
        <dl className="mt-3 grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-[14rem_1fr] sm:gap-y-2">
          {fields.map((f) => (
            <div key={f} className="contents">
              <dt className="font-bold">{ACTION_FIELD_LABELS[f]}</dt>
              <dd className="mb-2 sm:mb-0">
                {action[f]?.trim() ? withActionLinks(action[f]!.trim(), refs) : <span className="text-muted">Not given</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
