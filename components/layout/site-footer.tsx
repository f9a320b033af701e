import Link from "next/link";
import { siteConfig } from "@/lib/site-config";

const LINKS = [
  { href: "/about", label: "About this site" },
  { href: "/contact", label: "Contact" },
  { href: "/accessibility", label: "Accessibility statement" },
  { href: "/developers", label: "Developers and open data" },
  { href: "/calendar", label: "Meetings calendar" },
];

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-panel">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8 text-sm text-muted">
        <nav aria-label="Site information">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {LINKS.map((l) => (
              <li key={l.href}><Link prefetch={false} href={l.href}>{l.label}</Link></li>
            ))}
          </ul>
        </nav>
        <p>
          {siteConfig.name} publishes the committee papers of {siteConfig.councilName} as web pages and open data.
          The council&rsquo;s own website is <a href={siteConfig.councilWebsite}>{hostOf(siteConfig.councilWebsite)}</a>.
        </p>
        <p>
          Contains public sector information licensed under the{" "}
          <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>.
        </p>
      </div>
    </footer>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}
