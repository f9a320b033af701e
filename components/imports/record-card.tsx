import type { PlacedIssue } from "@/lib/import-review/records";
import type { IssueDecision } from "@/lib/import-review/review-state";
import { IssueItem } from "./issue-item";

export interface CardSource {
  reviewId: number;
  lines: string[];
  span: { from: number; to: number } | undefined;
}

/**
 * One record the importer found, beside the source lines it came from and any issue the
 * importer raised within them.
 */
export function RecordCard({
  id, heading, level = 3, source, issues, decisions, editable, children,
}: {
  id: string;
  heading: string;
  level?: 2 | 3 | 4;
  source: CardSource;
  issues: PlacedIssue[];
  decisions: Record<string, IssueDecision>;
  editable: boolean;
  children?: React.ReactNode;
}) {
  const H = `h${level}` as "h2" | "h3" | "h4";
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="mb-4 border border-rule p-4">
      <H id={headingId} className="font-bold">{heading}</H>
      <div className="mt-2 grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>{children}</div>
        <SourceExcerpt {...source} />
      </div>
      {issues.length > 0 && (
        <div className="mt-3">
          <p className="font-bold">Issues in these lines ({issues.length})</p>
          <ul className="mt-1 space-y-2">
            {issues.map((p) => <IssueItem key={p.index} placed={p} reviewId={source.reviewId} decision={decisions[p.index]} editable={editable} />)}
          </ul>
        </div>
      )}
    </section>
  );
}

export function SourceExcerpt({ reviewId, lines, span, max = 6 }: CardSource & { max?: number }) {
  if (!span) return <p className="text-sm text-muted">The importer could not trace this to a source line.</p>;
  const end = Math.min(span.to, span.from + max - 1, lines.length);
  const shown = [];
  for (let n = span.from; n <= end; n++) shown.push(n);
  return (
    <figure className="min-w-0">
      <figcaption className="text-sm">
        Source:{" "}
        <a href={`/dashboard/imports/${reviewId}/source#L${span.from}`}>
          {span.to > span.from ? `lines ${span.from}–${span.to}` : `line ${span.from}`}
        </a>
      </figcaption>
      <pre className="mt-1 overflow-x-auto bg-panel p-2 text-xs leading-5 whitespace-pre-wrap">
        {shown.map((n) => (
          <span key={n} className="block">
            <span className="mr-2 inline-block w-10 text-right text-muted select-none">{n}</span>
            {lines[n - 1] || " "}
          </span>
        ))}
        {span.to > end && <span className="block text-muted">… {span.to - end} more line{span.to - end === 1 ? "" : "s"}</span>}
      </pre>
    </figure>
  );
}
