import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Prose } from "@/components/static/prose";
import { formatDate } from "@/lib/format";
import { siteConfig } from "@/lib/site-config";

const title = "Accessibility statement";
const description = `How accessible ${siteConfig.name} is, what does not work well yet, how to report a problem and how the regulations are enforced.`;

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/accessibility" }, openGraph: { title, description, url: "/accessibility", type: "website" },
};

/** When this statement was written and the site last tested: update both after each review. */
const PREPARED = "2026-12-02";
const LAST_TESTED = "2026-12-02";

/** In the form of the GOV.UK model accessibility statement (a legal requirement for UK public sector websites). */
export default function AccessibilityPage() {
  const site = siteConfig.siteUrl.replace(/^https?:\/\//, "");
  return (
    <>
      <Breadcrumbs trail={[]} current="Accessibility statement" />
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Accessibility statement for {siteConfig.name}</h1>
      <Prose>
        <p>
          This accessibility statement applies to {site}, the committee papers of {siteConfig.councilName}. It does not
          cover the council&rsquo;s own website, <a href={siteConfig.councilWebsite}>{siteConfig.councilWebsite.replace(/^https?:\/\//, "")}</a>,
          which has its own statement.
        </p>
        <p>We want as many people as possible to be able to use this website. For example, that means you should be able to:</p>
        <ul>
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate most of the website using just a keyboard or speech recognition software</li>
          <li>listen to most of the website using a screen reader</li>
          <li>use the website without JavaScript: every page, the menu and search work without it</li>
        </ul>
        <p>We&rsquo;ve also made the text as simple as we can, though committee papers are the council&rsquo;s own words.</p>
        <p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device easier to use if you have a disability.</p>

        <h2>How accessible this website is</h2>
        <p>We know some parts of this website are not fully accessible:</p>
        <ul>
          <li>the original agenda packs are offered as downloads exactly as the council published them, and their layout is not structured for screen readers</li>
          <li>reports, minutes and tables are read from the packs by a program, so a heading, list or table may occasionally come out in the wrong structure or reading order</li>
          <li>some tables from finance reports are wide: on a small screen they scroll sideways</li>
        </ul>

        <h2>Feedback and contact information</h2>
        <p>
          If you need information on this website in a different format, like large print, easy read, audio recording or
          braille, see <Link prefetch={false} href="/contact">contact</Link>. We&rsquo;ll consider your request and get
          back to you as soon as we can.
        </p>

        <h2>Reporting accessibility problems with this website</h2>
        <p>
          We&rsquo;re always looking to improve the accessibility of this website. If you find any problems not listed on
          this page or think we&rsquo;re not meeting accessibility requirements,{" "}
          {siteConfig.contactEmail ? (
            <>email <a href={`mailto:${siteConfig.contactEmail}`}>{siteConfig.contactEmail}</a></>
          ) : (
            <>contact us as the <Link prefetch={false} href="/contact">contact page</Link> says</>
          )}.
        </p>

        <h2>Enforcement procedure</h2>
        <p>
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
          and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the &lsquo;accessibility regulations&rsquo;).
          If you&rsquo;re not happy with how we respond to your complaint, contact the{" "}
          <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
        </p>
        <p>
          If you are in Northern Ireland and are not happy with how we respond to your complaint, you can contact the{" "}
          <a href="https://www.equalityni.org/Home">Equality Commission for Northern Ireland</a>, who are responsible for
          enforcing the accessibility regulations in Northern Ireland.
        </p>

        <h2>Technical information about this website&rsquo;s accessibility</h2>
        <p>
          {siteConfig.councilName} is committed to making its website accessible, in accordance with the Public Sector
          Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>

        <h3>Compliance status</h3>
        <p>
          This website is partially compliant with the{" "}
          <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard, due to
          the non-compliances listed below.
        </p>

        <h2>Non-accessible content</h2>
        <p>The content listed below is non-accessible for the following reasons.</p>

        <h3>Non-compliance with the accessibility regulations</h3>
        <ul>
          <li>
            Text read from the agenda packs by a program may have headings, lists or table headers in the wrong place, so
            its structure is not always conveyed to assistive technology. This fails WCAG 2.2 success criteria 1.3.1
            (Info and Relationships) and 1.3.2 (Meaningful Sequence). Clerks check each pack before publishing and correct
            what they find.
          </li>
          <li>
            The downloadable agenda packs keep the council&rsquo;s original layout: tables are tab-separated text rather
            than marked-up tables. This fails WCAG 2.2 success criterion 1.3.1 (Info and Relationships). The same content
            is on this site as web pages, with real tables.
          </li>
        </ul>

        <h3>Content that&rsquo;s not within the scope of the accessibility regulations</h3>
        <p>
          The regulations do not require us to fix PDFs or other documents published before 23 September 2018 if
          they&rsquo;re not essential to providing our services. Original agenda packs of meetings before that date are
          offered as they were published; their contents are on this site as web pages.
        </p>

        <h2>What we&rsquo;re doing to improve accessibility</h2>
        <p>
          Every change to this website is tested automatically before it is released (see below), and we correct the
          structure of imported papers as clerks and readers report problems.
        </p>

        <h2>Preparation of this accessibility statement</h2>
        <p>
          This statement was prepared on {formatDate(PREPARED, { weekday: false })}. It was last reviewed on{" "}
          {formatDate(PREPARED, { weekday: false })}.
        </p>
        <p>
          This website was last tested on {formatDate(LAST_TESTED, { weekday: false })} against the WCAG 2.2 AA standard.
          The test was carried out by the site&rsquo;s developers. We tested every type of page (home, meetings, meeting,
          report, decisions, actions, committees, people, funding, search and these information pages) at phone (375
          pixels) and desktop (1280 pixels) widths: automatically with the axe accessibility engine and an HTML validator,
          with no errors found, and by hand with a keyboard and with JavaScript switched off. We have not yet had an
          independent audit or tested with disabled users.
        </p>
      </Prose>
    </>
  );
}
