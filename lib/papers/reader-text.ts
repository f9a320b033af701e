/**
 * The text of a pack made fit to read: markdown and HTML remnants of the PDF extraction removed,
 * wrapped lines joined into paragraphs, tab-separated lines kept as tables, bullets as lists,
 * links kept as addresses. Pure: used by the papers pages and the clean-text download.
 */
import { clean, isSeparatorRow, splitCells, stripBullet } from "@/lib/import/text";

export type PaperBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; rows: string[][] };

const BULLET = /^\s*(?:[-•▪●◦]|\*(?!\*))\s+/;

/** "[Minutes - 21st January 2021](#)" keeps its words; a real address stays beside them. */
function keepLinks(line: string): string {
  return line.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_m, label: string, href: string) =>
    /^(https?:|mailto:)/i.test(href) && label.trim() !== href ? `${label} (${href})` : label);
}

const cleanLine = (line: string) => clean(keepLinks(line));

/** "Name: Helen Andrews", "Tel: 01223 728577": a field of its own, never joined to the line before. */
const FIELD_LINE = /^[A-Z][A-Za-z()/' -]{0,30}:\s/;

/** A short line in bold, in capitals, numbered like a section ("1. Background"), or a markdown heading. */
function isHeading(raw: string, text: string): boolean {
  if (!text || text.length > 90 || /[.,;:]$/.test(text)) return false;
  if (/^\s*#{1,6}\s/.test(raw)) return true;
  if (/^\d{1,2}\.\s+[A-Z]/.test(text) && text.split(/\s+/).length <= 8) return true;
  if (/^\s*\*\*[^*]+\*\*\s*$/.test(raw)) return true;
  const letters = text.replace(/[^A-Za-z]/g, "");
  return letters.length >= 4 && letters === letters.toUpperCase();
}

export function toPaperBlocks(text: string): PaperBlock[] {
  const blocks: PaperBlock[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: "paragraph", text: para.join(" ") });
    para = [];
  };
  for (const raw of text.replace(/\f/g, "\n\n").split(/\r?\n/)) {
    if (!raw.trim()) { flush(); continue; }
    if (raw.includes("\t")) {
      flush();
      if (isSeparatorRow(raw)) continue;
      const cells = splitCells(keepLinks(raw));
      if (!cells.some((c) => c)) continue;
      const last = blocks[blocks.length - 1];
      if (last?.kind === "table") last.rows.push(cells);
      else blocks.push({ kind: "table", rows: [cells] });
      continue;
    }
    if (isSeparatorRow(raw)) { flush(); continue; }
    const line = cleanLine(raw);
    if (!line) continue;
    // "- 1.1 Cambridgeshire's Local…": numbered paragraphs the extraction printed as bullets.
    if (BULLET.test(raw) && !/^\d+(\.\d+)+\s/.test(stripBullet(raw))) {
      flush();
      const item = cleanLine(stripBullet(raw));
      const last = blocks[blocks.length - 1];
      if (last?.kind === "list") last.items.push(item);
      else blocks.push({ kind: "list", items: [item] });
      continue;
    }
    if (BULLET.test(raw)) {
      flush();
      blocks.push({ kind: "paragraph", text: cleanLine(stripBullet(raw)) });
      continue;
    }
    if (isHeading(raw, line)) {
      flush();
      blocks.push({ kind: "heading", text: line });
      continue;
    }
    if (FIELD_LINE.test(line)) flush();
    para.push(line);
  }
  flush();
  return blocks;
}

/** The same reading as plain text: paragraphs on one line each, tables tab-separated, lists with "- ". */
export function toPlainText(text: string): string {
  return toPaperBlocks(text).map((b) => {
    switch (b.kind) {
      case "heading": return b.text;
      case "paragraph": return b.text;
      case "list": return b.items.map((i) => `- ${i}`).join("\n");
      case "table": return b.rows.map((r) => r.join("\t")).join("\n");
    }
  }).join("\n\n") + "\n";
}
