/**
 * The public site's sections, in menu order, and which one an address belongs to. Pure, so the
 * header (which marks the current section) and its tests share one list.
 */
export interface Section {
  href: string;
  label: string;
  /** Other address prefixes that belong to this section (a report hangs off its meeting). */
  also?: string[];
}

export const SECTIONS: readonly Section[] = [
  { href: "/meetings", label: "Meetings" },
  { href: "/reports", label: "Reports" },
  { href: "/decisions", label: "Decisions" },
  { href: "/actions", label: "Actions" },
  { href: "/forward-plan", label: "Forward plan" },
  { href: "/committees", label: "Committees" },
  { href: "/people", label: "People" },
  { href: "/funding", label: "Funding" },
  { href: "/strategies", label: "Strategies" },
  { href: "/outside-bodies", label: "Outside bodies" },
];

const within = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/** The section `pathname` is in, or null (the home page, search, about…). */
export function sectionOf(pathname: string): Section | null {
  const path = pathname.replace(/\/+$/, "") || "/";
  return SECTIONS.find((s) => within(path, s.href) || (s.also ?? []).some((p) => within(path, p))) ?? null;
}

/**
 * The aria-current value of a menu link: "page" on the section's own index, "true" anywhere
 * else inside the section (a meeting page is in Meetings but is not the Meetings page).
 */
export function currentMarker(section: Section, pathname: string): "page" | "true" | undefined {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === section.href) return "page";
  return sectionOf(path) === section ? "true" : undefined;
}
