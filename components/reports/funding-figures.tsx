import { TableScroll } from "@/components/ui/table-scroll";
import { formatPounds } from "@/lib/format";
import type { ReportDetail } from "@/lib/queries/reports";

/** Sums of money the report's text mentions, as printed and as read, with the words around them. */
export function FundingFigures({ figures }: { figures: ReportDetail["funding"] }) {
  return (
    <TableScroll label="Money mentioned in the report (table)">
      <table className="min-w-full text-sm">
        <caption className="mb-1 text-left font-bold">Money mentioned in the report ({figures.length} figures)</caption>
        <thead>
          <tr className="bg-panel">
            <th scope="col" className="border border-rule px-2 py-1 text-left">As printed</th>
            <th scope="col" className="border border-rule px-2 py-1 text-right">Amount</th>
            <th scope="col" className="border border-rule px-2 py-1 text-left">In context</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f, i) => (
            <tr key={i}>
              <th scope="row" className="whitespace-nowrap border border-rule px-2 py-1 text-left align-top font-normal">{f.asPrinted}</th>
              <td className="whitespace-nowrap border border-rule px-2 py-1 text-right align-top tabular-nums">{formatPounds(f.amountGbp)}</td>
              <td className="border border-rule px-2 py-1 align-top">{f.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
