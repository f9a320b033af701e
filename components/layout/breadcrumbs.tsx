import Link from "next/link";

export interface Crumb { href: string; label: string }

/** Breadcrumb trail; the current page is the last, unlinked entry. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-6 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((c) => (
          <li key={c.href} className="after:ml-2 after:text-muted after:content-['›']">
            <Link prefetch={false} href={c.href}>{c.label}</Link>
          </li>
        ))}
        <li aria-current="page" className="text-muted">{current}</li>
      </ol>
    </nav>
  );
}
