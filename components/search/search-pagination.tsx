import Link from "next/link";
import type { SearchFilters } from "@/lib/queries/search";
import { searchHref } from "@/lib/search/search-url";

/** Previous / next and a window of page numbers around the current page. */
export function SearchPagination({ q, filters, page, pageCount }: { q: string; filters: SearchFilters; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => searchHref({ q, ...filters, page: p });
  const first = Math.max(1, Math.min(page - 2, pageCount - 4));
  const pages = Array.from({ length: Math.min(5, pageCount) }, (_, i) => first + i);
  return (
    <nav aria-label="Pages of results" className="mt-6">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {page > 1 && <li><Link prefetch={false} href={href(page - 1)} rel="prev">Previous<span className="sr-only"> page</span></Link></li>}
        {pages.map((p) => (
          <li key={p}>
            {p === page ? (
              <span aria-current="page" className="font-bold"><span className="sr-only">Page </span>{p}</span>
            ) : (
              <Link prefetch={false} href={href(p)}><span className="sr-only">Page </span>{p}</Link>
            )}
          </li>
        ))}
        {page < pageCount && <li><Link prefetch={false} href={href(page + 1)} rel="next">Next<span className="sr-only"> page</span></Link></li>}
      </ul>
      <p className="mt-2 text-sm text-muted">Page {page} of {pageCount}</p>
    </nav>
  );
}
