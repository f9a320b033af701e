/**
 * Every public list that pages by address (`<list>/page/<n>`), and how an address maps to one.
 * Pure, so the proxy's gate (lib/publishing/page-gate.ts), the pages and the tests agree on it.
 * Lists filtered in the query string (/decisions) page with `?page=` and are not here.
 */
export type PagedList =
  | "meetings" | "reports" | "actions" | "actions-open" | "actions-completed"
  | "committee-meetings" | "committee-actions" | "person-attendance" | "person-reports"
  | "funding-reports" | "funding-lines" | "funding-facts" | "strategies" | "outside-bodies"
  | "committee-plans" | "people";

/** A list's own address; `scope` is the committee's (or person's) slug for a committee's (person's) lists. */
export function listPath(list: PagedList, scope = ""): string {
  switch (list) {
    case "actions-open": return "/actions/open";
    case "actions-completed": return "/actions/completed";
    case "committee-meetings": return `/committees/${scope}/meetings`;
    case "committee-actions": return `/committees/${scope}/actions`;
    case "committee-plans": return `/committees/${scope}/plans`;
    case "person-attendance": return `/people/${scope}/attendance`;
    case "person-reports": return `/people/${scope}/reports`;
    case "funding-reports": return "/funding/reports";
    case "funding-lines": return "/funding/lines";
    case "funding-facts": return "/funding/facts";
    default: return `/${list}`;
  }
}

const PATTERNS: [RegExp, PagedList][] = [
  [/^\/meetings\/page\/([^/]*)\/?$/, "meetings"],
  [/^\/reports\/page\/([^/]*)\/?$/, "reports"],
  [/^\/actions\/page\/([^/]*)\/?$/, "actions"],
  [/^\/actions\/open\/page\/([^/]*)\/?$/, "actions-open"],
  [/^\/actions\/completed\/page\/([^/]*)\/?$/, "actions-completed"],
  [/^\/committees\/([^/]+)\/meetings\/page\/([^/]*)\/?$/, "committee-meetings"],
  [/^\/committees\/([^/]+)\/actions\/page\/([^/]*)\/?$/, "committee-actions"],
  [/^\/strategies\/page\/([^/]*)\/?$/, "strategies"],
  [/^\/people\/page\/([^/]*)\/?$/, "people"],
  [/^\/outside-bodies\/page\/([^/]*)\/?$/, "outside-bodies"],
  [/^\/funding\/reports\/page\/([^/]*)\/?$/, "funding-reports"],
  [/^\/funding\/lines\/page\/([^/]*)\/?$/, "funding-lines"],
  [/^\/funding\/facts\/page\/([^/]*)\/?$/, "funding-facts"],
  [/^\/committees\/([^/]+)\/plans\/page\/([^/]*)\/?$/, "committee-plans"],
  [/^\/people\/([^/]+)\/attendance\/page\/([^/]*)\/?$/, "person-attendance"],
  [/^\/people\/([^/]+)\/reports\/page\/([^/]*)\/?$/, "person-reports"],
];

/** The paged list and the raw page segment (still untrusted) of a `<list>/page/<n>` address, or null. */
export function pagedListOf(pathname: string): { list: PagedList; scope: string; rawPage: string } | null {
  for (const [pattern, list] of PATTERNS) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    return m.length === 3 ? { list, scope: safeDecode(m[1]), rawPage: safeDecode(m[2]) } : { list, scope: "", rawPage: safeDecode(m[1]) };
  }
  return null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return "";
  }
}
