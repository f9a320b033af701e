import { splitLinks } from "@/lib/text/links";

/**
 * Imported text with its web and email addresses as links. Long addresses may break anywhere so
 * they never push the page wider than a 320px screen.
 */
export function LinkedText({ text }: { text: string }) {
  const pieces = splitLinks(text);
  if (pieces.length === 1 && pieces[0].kind === "text") return <>{text}</>;
  return (
    <>
      {pieces.map((p, i) =>
        p.kind === "link" ? <a key={i} href={p.href} className="[overflow-wrap:anywhere]">{p.text}</a> : p.text,
      )}
    </>
  );
}
