import Link from "next/link";
import type { ActionListEntry } from "@/lib/queries/actions";

/**
 * Who is responsible: the people the importer matched, linked to their pages, and the name as
 * the action log printed it when that adds something ("A Chapman").
 */
export function ActionOwner({ action }: { action: Pick<ActionListEntry, "owners" | "responsible"> }) {
  const { owners, responsible } = action;
  if (owners.length === 0) return <>{responsible ?? "Not named in the minutes or action log"}</>;
  const printedDiffers = responsible && !owners.some((o) => o.name === responsible.trim());
  return (
    <>
      {owners.map((o, i) => (
        <span key={o.slug}>
          {i > 0 && ", "}
          <Link prefetch={false} href={`/people/${o.slug}`}>{o.name}</Link>
        </span>
      ))}
      {printedDiffers && <span className="text-muted"> (printed as &ldquo;{responsible}&rdquo;)</span>}
    </>
  );
}
