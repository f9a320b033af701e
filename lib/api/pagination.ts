/** Page windows and the `links` / `meta` / Link header of one page of a collection. */
import type { PageWindow } from "@/lib/queries/api/window";
import type { PageRequest } from "./schemas/common";
import { siteConfig } from "@/lib/site-config";
import { ApiError } from "./problem";

export function windowOf(req: PageRequest): PageWindow {
  return { limit: req.per_page, offset: (req.page - 1) * req.per_page };
}

/** The same address on the public origin with another page number (other parameters kept). */
function pageAddress(url: URL, page: number, perPage: number): string {
  const out = new URL(url.pathname + url.search, siteConfig.siteUrl);
  out.searchParams.set("page", String(page));
  out.searchParams.set("per_page", String(perPage));
  return out.toString();
}

export function pageLinks(url: URL, req: PageRequest, total: number) {
  const totalPages = Math.ceil(total / req.per_page);
  const last = Math.max(1, totalPages);
  if (req.page > last) {
    throw new ApiError(404, "Not found", `Page ${req.page} does not exist: there ${last === 1 ? "is 1 page" : `are ${last} pages`} of ${req.per_page}.`);
  }
  const at = (page: number) => pageAddress(url, page, req.per_page);
  const links = {
    self: at(req.page), first: at(1), last: at(last),
    next: req.page < last ? at(req.page + 1) : null,
    prev: req.page > 1 ? at(req.page - 1) : null,
  };
  const header = (["first", "prev", "next", "last"] as const)
    .filter((rel) => links[rel]).map((rel) => `<${links[rel]}>; rel="${rel}"`).join(", ");
  return { links, meta: { page: req.page, perPage: req.per_page, total, totalPages }, header };
}
