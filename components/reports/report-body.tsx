import { readableCase } from "@/lib/text/readable-case";
import type { ReportBlock } from "@/lib/queries/reports";
import { ReportTable } from "./report-table";
import { LinkedText } from "@/components/ui/linked-text";

/**
 * The report's numbered body: section headings (h3, sub-sections h4), numbered paragraphs with
 * their printed numbers, lists and tables, in the order printed.
 */
export function ReportBody({ blocks, committeeName }: { blocks: ReportBlock[]; committeeName: string }) {
  if (blocks.length === 0) return <p>The body of this report could not be read from the pack.</p>;
  return (
    <div className="max-w-3xl space-y-3">
      {blocks.map((b, i) => {
        switch (b.kind) {
          case "heading": {
            const Heading = b.level <= 1 ? "h3" : b.level === 2 ? "h4" : "h5";
            return (
              <Heading key={i} className={b.level <= 1 ? "pt-4 text-xl font-bold" : "pt-2 text-lg font-bold"}>
                {b.number && <span className="mr-1 text-muted">{b.number}</span>}{b.number && " "}
                {readableCase(b.text, { properNames: [committeeName] })}
              </Heading>
            );
          }
          case "paragraph":
            return b.number ? (
              <p key={i} className="grid grid-cols-[3.5rem_1fr] gap-x-2">
                <span className="text-muted">{b.number}</span>
                <span><LinkedText text={b.text} /></span>
              </p>
            ) : (
              <p key={i}><LinkedText text={b.text} /></p>
            );
          case "list":
            return (
              <ul key={i} className="list-disc space-y-1 pl-6">
                {b.items.map((item, j) => <li key={j}><LinkedText text={item} /></li>)}
              </ul>
            );
          case "table":
            return <ReportTable key={i} caption={b.caption} header={b.header} rows={b.rows} />;
        }
      })}
    </div>
  );
}
