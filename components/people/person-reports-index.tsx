import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ReportList } from "@/components/people/report-list";
import { Pagination } from "@/components/ui/pagination";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import { listPath } from "@/lib/pagination/paged-lists";
import type { PersonReportsPage } from "@/lib/queries/people";

const ROLE = { officer: "Officer contact", member: "Member contact" } as const;

/** One page of the reports naming a person as their officer or member contact, newest meeting first. */
export function PersonReportsIndex({ person, data, page }: { person: { slug: string; name: string }; data: PersonReportsPage; page: number }) {
  const path = listPath("person-reports", person.slug);
  const pagination = paginate(page, data.total, (p) => pagePath(path, p));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/people", label: "People" }, { href: `/people/${person.slug}`, label: person.name },
          ...(page > 1 ? [{ href: path, label: "Reports" }] : []),
        ]}
        current={page > 1 ? `Page ${page}` : "Reports"}
      />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Reports naming {person.name} as a contact</h1>
      <p className="mb-6 max-w-3xl text-lg">
        {data.total === 1 ? "1 report" : `${data.total} reports`} whose front sheet names {person.name} as the officer or member
        to contact, newest meeting first.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: reports {pagination.from} to {pagination.to}.</p>
      )}
      <ReportList
        reports={data.rows}
        empty={`No report on this site names ${person.name} as a contact.`}
        note={(r) => [r.contactType ? ROLE[r.contactType] : null, r.post ? `as ${r.post}` : null].filter(Boolean).join(", ") || null}
      />
      <Pagination pagination={pagination} itemLabel="reports" />
    </>
  );
}
