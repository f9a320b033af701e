import Link from "next/link";
import { ActionLinks } from "@/components/decisions/action-links";
import { ResolutionBlock } from "@/components/decisions/resolution-block";
import { readableCase } from "@/lib/text/readable-case";
import type { MinuteEntryView } from "@/lib/queries/meetings";
import { LinkedText } from "@/components/ui/linked-text";
import { minuteName } from "@/lib/minute-label";

/** One minute (numbered or not): its narrative, its resolutions where the minutes print them, and the actions it created. */
export function MinuteEntry({ entry, committeeName }: { entry: MinuteEntryView; committeeName: string }) {
  const names = { properNames: [committeeName] };
  const headingId = `${entry.anchor}-heading`;
  const name = minuteName(entry);
  const many = entry.resolutions.length > 1;
  return (
    <section id={entry.anchor} aria-labelledby={headingId} className="border-t border-rule pt-6">
      <h3 id={headingId} className="text-xl font-bold">
        {entry.label && <><span className="text-muted">{entry.label}.</span>{" "}</>}{readableCase(entry.title, names)}
      </h3>
      {entry.report && (
        <p className="mt-1 text-sm">
          Report considered: <Link prefetch={false} href={`/reports/${entry.report.slug}`}>{readableCase(entry.report.title, names)}</Link>
        </p>
      )}
      <div className="mt-3 max-w-3xl space-y-3">
        {entry.blocks.length === 0 && <p className="text-muted">The minutes record no text for this item.</p>}
        {entry.blocks.map((b, i) => {
          if (b.kind === "text") return b.paragraphs.map((p, j) => <Paragraph key={`${i}-${j}`} text={p} />);
          const index = entry.resolutions.findIndex((r) => r.slug === b.slug);
          const r = entry.resolutions[index];
          if (!r) return null;
          return (
            <ResolutionBlock
              key={r.slug}
              resolution={r}
              level={4}
              contextId={headingId}
              title={many ? `Decision ${index + 1} of ${entry.resolutions.length}` : "Decision"}
              linkLabel={many ? `Decision ${index + 1} of ${minuteName(entry, { lower: true })} on its own page` : `${name} decision on its own page`}
            />
          );
        })}
      </div>
      {entry.actions.length > 0 && (
        <section aria-labelledby={`${entry.anchor}-actions ${headingId}`} className="mt-4 max-w-3xl">
          <h4 id={`${entry.anchor}-actions`} className="mb-2 text-lg font-bold">Actions from this minute</h4>
          <ActionLinks actions={entry.actions} />
        </section>
      )}
    </section>
  );
}

/** Sub-items printed as "a) Agenda Plan" read as small headings within the minute. */
function Paragraph({ text }: { text: string }) {
  if (/^\(?[a-z]\)\s+\S/.test(text) && text.length <= 90 && !/[.:;]$/.test(text)) return <p className="font-bold">{text}</p>;
  return <p><LinkedText text={text} /></p>;
}
