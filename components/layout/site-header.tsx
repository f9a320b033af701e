import Link from "next/link";
import { siteConfig } from "@/lib/site-config";
import { HeaderSearch } from "./header-search";
import { MainNav } from "./main-nav";

/**
 * On a phone: the site's name, then the search box and the Menu button on one row. Wider: the
 * name and the search box, then the menu as one row of links. The source order (name, search,
 * menu) is the reading order at every width.
 */
export function SiteHeader() {
  return (
    <header className="bg-brand-dark text-white">
      <div className="relative mx-auto grid max-w-5xl grid-cols-[1fr_auto] items-center gap-x-3 gap-y-3 px-4 py-3 [grid-template-areas:'brand_brand'_'search_nav'] md:grid-cols-[1fr_auto] md:[grid-template-areas:'brand_search'_'nav_nav']">
        <Link prefetch={false} href="/" className="inline-block justify-self-start text-xl font-bold text-white no-underline [grid-area:brand] visited:text-white hover:underline">
          {siteConfig.name}
          <span className="block text-sm font-normal">{siteConfig.councilName}</span>
        </Link>
        <HeaderSearch />
        <MainNav />
      </div>
    </header>
  );
}
