import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ContactDetails } from "@/components/outside-bodies/contact-details";
import { RepresentativeTable } from "@/components/outside-bodies/representative-list";
import { JsonLd } from "@/components/ui/json-ld";
import { formatDate, fitTitle } from "@/lib/format";
import { getOutsideBodyBySlug, listOutsideBodySlugs } from "@/lib/queries/outside-bodies";
import { siteConfig } from "@/lib/site-config";
import { outsideBodyJsonLd } from "@/lib/structured-data/organisation";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listOutsideBodySlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const body = await getOutsideBodyBySlug((await params).slug);
  if (!body) return { title: "Outside body not found" };
  const title = fitTitle(body.name);
  const description = body.description ?? `Councillors ${siteConfig.councilName} appoints to ${body.name}, and how to contact it.`;
  const path = `/outside-bodies/${body.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" } };
}

export default async function OutsideBodyPage({ params }: Props) {
  const body = await getOutsideBodyBySlug((await params).slug);
  if (!body) notFound();
  const url = `${siteConfig.siteUrl}/outside-bodies/${body.slug}`;
  return (
    <article>
      <JsonLd data={outsideBodyJsonLd(body, url)} />
      <Breadcrumbs trail={[{ href: "/outside-bodies", label: "Outside bodies" }]} current={body.name} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{body.name}</h1>
      {body.description ? <p className="mb-6 max-w-3xl text-lg">{body.description}</p> : <p className="mb-6">No description is given.</p>}

      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 border-y border-rule py-4 sm:grid-cols-[14rem_1fr]">
        <dt className="font-bold">Meetings a year</dt>
        <dd>{body.meetingsPerAnnum ?? "Not given"}</dd>
        <dt className="font-bold">Places for councillors</dt>
        <dd>{body.repsAppointed ?? "Not given"}</dd>
        <dt className="font-bold">Appointed by</dt>
        <dd>
          {body.appointingCommittee
            ? <Link prefetch={false} href={`/committees/${body.appointingCommittee.slug}`}>{body.appointingCommittee.name}</Link>
            : "Not given"}
        </dd>
        {body.source && (
          <>
            <dt className="font-bold">Source</dt>
            <dd>
              {body.source.meeting ? (
                <>Appointments list in the agenda pack for the{" "}
                  <Link prefetch={false} href={`/meetings/${body.source.meeting.slug}`}>meeting on {formatDate(body.source.meeting.date)}</Link>
                </>
              ) : (
                <>An agenda pack of the council</>
              )}
            </dd>
          </>
        )}
      </dl>

      {body.flags.length > 0 && (
        <div className="mt-6 border-l-4 border-warning bg-panel p-4">
          <h2 className="mb-2 text-lg font-bold">About this record</h2>
          {body.flags.map((f) => <p key={f}>{f}</p>)}
        </div>
      )}

      <section aria-labelledby="representatives-heading" className="mt-10">
        <h2 id="representatives-heading" className="mb-4 text-2xl font-bold">Representatives</h2>
        {body.listedAt && (
          <p className="mb-4">
            As listed in the agenda pack for the{" "}
            <Link prefetch={false} href={`/meetings/${body.listedAt.slug}`}>meeting on {formatDate(body.listedAt.date)}</Link>.
          </p>
        )}
        <RepresentativeTable representatives={body.representatives} caption={`Councillors appointed to ${body.name}`} />
        {body.earlierListings.map((l, i) => (
          <section key={l.listedAt?.slug ?? i} aria-labelledby={`earlier-${i}`} className="mt-6">
            <h3 id={`earlier-${i}`} className="mb-2 text-lg font-bold">
              Earlier list{l.listedAt ? <>, for the meeting on {formatDate(l.listedAt.date)}</> : null}
            </h3>
            <RepresentativeTable representatives={l.representatives} caption={`Councillors appointed to ${body.name}${l.listedAt ? `, as listed on ${formatDate(l.listedAt.date)}` : ", earlier list"}`} />
          </section>
        ))}
      </section>

      <section aria-labelledby="contact-heading" className="mt-10">
        <h2 id="contact-heading" className="mb-4 text-2xl font-bold">Contact</h2>
        <ContactDetails text={body.contact} />
      </section>
    </article>
  );
}
