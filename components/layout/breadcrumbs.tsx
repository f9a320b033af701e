import Link from "next/link";

export interface Crumb { href: string; label: string }

const HOME: Crumb = { href: "/", label: "Home" };

/**
 * Breadcrumb trail. One scheme everywhere: it starts at Home, then the section and any parent
 * records (`trail`), and ends with the current page, unlinked. A trail that names the home
 * page itself (under any label) is not doubled.
 */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const crumbs = [HOME, ...trail.filter((c) => c.href !== "/")];
  return (
    <nav aria-label="Breadcrumb" className="mb-6 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((c) => (
          <li key={c.href} className="after:ml-2 after:text-muted after:content-['›']">
            <Link prefetch={false} href={c.href}>{c.label}</Link>
          </li>
        ))}
        <li aria-current="page" className="text-muted">{current}</li>
      </ol>
    </nav>
  );
}
