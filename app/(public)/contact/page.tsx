import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Prose } from "@/components/static/prose";
import { PhoneLink } from "@/components/ui/phone-link";
import { formatDate } from "@/lib/format";
import { listCommitteeClerks } from "@/lib/queries/site-info";
import { siteConfig } from "@/lib/site-config";

const title = "Contact";
const description = `Who to contact about a ${siteConfig.councilName} committee meeting, and how to report a mistake on ${siteConfig.name}.`;

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/contact" }, openGraph: { title, description, url: "/contact", type: "website" },
};

export default async function ContactPage() {
  const clerks = await listCommitteeClerks();
  return (
    <>
      <Breadcrumbs trail={[]} current="Contact" />
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{title}</h1>
      <Prose>
        <h2>Questions about a meeting</h2>
        <p>
          Each committee has a democratic services officer who arranges its meetings and publishes its papers. Ask them
          about attending or speaking at a meeting, papers, petitions and public questions.
        </p>
        {clerks.length > 0 ? (
          <ul className="list-none! pl-0! space-y-4">
            {clerks.map((c) => (
              <li key={c.committee.slug} className="border-l-4 border-brand pl-4">
                <h3 className="mt-0! text-lg font-bold"><Link prefetch={false} href={`/committees/${c.committee.slug}`}>{c.committee.name}</Link></h3>
                <p>{c.name}</p>
                {c.phone && <p>Telephone: <PhoneLink number={c.phone} /></p>}
                {c.email && <p>Email: <a href={`mailto:${c.email}`}>{c.email}</a></p>}
                <p className="text-sm text-muted">
                  As named on the agenda for the <Link prefetch={false} href={`/meetings/${c.namedFor.slug}`}>meeting on {formatDate(c.namedFor.date)}</Link>.
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>No agenda on this site names a democratic services officer yet.</p>
        )}
        <p>
          For anything else about the council, use <a href={siteConfig.councilWebsite}>{siteConfig.councilName}&rsquo;s website</a>.
        </p>

        <h2>Report a mistake on this site</h2>
        <p>
          The pages here are read from the council&rsquo;s published agenda packs, and a program can misread them. If a
          page differs from the council&rsquo;s papers, or a name, date, figure or decision looks wrong,{" "}
          {siteConfig.contactEmail ? (
            <>email <a href={`mailto:${siteConfig.contactEmail}`}>{siteConfig.contactEmail}</a></>
          ) : (
            <>email the committee&rsquo;s democratic services officer (above)</>
          )}{" "}
          and tell us:
        </p>
        <ul>
          <li>the address of the page (it starts {siteConfig.siteUrl.replace(/^https?:\/\//, "")})</li>
          <li>what the page says, and what you expected it to say</li>
          <li>where you saw the right version, if you did (for example, a page of the agenda pack)</li>
        </ul>
        <p>A clerk checks each report against the original papers and corrects the record; the page updates when they publish the correction.</p>

        <h2>Accessibility problems</h2>
        <p>
          If you cannot use part of this site, or need information in a different format, contact us in the same way. The{" "}
          <Link prefetch={false} href="/accessibility">accessibility statement</Link> says what we know does not work well yet.
        </p>
      </Prose>
    </>
  );
}
