import Link from "next/link";
import { siteConfig } from "@/lib/site-config";

const NAV = [
  { href: "/", label: "Meetings" },
];

export function SiteHeader() {
  return (
    <header role="banner" className="bg-brand-dark text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline visited:text-white hover:underline">
          {siteConfig.name}
          <span className="block text-sm font-normal">{siteConfig.councilName}</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {NAV.map((n) => (
              <li key={n.href}>
                <Link href={n.href} className="text-white visited:text-white">{n.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
