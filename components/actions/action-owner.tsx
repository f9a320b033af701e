import Link from "next/link";
import type { ActionListEntry } from "@/lib/queries/actions";

/** The names a minute's flag or an action log prints as responsible: "Kerry Newsom / Martin Wade", "A Chapman and J Smith". */
function printedNames(responsible: string): string[] {
  return responsible.split(/\s*(?:\/|,|&|\band\b)\s*/).map((n) => n.trim()).filter((n) => n !== "");
}

/**
 * Who is responsible: the people the importer matched, linked to their pages in the order the
 * papers name them, and the names as printed when they say something the links do not ("A Chapman").
 */
export function ActionOwner({ action }: { action: Pick<ActionListEntry, "owners" | "responsible"> }) {
  const { owners, responsible } = action;
  if (owners.length === 0) return <>{responsible ?? "Not named in the minutes or action log"}</>;
  const printed = responsible ? printedNames(responsible) : [];
  const at = (name: string) => (printed.indexOf(name) < 0 ? printed.length : printed.indexOf(name));
  const ordered = [...owners].sort((a, b) => at(a.name) - at(b.name));
  const printedDiffers = responsible !== null && !printed.every((n) => owners.some((o) => o.name === n));
  return (
    <>
      {ordered.map((o, i) => (
        <span key={o.slug}>
          {i > 0 && ", "}
          <Link prefetch={false} href={`/people/${o.slug}`}>{o.name}</Link>
        </span>
      ))}
      {printedDiffers && <span className="text-muted"> (printed as &ldquo;{responsible}&rdquo;)</span>}
    </>
  );
}
