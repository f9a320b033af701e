/**
 * A report's body as a clerk edits it: markdown. Stored as ordered blocks (report_sections),
 * so the public page keeps its numbered headings, tables with captions and lists; the clerk
 * sees and writes plain markdown, and a preview renders it with markdown-it (html: false: a
 * clerk's text can never inject markup).
 */
import MarkdownIt from "markdown-it";

export type BodyBlock =
  | { kind: "heading"; number: string | null; level: number; text: string }
  | { kind: "paragraph"; number: string | null; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string | null; header: string[]; rows: string[][] };

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Safe HTML for the preview: raw HTML in the markdown is shown as text, never as markup. */
export function renderMarkdownPreview(markdown: string): string {
  return md.render(markdown);
}

const NUMBER = /^(\d+(?:\.\d+)*\.?)\s+(?=\S)/;

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n+/g, " ").trim();
}

/** Blocks to markdown: headings with their numbers, numbered paragraphs, lists, pipe tables. */
export function blocksToMarkdown(blocks: BodyBlock[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === "heading") out.push(`${"#".repeat(Math.min(6, Math.max(1, b.level) + 1))} ${b.number ? `${b.number} ` : ""}${b.text}`.trimEnd());
    else if (b.kind === "paragraph") out.push(`${b.number ? `${b.number} ` : ""}${b.text}`);
    else if (b.kind === "list") out.push(b.items.map((i) => `- ${i.replace(/\n+/g, " ")}`).join("\n"));
    else {
      const width = Math.max(b.header.length, ...b.rows.map((r) => r.length), 1);
      const pad = (r: string[]) => Array.from({ length: width }, (_, i) => cell(r[i] ?? ""));
      const header = pad(b.header.length ? b.header : []);
      const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...b.rows.map((r) => `| ${pad(r).join(" | ")} |`)];
      out.push(lines.join("\n"));
    }
  }
  return out.join("\n\n");
}

/** Markdown back to blocks (inline markdown is kept as written: the public page renders text). */
export function markdownToBlocks(markdown: string): BodyBlock[] {
  const tokens = md.parse(markdown.replace(/\r\n/g, "\n"), {});
  const blocks: BodyBlock[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "heading_open") {
      const text = tokens[i + 1]?.content ?? "";
      const m = NUMBER.exec(text);
      blocks.push({ kind: "heading", level: Math.max(1, Number(t.tag.slice(1)) - 1), number: m ? m[1] : null, text: m ? text.slice(m[0].length) : text });
      i += 2;
    } else if (t.type === "paragraph_open" && t.level === 0) {
      const text = tokens[i + 1]?.content ?? "";
      const m = NUMBER.exec(text);
      blocks.push({ kind: "paragraph", number: m ? m[1] : null, text: m ? text.slice(m[0].length) : text });
      i += 2;
    } else if ((t.type === "bullet_list_open" || t.type === "ordered_list_open") && t.level === 0) {
      const items: string[] = [];
      let depth = 0;
      for (i++; i < tokens.length; i++) {
        const u = tokens[i];
        if (u.type === "bullet_list_open" || u.type === "ordered_list_open") depth++;
        if (u.type === "bullet_list_close" || u.type === "ordered_list_close") { if (depth === 0) break; depth--; }
        if (u.type === "inline") items.push(u.content);
      }
      blocks.push({ kind: "list", items });
    } else if (t.type === "table_open") {
      const header: string[] = [];
      const rows: string[][] = [];
      let row: string[] | null = null;
      let inHead = false;
      for (i++; i < tokens.length && tokens[i].type !== "table_close"; i++) {
        const u = tokens[i];
        if (u.type === "thead_open") inHead = true;
        else if (u.type === "thead_close") inHead = false;
        else if (u.type === "tr_open") row = [];
        else if (u.type === "tr_close" && row) { if (inHead) header.push(...row); else rows.push(row); row = null; }
        else if (u.type === "inline" && row) row.push(u.content.replace(/\\\|/g, "|"));
      }
      blocks.push({ kind: "table", caption: null, header, rows });
    } else if (t.type === "code_block" || t.type === "fence" || t.type === "html_block") {
      blocks.push({ kind: "paragraph", number: null, text: t.content.trim() });
    }
  }
  return blocks;
}
