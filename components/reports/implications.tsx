import { TableScroll } from "@/components/ui/table-scroll";
import type { ReportDetail } from "@/lib/queries/reports";

const NONE = /^there are no significant implications within this category\.?$/i;

/** Significant implications by category; "no significant implications" stays visible but quiet. */
export function Implications({ items }: { items: ReportDetail["implications"] }) {
  return (
    <dl className="max-w-3xl divide-y divide-rule border-y border-rule">
      {items.map((i, n) => (
        <div key={`${i.category}-${n}`} className="py-3">
          <dt className="font-bold">{i.category}</dt>
          <dd className={i.text && !NONE.test(i.text.trim()) ? "mt-1 whitespace-pre-line" : "mt-1 text-muted"}>
            {i.text?.trim() || "See the environment and climate change implications below."}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function EnvironmentImplications({ items }: { items: ReportDetail["environment"] }) {
  return (
    <TableScroll label="Environment and climate change implications (table)">
      <table className="min-w-full text-sm">
        <caption className="mb-1 text-left font-bold">Environment and climate change implications on priority areas</caption>
        <thead>
          <tr className="bg-panel">
            <th scope="col" className="border border-rule px-2 py-1 text-left">Implication</th>
            <th scope="col" className="border border-rule px-2 py-1 text-left">Status</th>
            <th scope="col" className="border border-rule px-2 py-1 text-left">Explanation</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e, i) => (
            <tr key={i}>
              <th scope="row" className="border border-rule px-2 py-1 text-left align-top font-normal">
                {e.number !== null && <span className="text-muted">{e.number}. </span>}
                {e.implication}
              </th>
              <td className="border border-rule px-2 py-1 align-top font-bold">{e.status ?? "Not stated"}</td>
              <td className="border border-rule px-2 py-1 align-top">{e.explanation ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function OfficerClearances({ items }: { items: ReportDetail["clearances"] }) {
  return (
    <TableScroll label="Officer clearances (table)">
      <table className="min-w-full text-sm">
        <caption className="mb-1 text-left font-bold">Implications cleared by officers</caption>
        <thead>
          <tr className="bg-panel">
            <th scope="col" className="border border-rule px-2 py-1 text-left">Question</th>
            <th scope="col" className="border border-rule px-2 py-1 text-left">Answer</th>
            <th scope="col" className="border border-rule px-2 py-1 text-left">Cleared by</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c, i) => (
            <tr key={i}>
              <th scope="row" className="border border-rule px-2 py-1 text-left align-top font-normal">{c.question}</th>
              <td className="border border-rule px-2 py-1 align-top">{c.answer ?? "Not answered"}</td>
              <td className="border border-rule px-2 py-1 align-top">{c.officerName ?? "Not named"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
