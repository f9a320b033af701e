import { TableScroll } from "@/components/ui/table-scroll";
import type { Collection } from "@/lib/api/collections";
import { API_BASE } from "@/lib/api/urls";

/** Every collection of the API: its address, what it holds, a record address and a CSV download where there is one. */
export function EndpointTable({ collections }: { collections: Pick<Collection, "path" | "description" | "record" | "csv">[] }) {
  return (
    <TableScroll label="API addresses">
      <table className="w-full min-w-[40rem] text-left">
        <caption className="sr-only">Collections of the open-data API</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">Address</th>
            <th scope="col" className="py-2 pr-4">What it holds</th>
            <th scope="col" className="py-2 pr-4">One record</th>
            <th scope="col" className="py-2">Spreadsheet</th>
          </tr>
        </thead>
        <tbody>
          {collections.map((c) => (
            <tr key={c.path} className="border-b border-rule">
              <th scope="row" className="py-2 pr-4 align-top font-normal">
                <a href={`${API_BASE}${c.path}`}><code>{API_BASE}{c.path}</code></a>
              </th>
              <td className="py-2 pr-4 align-top">{c.description}</td>
              <td className="py-2 pr-4 align-top">{c.record ? <code>{c.path}/{"{id}"}</code> : "—"}</td>
              <td className="py-2 align-top">
                {c.csv ? <a href={`${API_BASE}${c.path}.csv`} download>{c.path.slice(1).replace(/-/g, " ")} (CSV)</a> : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
