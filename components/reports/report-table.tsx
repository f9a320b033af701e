import { LinkedText } from "@/components/ui/linked-text";
import { TableScroll } from "@/components/ui/table-scroll";

/**
 * A table from a report, as a real HTML table: the printed header row as column headers, the
 * first cell of each row as its row header when it names the row (not a number).
 */
export function ReportTable({ caption, header, rows }: { caption: string; header: string[]; rows: string[][] }) {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const firstIsLabel = rows.length > 0 && rows.every((r) => !r[0] || !/^[-+£(]?[\d,.]+%?\)?$/.test(r[0].trim()));
  const cell = "border border-rule px-2 py-1 align-top text-left";
  return (
    <TableScroll label={caption}>
      <table className="my-4 min-w-full text-sm">
        <caption className="mb-1 text-left font-bold">{caption}</caption>
        {header.some((h) => h.trim()) && (
          <thead>
            <tr className="bg-panel">
              {Array.from({ length: width }, (_, i) =>
                header[i]?.trim()
                  ? <th key={i} scope="col" className={cell}>{header[i]}</th>
                  : <td key={i} className={cell} />,
              )}
            </tr>
          </thead>
        )}
        <tbody>
          {rows.map((r, ri) => (
            <tr key={ri}>
              {Array.from({ length: width }, (_, i) =>
                i === 0 && firstIsLabel && r[0]?.trim()
                  ? <th key={i} scope="row" className={`${cell} font-normal`}>{r[0]}</th>
                  : <td key={i} className={cell}>{r[i] ? <LinkedText text={r[i]} /> : ""}</td>,
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
