/**
 * What a page shows instead of a failure when the database cannot be reached (see
 * lib/db/unavailable.ts): says what is affected, that published pages still work, and what to
 * do. A server component with no script; `role="status"` so a screen reader announces it.
 */
import Link from "next/link";

export function ServiceDegraded({ what, headingLevel = 1 }: {
  /** What cannot be shown, e.g. "Search" or "The dashboard". */
  what: string;
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div role="status" className="mb-6 border-l-4 border-danger bg-panel p-4">
      <Heading className="mb-2 text-xl font-bold">{what} is unavailable at the moment</Heading>
      <p className="mb-2">
        The service is degraded: the records database cannot be reached. Nothing has been lost, and
        this page will work again as soon as the database is back.
      </p>
      <p>
        Published pages (meetings, reports, decisions) still work: start from the <Link href="/">home page</Link>.
        Please try this page again in a few minutes.
      </p>
    </div>
  );
}
