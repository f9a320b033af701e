"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { currentMarker, SECTIONS } from "@/lib/navigation/sections";

const linkBase = "block text-white visited:text-white no-underline hover:underline";
/** The current section: a thick light bar under it (or beside it in the phone menu), and bold. */
const currentStyle = "font-bold underline decoration-4 underline-offset-8 decoration-white";

/**
 * The site menu. A client leaf only to read the address (rendered into the static HTML, so the
 * current section is marked without JavaScript). On a phone the links fold into a <details>
 * disclosure, which opens and closes without JavaScript; with it, the menu closes after a move.
 */
export function MainNav() {
  const pathname = usePathname() ?? "/";
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  const links = (variant: "phone" | "wide") =>
    SECTIONS.map((s) => {
      const current = currentMarker(s, pathname);
      return (
        <li key={s.href}>
          {/* Site-wide, links do not prefetch: pages are static and fast, and prefetching every visible link costs mobile readers data and main-thread time. */}
          <Link
            href={s.href}
            prefetch={false}
            aria-current={current}
            className={`${linkBase} ${variant === "phone" ? "py-2.5" : "py-1"} ${current ? currentStyle : ""}`}
          >
            {s.label}
          </Link>
        </li>
      );
    });
  return (
    <nav aria-label="Main" className="[grid-area:nav]">
      <details ref={menu} className="group md:hidden">
        <summary className="flex cursor-pointer list-none items-center gap-2 border-2 border-white px-3 py-1.5 font-bold text-white [&::-webkit-details-marker]:hidden">
          Menu <span aria-hidden="true" className="inline-block text-xs group-open:rotate-180">▼</span>
        </summary>
        <ul className="absolute inset-x-0 top-full z-40 grid grid-cols-2 gap-x-4 border-t border-white/30 bg-brand-dark px-4 pb-4 pt-2 shadow-lg">
          {links("phone")}
        </ul>
      </details>
      <ul className="hidden flex-wrap gap-x-5 gap-y-1 border-t border-white/30 pt-2 md:flex">{links("wide")}</ul>
    </nav>
  );
}
