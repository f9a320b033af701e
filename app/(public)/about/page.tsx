import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Prose } from "@/components/static/prose";
import { formatDate } from "@/lib/format";
import { getSiteCurrency } from "@/lib/queries/site-info";
import { siteConfig } from "@/lib/site-config";

const title = "About this site";
const description = `What ${siteConfig.name} is, where its information about ${siteConfig.councilName} committees comes from, how current it is and how you may re-use it.`;

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/about" }, openGraph: { title, description, url: "/about", type: "website" },
};

export default async function AboutPage() {
  const { newestPapers, lastImported } = await getSiteCurrency();
  return (
    <>
      <Breadcrumbs trail={[]} current="About" />
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{title}</h1>
      <Prose>
        <p className="text-lg">
          {siteConfig.name} sets out the committee papers of {siteConfig.councilName} (agendas, officer reports, minutes,
          decisions, action logs, forward plans and finance tables) as web pages you can read on any device, search, link
          to and re-use.
        </p>

        <h2>Where the information comes from</h2>
        <p>
          Everything here is read from the agenda packs the council publishes on{" "}
          <a href={siteConfig.councilWebsite}>its own website</a>. A program reads each pack into its parts (the front
          sheet, each report, the minutes and their resolutions, tables of figures) and a council clerk checks the
          result before it is published. Where the program could not be sure of something, the page says so.
        </p>
        <p>
          The council&rsquo;s published papers remain the official record. If a page here differs from them, the
          council&rsquo;s papers are right: please <Link prefetch={false} href="/contact">tell us</Link> so we can correct it.
        </p>

        <h2>How current it is</h2>
        {newestPapers ? (
          <p>
            Papers up to the{" "}
            <Link prefetch={false} href={`/meetings/${newestPapers.slug}`}>{newestPapers.committee} meeting on {formatDate(newestPapers.date)}</Link>.
            {lastImported && <> The last agenda pack was added on {formatDate(lastImported.slice(0, 10))}.</>}{" "}
            Pages are updated as soon as a clerk publishes a change.
          </p>
        ) : (
          <p>No agenda packs have been published here yet.</p>
        )}
        <p>
          The <Link prefetch={false} href="/meetings">meetings list</Link> shows every meeting on the site, and the{" "}
          <Link prefetch={false} href="/forward-plan">forward plan</Link> what the committees expect to discuss next.
        </p>

        <h2>Re-using the information</h2>
        <p>
          Contains public sector information licensed under the{" "}
          <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>.
          You may copy, publish and adapt it, commercially or not, as long as you acknowledge the source: &ldquo;Source:{" "}
          {siteConfig.councilName}, via {siteConfig.name}&rdquo;.
        </p>
        <p>
          The same records are available as open data for developers and researchers: see{" "}
          <Link prefetch={false} href="/developers">developers and open data</Link>. Meeting dates can be added to your
          own calendar from the <Link prefetch={false} href="/calendar">meetings calendar</Link>.
        </p>

        <h2>Accessibility and contact</h2>
        <p>
          Read how accessible this site is in the <Link prefetch={false} href="/accessibility">accessibility statement</Link>.
          To ask about a meeting or report a mistake, see <Link prefetch={false} href="/contact">contact</Link>.
        </p>
      </Prose>
    </>
  );
}
