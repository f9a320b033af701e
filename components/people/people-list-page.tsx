import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PeopleIndex } from "@/components/people/people-index";
import { Pagination } from "@/components/ui/pagination";
import { LIST_META } from "@/lib/pagination/list-meta";
import { pagePath, pageSlice, paginate } from "@/lib/pagination/page-model";
import type { PersonListEntry } from "@/lib/queries/people";

/**
 * One page of everyone the packs name: councillors first, then officers, each A to Z by surname.
 * The list is paged after sorting by surname (which SQL cannot do from a full name): it is one
 * cached query of a few hundred short rows, bounded by the council's people, not by its archive.
 */
export function PeopleListPage({ people, page }: { people: PersonListEntry[]; page: number }) {
  const { listPath } = LIST_META.people;
  const ordered = [...people.filter((p) => p.isCouncillor), ...people.filter((p) => !p.isCouncillor)];
  const councillorTotal = ordered.filter((p) => p.isCouncillor).length;
  const pagination = paginate(page, ordered.length, (p) => pagePath(listPath, p));
  const { limit, offset } = pageSlice(page);
  const shown = ordered.slice(offset, offset + limit);
  const councillors = shown.filter((p) => p.isCouncillor);
  const officers = shown.filter((p) => !p.isCouncillor);
  return (
    <>
      <Breadcrumbs trail={page > 1 ? [{ href: listPath, label: "People" }] : []} current={page > 1 ? `Page ${page}` : "People"} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">People</h1>
      <p className="mb-6 max-w-3xl text-lg">
        Everyone the agenda packs name as a committee member, a report author or contact, or the person responsible for an
        action: {councillorTotal} councillors, then {ordered.length - councillorTotal} officers and other contacts, each in
        alphabetical order of surname. Packs spell some names differently; each person&rsquo;s page lists the spellings found.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: people {pagination.from} to {pagination.to}.</p>
      )}
      {councillors.length > 0 && officers.length > 0 && (
        <nav aria-label="On this page" className="mb-8">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li><a href="#councillors">Councillors ({councillors.length})</a></li>
            <li><a href="#officers">Officers and other contacts ({officers.length})</a></li>
          </ul>
        </nav>
      )}
      {councillors.length > 0 && (
        <section id="councillors" aria-labelledby="councillors-heading" className="scroll-mt-4">
          <h2 id="councillors-heading" className="mb-4 text-2xl font-bold">Councillors</h2>
          <PeopleIndex people={councillors} idPrefix="councillors" honorific="Councillor" />
        </section>
      )}
      {officers.length > 0 && (
        <section id="officers" aria-labelledby="officers-heading" className="mt-12 scroll-mt-4">
          <h2 id="officers-heading" className="mb-4 text-2xl font-bold">Officers and other contacts</h2>
          <PeopleIndex people={officers} idPrefix="officers" />
        </section>
      )}
      <Pagination pagination={pagination} itemLabel="people" />
    </>
  );
}
