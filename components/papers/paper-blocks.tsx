import { ReportTable } from "@/components/reports/report-table";
import { LinkedText } from "@/components/ui/linked-text";
import type { PaperBlock } from "@/lib/papers/reader-text";

/** A part of an agenda pack as readable blocks: headings (h2 under the page's h1), paragraphs, lists, tables. */
export function PaperBlocks({ blocks }: { blocks: PaperBlock[] }) {
  let tables = 0;
  return (
    <div className="max-w-3xl space-y-3 break-words">
      {blocks.map((b, i) => {
        switch (b.kind) {
          case "heading":
            return <h2 key={i} className="pt-4 text-xl font-bold">{b.text}</h2>;
          case "paragraph":
            return <p key={i}><LinkedText text={b.text} /></p>;
          case "list":
            return (
              <ul key={i} className="list-disc space-y-1 pl-6">
                {b.items.map((item, j) => <li key={j}><LinkedText text={item} /></li>)}
              </ul>
            );
          case "table": {
            tables++;
            // The first row is the header when it names two columns or more; a one-cell row is a group label ("Minutes of 8 October 2020").
            const hasHeader = b.rows.length > 1 && b.rows[0].filter((c) => c.trim()).length >= 2;
            const [header, ...rows] = hasHeader ? b.rows : [[], ...b.rows];
            return <ReportTable key={i} caption={`Table ${tables}`} header={header} rows={rows} />;
          }
        }
      })}
    </div>
  );
}
