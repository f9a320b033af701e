import Link from "next/link";
import { siteConfig } from "@/lib/site-config";

const NAV = [
  { href: "/", label: "Meetings" },
  { href: "/committees", label: "Committees" },
  { href: "/decisions", label: "Decisions" },
  { href: "/actions", label: "Actions" },
  { href: "/forward-plan", label: "Forward plan" },
  { href: "/strategies", label: "Strategies" },
  { href: "/funding", label: "Funding" },
  { href: "/people", label: "People" },
  { href: "/outside-bodies", label: "Outside bodies" },
];

export function SiteHeader() {
  return (
    <header className="bg-brand-dark text-white">
      <div className="mx-auto max-w-5xl px-4 py-3">
        <Link prefetch={false} href="/" className="inline-block text-xl font-bold text-white no-underline visited:text-white hover:underline">
          {siteConfig.name}
          <span className="block text-sm font-normal">{siteConfig.councilName}</span>
        </Link>
        <nav aria-label="Main" className="mt-3 border-t border-white/30 pt-2">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {NAV.map((n) => (
              <li key={n.href}>
                {/* Site-wide, links do not prefetch: pages are static and fast, and prefetching every visible link costs mobile readers data and main-thread time. */}
                <Link href={n.href} prefetch={false} className="text-white visited:text-white">{n.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
