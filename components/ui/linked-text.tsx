import { splitLinks, type NamedLink } from "@/lib/text/links";

/**
 * Imported text with its web and email addresses as links. Long addresses may break anywhere so
 * they never push the page wider than a 320px screen. `links` names printed words whose address
 * the extraction lost, with the address we resolved for them.
 */
export function LinkedText({ text, links }: { text: string; links?: NamedLink[] }) {
  const pieces = splitLinks(text, links);
  if (pieces.length === 1 && pieces[0].kind === "text") return <>{text}</>;
  return (
    <>
      {pieces.map((p, i) =>
        p.kind === "link" ? <a key={i} href={p.href} className="[overflow-wrap:anywhere]">{p.text}</a> : p.text,
      )}
    </>
  );
}
