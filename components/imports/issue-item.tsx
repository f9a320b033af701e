import type { PlacedIssue } from "@/lib/import-review/records";
import type { IssueDecision } from "@/lib/import-review/review-state";
import { issueNoteName, issueStatusName } from "@/lib/validation/import-review";

const SEVERITY: Record<string, string> = { error: "Error", warning: "Warning", info: "Note" };

/** One of the importer's issues, with its line and the clerk's decision (editable while pending). */
export function IssueItem({ placed, reviewId, decision, editable }: { placed: PlacedIssue; reviewId: number; decision?: IssueDecision; editable: boolean }) {
  const { issue, index } = placed;
  const colour = issue.severity === "error" ? "border-danger" : issue.severity === "warning" ? "border-warning" : "border-rule";
  return (
    <li className={`border-l-4 ${colour} bg-panel p-3`} data-issue-code={issue.code}>
      <p>
        <strong>{SEVERITY[issue.severity]}</strong>{" "}
        {issue.line !== null && (
          <>
            (<a href={`/dashboard/imports/${reviewId}/source#L${issue.line}`}>line {issue.line}</a>){" "}
          </>
        )}
        {issue.message} <span className="text-sm text-muted">[{issue.code}]</span>
      </p>
      {decision && (
        <p className="mt-1 text-sm">
          {decision.status === "accepted" ? "Accepted as printed" : "Resolved"}
          {decision.note ? `: ${decision.note}` : ""}
        </p>
      )}
      {editable && (
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`issue-${index}-status`} className="block text-sm font-bold">Decision on this issue</label>
            <select id={`issue-${index}-status`} name={issueStatusName(index)} defaultValue={decision?.status ?? ""} className="mt-1 block w-full border-2 border-ink p-1">
              <option value="">Not decided yet</option>
              <option value="accepted">Accepted as printed</option>
              <option value="resolved">Resolved (corrected here)</option>
            </select>
          </div>
          <div>
            <label htmlFor={`issue-${index}-note`} className="block text-sm font-bold">Note on this issue</label>
            <input id={`issue-${index}-note`} name={issueNoteName(index)} type="text" defaultValue={decision?.note ?? ""} className="mt-1 block w-full border-2 border-ink p-1" />
          </div>
        </div>
      )}
    </li>
  );
}
