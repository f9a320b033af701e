import { siteConfig } from "@/lib/site-config";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-panel">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm text-muted">
        <p>
          {siteConfig.name} publishes the committee papers of {siteConfig.councilName} as web pages and open data.
        </p>
        <p>
          Contains public sector information licensed under the{" "}
          <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>.
        </p>
      </div>
    </footer>
  );
}
