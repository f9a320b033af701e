import Link from "next/link";
import type { ActionFilter } from "@/lib/queries/actions";

const FILTERS: { value: ActionFilter; label: string; href: string }[] = [
  { value: "all", label: "All actions", href: "/actions" },
  { value: "open", label: "Open", href: "/actions/open" },
  { value: "completed", label: "Completed", href: "/actions/completed" },
];

/** Plain links between the three lists, so filtering works without JavaScript. */
export function ActionFilterLinks({ current, counts }: { current: ActionFilter; counts: Record<ActionFilter, number> }) {
  return (
    <nav aria-label="Filter actions by status" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <li key={f.value}>
            {f.value === current ? (
              <Link prefetch={false} href={f.href} aria-current="page" className="inline-block border-2 border-ink bg-ink px-3 py-1 font-bold text-white no-underline visited:text-white">
                {f.label} ({counts[f.value]})
              </Link>
            ) : (
              <Link prefetch={false} href={f.href} className="inline-block border-2 border-rule px-3 py-1">
                {f.label} ({counts[f.value]})
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
