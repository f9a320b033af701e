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
export function splitLinks(text: string, named: NamedLink[] = []): TextPiece[] {
  if (named.length) return splitNamedLinks(text, named);
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

/** Words printed as a link whose address the extraction lost ("View minutes here: Minutes - 21st January 2021"). */
export interface NamedLink {
  text: string;
  href: string;
}

/** The first occurrence of each named text becomes a link; the rest is split for addresses as usual. */
function splitNamedLinks(text: string, named: NamedLink[]): TextPiece[] {
  const hits = named
    .map((n) => ({ ...n, index: n.text ? text.indexOf(n.text) : -1 }))
    .filter((n) => n.index >= 0)
    .sort((a, b) => a.index - b.index);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.index < at) continue;
    if (h.index > at) pieces.push(...splitLinks(text.slice(at, h.index)));
    pieces.push({ kind: "link", text: h.text, href: h.href });
    at = h.index + h.text.length;
  }
  if (at < text.length) pieces.push(...splitLinks(text.slice(at)));
  return pieces.length ? pieces : [{ kind: "text", text }];
}
