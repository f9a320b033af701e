import Link from "next/link";
import type { PageLink, Pagination as PaginationModel } from "@/lib/pagination/page-model";

const CELL = "inline-flex min-h-11 min-w-11 items-center justify-center px-3 py-2";

/**
 * The bar under a paged list: "Page 2 of 37", previous/next and a short window of page links.
 * Plain links, so it works without JavaScript; 44px targets (min-h-11) for fingers on phones.
 * A list that fits on one page shows nothing.
 */
export function Pagination({ pagination: p, itemLabel }: { pagination: PaginationModel; itemLabel: string }) {
  if (p.count <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8 border-t border-rule pt-4">
      <p className="mb-3">
        Page {p.page} of {p.count}
        <span className="text-muted"> ({p.from}&ndash;{p.to} of {p.total} {itemLabel})</span>
      </p>
      <ul className="flex flex-wrap items-center gap-2">
        {p.previous && (
          <li><Step link={p.previous} rel="prev">&larr;&nbsp;Previous<span className="sr-only"> page</span></Step></li>
        )}
        {p.window.map((link, i) =>
          link === null ? (
            <li key={`gap-${i}`} className={`${CELL} text-muted`} aria-hidden="true">&hellip;</li>
          ) : link.page === p.page ? (
            <li key={link.page}>
              <Link prefetch={false} href={link.href} aria-current="page" className={`${CELL} border-2 border-ink bg-ink font-bold text-white no-underline visited:text-white`}>
                <span className="sr-only">Page </span>{link.page}
              </Link>
            </li>
          ) : (
            <li key={link.page}>
              <Link prefetch={false} href={link.href} className={`${CELL} border border-rule`}>
                <span className="sr-only">Page </span>{link.page}
              </Link>
            </li>
          ),
        )}
        {p.next && (
          <li><Step link={p.next} rel="next">Next<span className="sr-only"> page</span>&nbsp;&rarr;</Step></li>
        )}
      </ul>
    </nav>
  );
}

function Step({ link, rel, children }: { link: PageLink; rel: "prev" | "next"; children: React.ReactNode }) {
  return <Link prefetch={false} href={link.href} rel={rel} className={`${CELL} border border-rule font-bold`}>{children}</Link>;
}
