/**
 * Where each agenda item's papers sit in its pack. A PDF (or a text with form feeds) is cut by
 * the page numbers the agenda prints; an unpaged text has no page marks, so an item runs from the
 * line where its papers start (its report, the minutes it prints, or a heading repeating its
 * title after the front sheet) to the line before the next item's papers start.
 * Pure: no database, no Next.js.
 */

export interface ItemForExtent {
  number: string;
  title: string;
  pageStart: number | null;
  pageEnd: number | null;
  /** 1-based line where the importer found the item's papers (report header, minutes heading), if any. */
  knownStartLine: number | null;
}

export type ItemExtent =
  | { kind: "pages"; fromPage: number; toPage: number; text: string }
  | { kind: "lines"; fromLine: number; toLine: number; text: string };

const words = (s: string) => s.toLowerCase().replace(/&/g, " and ").split(/[^a-z0-9]+/).filter((w) => w.length > 1);

/** A line that repeats an item's title as a heading: it holds every word of the title, and little else. */
export function isTitleLine(line: string, title: string): boolean {
  const want = words(title);
  if (want.length < 2) return false;
  const have = words(line);
  if (have.length > want.length + 4) return false;
  const set = new Set(have);
  return want.every((w) => set.has(w));
}

/** The pages of a paged text (split at form feeds), `from`..`to` inclusive and 1-based. */
export function pagesOf(text: string, from: number, to: number): string | null {
  const pages = text.split("\f");
  if (from < 1 || to < from || from > pages.length) return null;
  return pages.slice(from - 1, Math.min(to, pages.length)).join("\n\n");
}

/**
 * Each item's papers in the pack, by item number; items with no pages printed (apologies,
 * petitions, oral updates) and items that cannot be found have none.
 * `frontSheetEnd` is the last line of the front sheet (its last agenda item's line).
 */
export function locateItemPapers(content: string, items: ItemForExtent[], frontSheetEnd: number): Map<string, ItemExtent> {
  const found = new Map<string, ItemExtent>();
  const withPages = items.filter((i) => i.pageStart !== null);
  if (content.includes("\f")) {
    for (const i of withPages) {
      const to = i.pageEnd ?? i.pageStart!;
      const text = pagesOf(content, i.pageStart!, to);
      if (text !== null && text.trim()) found.set(i.number, { kind: "pages", fromPage: i.pageStart!, toPage: to, text });
    }
    return found;
  }
  const lines = content.split(/\r?\n/);
  const starts: { number: string; line: number }[] = [];
  let searchFrom = frontSheetEnd + 1;
  for (const i of withPages) {
    let line = i.knownStartLine;
    if (line === null) {
      for (let n = searchFrom; n <= lines.length; n++) {
        if (isTitleLine(lines[n - 1], i.title)) { line = n; break; }
      }
    }
    if (line === null) continue;
    starts.push({ number: i.number, line });
    searchFrom = line + 1;
  }
  starts.sort((a, b) => a.line - b.line);
  starts.forEach((s, k) => {
    const toLine = k + 1 < starts.length ? starts[k + 1].line - 1 : lines.length;
    const text = lines.slice(s.line - 1, toLine).join("\n");
    if (text.trim()) found.set(s.number, { kind: "lines", fromLine: s.line, toLine, text });
  });
  return found;
}
