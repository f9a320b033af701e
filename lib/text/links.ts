import { LinkifyIt } from "linkify-it";

/** A run of imported text: plain, or a web address / email address found in it. */
export type TextPiece = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// One matcher for the process: linkify-it compiles its patterns on construction.
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true });

/**
 * Agenda packs print web and email addresses as plain text ("<http://tinyurl.com/…>",
 * "www.cambridge.gov.uk/…", "Vickie.crompton@cambridgeshire.gov.uk"). Split text into plain runs
 * and addresses so pages can make the addresses real links; the printed text is kept as printed.
 * Only http(s) and mailto links are made: anything else stays text.
 */
export function splitLinks(text: string): TextPiece[] {
  const matches = linkify.match(text);
  if (!matches) return [{ kind: "text", text }];
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const m of matches) {
    if (!/^(https?|mailto):/i.test(m.url)) continue;
    if (m.index > at) pieces.push({ kind: "text", text: text.slice(at, m.index) });
    pieces.push({ kind: "link", text: m.raw, href: m.url });
    at = m.lastIndex;
  }
  if (at < text.length) pieces.push({ kind: "text", text: text.slice(at) });
  return pieces.length ? pieces : [{ kind: "text", text }];
}
