import "server-only";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { pageCount, pagedTitle, pagePath, parsePageNumber } from "@/lib/pagination/page-model";

/**
 * The page number of a `<list>/page/[n]` route. The proxy's gate already refuses malformed and
 * out-of-range numbers before rendering (lib/publishing/page-gate.ts); this repeats the rule where
 * the page renders, for requests that reach it another way (a database hiccup at the gate).
 */
export function requirePageNumber(raw: string, listPath: string): number {
  const page = parsePageNumber(raw);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(listPath);
  return page;
}

/** notFound() when `page` is past the last page of `total` rows. */
export function requireInRange(page: number, total: number): void {
  if (page > pageCount(total)) notFound();
}

/** Title, description and canonical of one page of a list ("Meetings, page 2 of 37"). */
export function pagedMetadata(base: { title: string; description: string; listPath: string }, page: number, total: number): Metadata {
  const title = pagedTitle(base.title, page, pageCount(total));
  const url = pagePath(base.listPath, page);
  return { title, description: base.description, alternates: { canonical: url }, openGraph: { title, description: base.description, url, type: "website" } };
}

/**
 * Later pages are static routes rendered on first request and kept (dynamicParams); none is
 * prerendered, so the build does not grow with the archive.
 */
export function noPrerenderedPages(): { n: string }[] {
  return [];
}
