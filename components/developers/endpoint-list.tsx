import type { Collection } from "@/lib/api/collections";
import { API_BASE } from "@/lib/api/urls";

/**
 * Every collection of the API: its address, what it holds, its record address and a CSV download
 * where there is one. A list rather than a table, so a phone shows all of it without sideways scrolling.
 */
export function EndpointList({ collections }: { collections: Pick<Collection, "path" | "description" | "record" | "csv">[] }) {
  return (
    <ul className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
      {collections.map((c) => (
        <li key={c.path} className="border-t border-rule pt-3">
          <a href={`${API_BASE}${c.path}`} className="font-bold break-all"><code>{API_BASE}{c.path}</code></a>
          <p>{c.description}</p>
          {c.record && <p className="text-sm text-muted">One record: <code className="break-all">{API_BASE}{c.path}/{"{id}"}</code></p>}
          {c.csv && (
            <p className="text-sm">
              <a href={`${API_BASE}${c.path}.csv`} download>Download all {c.path.slice(1).replace(/-/g, " ")} (CSV)</a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
