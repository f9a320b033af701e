import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CodeSample } from "@/components/developers/code-sample";
import { EndpointList } from "@/components/developers/endpoint-list";
import { COLLECTIONS } from "@/lib/api/collections";
import { DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE } from "@/lib/api/schemas/common";
import { API_BASE } from "@/lib/api/urls";
import { siteConfig } from "@/lib/site-config";
import { OGL_URL } from "@/lib/structured-data/meeting-event";

const title = "Open data and API";
const description = `Every published committee record of ${siteConfig.councilName} as JSON, CSV and standard formats: a free, read-only API with no key, described by an OpenAPI document.`;

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/developers" }, openGraph: { title, description, url: "/developers", type: "website" },
};

export default function DevelopersPage() {
  const api = `${siteConfig.siteUrl}${API_BASE}`;
  const collections = COLLECTIONS.map(({ path, description, record, csv }) => ({ path, description, record, csv }));
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Open data and API" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Open data and API</h1>
      <div className="max-w-3xl space-y-4">
        <p className="text-lg">
          Everything this site publishes is also open data: committees, meetings and their agendas, officer reports,
          decisions and their votes, actions, people, memberships, outside bodies, budget figures, funding, forward plans
          and strategies. Use it from a program, a spreadsheet or another site: there is no key to ask for, and only
          published records are ever included.
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li><a href={`${API_BASE}/openapi.json`}>The OpenAPI 3.1 document</a> describes every address, parameter and field.</li>
          <li>Spreadsheets: the <a href="#spreadsheets">CSV downloads</a>.</li>
          <li>Standard formats: <a href="#standards">Popolo, Open Civic Data and the agenda-pack JSON</a>.</li>
        </ul>

        <h2 id="licence" className="pt-4 text-2xl font-bold">Licence</h2>
        <p>
          The data is public sector information from {siteConfig.councilName}&rsquo;s committee papers, licensed under the{" "}
          <a href={OGL_URL}>Open Government Licence v3.0</a>. You may copy, publish and adapt it, commercially or not, if you
          acknowledge the source with this statement: &ldquo;{siteConfig.dataAttribution}&rdquo;
        </p>

        <h2 id="start" className="pt-4 text-2xl font-bold">Quick start</h2>
        <p>All addresses start with <code>{api}</code> and answer <code>GET</code> with JSON. A list of meetings, ten at a time:</p>
        <CodeSample label="Example: list meetings">{`curl '${api}/meetings?per_page=10'`}</CodeSample>
        <p>A list answers with one page of records, its size and links to the pages around it:</p>
        <CodeSample label="Example: the shape of a list">{`{
  "data": [
    { "id": 1,
      "slug": "2018-05-31-communities-and-partnership-committee",
      "url": "${siteConfig.siteUrl}/meetings/2018-05-31-…",
      … }
  ],
  "meta": { "page": 1, "perPage": 10,
            "total": 3, "totalPages": 1 },
  "links": { "self": "…?per_page=10&page=1",
             "first": "…", "last": "…",
             "next": null, "prev": null }
}`}</CodeSample>
        <p>
          One record by its numeric id; a meeting&rsquo;s record adds its agenda, with links to its reports:
        </p>
        <CodeSample label="Example: one meeting">{`curl '${api}/meetings/1'`}</CodeSample>
        <p>
          Every record has a numeric <code>id</code> that never changes, and, where it has a page here, a <code>slug</code>{" "}
          and the page&rsquo;s <code>url</code>. Records refer to each other the same way: a resolution&rsquo;s{" "}
          <code>meeting</code> and <code>report</code> carry their ids, slugs and urls.
        </p>

      </div>
      <section aria-labelledby="addresses" className="mt-4">
        <h2 id="addresses" className="mb-4 pt-4 text-2xl font-bold">Addresses</h2>
        <EndpointList collections={collections} />
      </section>
      <div className="max-w-3xl space-y-4">
        <h2 id="paging" className="pt-8 text-2xl font-bold">Pages, limits and caching</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <code>?page=</code> counts from 1 (at most {MAX_PAGE.toLocaleString("en-GB")}); <code>?per_page=</code> is
            from 1 to {MAX_PER_PAGE} records, {DEFAULT_PER_PAGE} if you leave it out. Records come in id order, so pages
            stay stable while new records are added at the end. Follow <code>links.next</code> (also sent as a{" "}
            <code>Link</code> header) until it is <code>null</code>.
          </li>
          <li>For a whole collection at once, use its CSV download, or a large <code>per_page</code>.</li>
          <li>
            Each answer carries an <code>ETag</code> and a <code>Last-Modified</code> date. Send them back as{" "}
            <code>If-None-Match</code> or <code>If-Modified-Since</code> and, if nothing has changed, you get an empty{" "}
            <code>304 Not Modified</code>. Answers may be cached for 60 seconds.
          </li>
          <li>
            There is no key and the site sets no request quota of its own; please keep to a few requests a second, use
            conditional requests to check for changes, and the CSV downloads for bulk copies.
          </li>
          <li>
            Any site may call the API from a browser: answers carry <code>Access-Control-Allow-Origin: *</code>.
          </li>
        </ul>
        <CodeSample label="Example: a conditional request">{`curl -i '${api}/committees' \\
  -H 'If-None-Match: "<the ETag you were sent>"'
HTTP/1.1 304 Not Modified`}</CodeSample>

        <h2 id="errors" className="pt-4 text-2xl font-bold">Errors</h2>
        <p>
          A bad parameter gets a <code>400</code>, an unknown id or a page past the last a <code>404</code>, each as{" "}
          <code>application/problem+json</code> saying what to change:
        </p>
        <CodeSample label="Example: an error">{`curl '${api}/meetings?per_page=1000'
{ "type": "about:blank",
  "title": "Bad request",
  "status": 400,
  "detail": "per_page must be a whole number from 1 to ${MAX_PER_PAGE}",
  "errors": [
    { "parameter": "per_page",
      "message": "must be a whole number from 1 to ${MAX_PER_PAGE}" }
  ] }`}</CodeSample>

        <h2 id="spreadsheets" className="pt-4 text-2xl font-bold">Spreadsheets (CSV)</h2>
        <p>
          Resolutions, actions, budget figures, funding facts and appointments to outside bodies can be downloaded whole as
          CSV (UTF-8, a header row, one record a row), from the links in the list above:
        </p>
        <CodeSample label="Example: download resolutions as CSV">{`curl -O '${api}/resolutions.csv'`}</CodeSample>
        <p>
          Spreadsheet programs run a cell that starts with <code>=</code>, <code>+</code>, <code>-</code> or <code>@</code>{" "}
          as a formula. So that no text from the papers can do that, a text cell starting with one of those characters
          begins with an apostrophe (<code>&apos;-£300k</code>); figures stay numbers, negative ones included. Remove the
          apostrophe if you read the files with a program rather than a spreadsheet.
        </p>

        <h2 id="standards" className="pt-4 text-2xl font-bold">Standard formats</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <a href={`${API_BASE}/popolo.json`}>Popolo</a>: people, the council, its committees and the outside bodies
            (organizations), committee chairs and vice-chairs (posts), and memberships and appointments, in the{" "}
            <a href="https://www.popoloproject.com/specs/">Popolo</a> shape civic tools share. Ids are the records&rsquo; page
            addresses here.
          </li>
          <li>
            <a href={`${API_BASE}/ocd/events`}>Open Civic Data events</a>: meetings as{" "}
            <a href="https://open-civic-data.readthedocs.io/en/latest/proposals/0004.html">OCD events</a>, with the
            committee as host, the agenda and its reports.
          </li>
          <li>
            Agenda-pack JSON: each meeting with an agenda pack, at <code>{API_BASE}/meetings/{"{id}"}/agenda-pack</code>, in
            the same JSON contract the importer produces from a pack (its JSON Schema is{" "}
            <code>lib/import/agenda-pack.schema.json</code> in the source), with clerks&rsquo; corrections and without anything
            still in draft.
          </li>
          <li>
            Each record&rsquo;s page also carries schema.org JSON-LD, with the same names, dates and addresses as the API.
          </li>
        </ul>
      </div>
    </>
  );
}
