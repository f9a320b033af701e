/**
 * The one pagination model every public list uses: page size, page count, page numbers read from
 * untrusted addresses, and the links a pagination bar shows. Pure: no Next.js, no database, so the
 * proxy's gate, the pages and the tests share it.
 */

/**
 * Rows per list page. Large enough that the demo's lists fit on one page and a reader scans a
 * screenful or two; small enough that a fifteen-year archive renders each page in milliseconds.
 */
export const PAGE_SIZE = 50;

/** Pages a list of `total` rows needs: at least 1, so an empty list still has its page 1. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  if (!Number.isFinite(total) || total <= 0) return 1;
  return Math.ceil(total / size);
}

/** Highest page number the parser accepts, so a huge number is refused before any arithmetic. */
const MAX_PAGE_DIGITS = 6;
const WHOLE_PAGE_NUMBER = new RegExp(`^[1-9][0-9]{0,${MAX_PAGE_DIGITS - 1}}$`);

/**
 * A page number from an address (a path segment or `?page=`): a whole number written plainly
 * ("2", not "02", "2.0", "+2" or "2abc"), or null. Range is checked against the list separately.
 */
export function parsePageNumber(raw: unknown): number | null {
  if (typeof raw !== "string" || !WHOLE_PAGE_NUMBER.test(raw)) return null;
  return Number(raw);
}

/** SQL LIMIT and OFFSET for one page. */
export function pageSlice(page: number, size = PAGE_SIZE): { limit: number; offset: number } {
  return { limit: size, offset: (Math.max(1, page) - 1) * size };
}

/**
 * The page numbers a bar shows: first, last, and `radius` pages either side of the current one,
 * with null where a run of pages is left out ("1 … 4 5 6 … 37").
 */
export function pageWindow(current: number, count: number, radius = 1): (number | null)[] {
  const shown = new Set<number>([1, count]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= count) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    // A gap of exactly one page shows that page: "1 2 3", never "1 … 3".
    if (typeof last === "number" && p - last === 2) out.push(last + 1);
    else if (typeof last === "number" && p - last > 2) out.push(null);
    out.push(p);
  }
  return out;
}

export interface PageLink {
  page: number;
  href: string;
}

export interface Pagination {
  page: number;
  count: number;
  total: number;
  size: number;
  /** 1-based positions of the first and last rows on this page (0 and 0 for an empty list). */
  from: number;
  to: number;
  first: PageLink | null;
  previous: PageLink | null;
  next: PageLink | null;
  last: PageLink | null;
  /** Links in the window; null marks a gap. */
  window: (PageLink | null)[];
}

/** Everything a pagination bar and a page's metadata need, for page `page` of `total` rows. */
export function paginate(page: number, total: number, hrefFor: (page: number) => string, size = PAGE_SIZE): Pagination {
  const count = pageCount(total, size);
  const link = (p: number): PageLink => ({ page: p, href: hrefFor(p) });
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  return {
    page, count, total, size, from, to: Math.min(total, page * size),
    first: page > 1 ? link(1) : null,
    previous: page > 1 ? link(page - 1) : null,
    next: page < count ? link(page + 1) : null,
    last: page < count ? link(count) : null,
    window: pageWindow(page, count).map((p) => (p === null ? null : link(p))),
  };
}

/**
 * A list's address for page `page`: page 1 is the list itself (the canonical, prerendered address);
 * later pages are `<list>/page/<n>`, static routes rendered on first request and kept.
 */
export function pagePath(listPath: string, page: number): string {
  return page <= 1 ? listPath : `${listPath.replace(/\/$/, "")}/page/${page}`;
}

/** For lists whose filters live in the query string (/decisions): `page=` joins them; page 1 drops it. */
export function pageQueryHref(listPath: string, params: Record<string, string | undefined>, page: number): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && k !== "page") search.set(k, v);
  if (page > 1) search.set("page", String(page));
  const qs = search.toString();
  return qs ? `${listPath}?${qs}` : listPath;
}

/** "Meetings, page 2 of 37" for page 2 onwards; page 1 keeps the list's own title. */
export function pagedTitle(title: string, page: number, count: number): string {
  return page <= 1 ? title : `${title}, page ${page} of ${count}`;
}
