import Link from "next/link";
import { describeVotes } from "@/lib/format";
import type { ResolutionView } from "@/lib/queries/decisions";
import { OutcomeTag } from "./outcome-tag";

interface Props {
  resolution: ResolutionView;
  /** Heading level of the block's title, to fit the page's outline. */
  level: 3 | 4;
  title: string;
  /** Link to the decision's own page (omitted on that page). */
  linkLabel?: string;
  /** Id of the heading this block sits under (its minute), so each block's landmark name is unique. */
  contextId?: string;
}

/** One resolution as the minutes record it: outcome in words, votes, preamble, lead and lettered parts. */
export function ResolutionBlock({ resolution: r, level, title, linkLabel, contextId }: Props) {
  const Heading = level === 3 ? "h3" : "h4";
  const votes = describeVotes(r.votesFor, r.votesAgainst, r.abstentions);
  const headingId = `decision-${r.slug}-heading`;
  return (
    <section id={`decision-${r.slug}`} aria-labelledby={contextId ? `${headingId} ${contextId}` : headingId} className="my-4 border-l-4 border-brand bg-panel px-4 py-3">
      <Heading id={headingId} className="text-lg font-bold">{title}</Heading>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <OutcomeTag outcome={r.outcome} />
        {votes && <span>Votes: {votes}</span>}
      </p>
      <ResolutionText resolution={r} />
      {linkLabel && (
        <p className="mt-3 text-sm">
          <Link prefetch={false} href={`/decisions/${r.slug}`}>{linkLabel}</Link>
        </p>
      )}
    </section>
  );
}

/** The words of a resolution: preamble, the lead ("It was resolved unanimously:") and its lettered parts. */
export function ResolutionText({ resolution: r }: { resolution: ResolutionView }) {
  return (
    <div className="mt-2 space-y-2">
      {r.preamble && <p>{withColon(r.preamble)}</p>}
      {r.lead && <p className="font-bold">{r.lead}</p>}
      {!r.lead && r.parts.length === 0 && <p className="font-bold">{r.text}</p>}
      {r.parts.length > 0 && (
        <ol className="space-y-2">
          {r.parts.map((p, i) => (
            <li key={`${p.label ?? ""}-${i}`} className="grid grid-cols-[2rem_1fr]">
              <span aria-hidden={p.label ? undefined : true}>{p.label ? `${p.label})` : "•"}</span>
              <span>{p.text}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function withColon(s: string): string {
  return /[:.,;]$/.test(s.trim()) ? s.trim() : `${s.trim()}:`;
}
