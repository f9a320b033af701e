/**
 * Highlighted text from FTS5's highlight() and snippet(), which mark matches with the control
 * characters U+0001 and U+0002 (the indexer strips control characters from what it stores, so
 * these can only be FTS5's marks). The text is split into plain and marked parts: a page renders
 * the parts as React text and <mark> elements, the API sends them as escaped HTML, and neither
 * ever passes the record's own text through as markup.
 */
export const MARK_OPEN = "\u0001";
export const MARK_CLOSE = "\u0002";

export interface TextPart {
  text: string;
  marked: boolean;
}

export function markedParts(raw: string): TextPart[] {
  const parts: TextPart[] = [];
  let marked = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
    text = "";
  };
  for (const ch of raw) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      flush();
      marked = ch === MARK_OPEN;
    } else {
      text += ch;
    }
  }
  flush();
  // Line breaks between a report's paragraphs read as spaces in a one-line snippet; a phrase's
  // words, marked one by one, read as one mark ("<mark>white ribbon</mark>").
  const out: TextPart[] = [];
  for (const [i, p] of parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, " ") })).entries()) {
    const last = out.at(-1);
    if (last?.marked && p.marked) last.text += p.text;
    else if (last?.marked && !p.marked && p.text === " " && parts[i + 1]?.marked) last.text += " ";
    else out.push(p);
  }
  return out;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** The parts as HTML: the text escaped, the matches in <mark>. */
export function partsToHtml(parts: TextPart[]): string {
  return parts.map((p) => (p.marked ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join("");
}

export function partsToText(parts: TextPart[]): string {
  return parts.map((p) => p.text).join("");
}
