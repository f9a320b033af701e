import type { SearchKind } from "./kinds";

export interface SearchLinkParams {
  q: string;
  type?: SearchKind | null;
  committee?: string | null;
  year?: number | null;
  page?: number | null;
}

/** A search's address on the page (/search) or the API (/api/v1/search), parameters in one order, page 1 left out. */
export function searchHref(params: SearchLinkParams, path = "/search"): string {
  const qs = new URLSearchParams({ q: params.q });
  if (params.type) qs.set("type", params.type);
  if (params.committee) qs.set("committee", params.committee);
  if (params.year) qs.set("year", String(params.year));
  if (params.page && params.page > 1) qs.set("page", String(params.page));
  return `${path}?${qs.toString()}`;
}
