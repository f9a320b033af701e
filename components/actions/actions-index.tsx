import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import type { ActionFilter, ActionsPage } from "@/lib/queries/actions";
import { ActionFilterLinks } from "./action-filter";
import { ActionList } from "./action-list";

const HEADINGS: Record<ActionFilter, string> = {
  all: "Actions from committee minutes",
  open: "Open actions from committee minutes",
  completed: "Completed actions from committee minutes",
};

const EMPTY: Record<ActionFilter, string> = {
  all: "No actions have been published yet.",
  open: "No open actions: every published action is marked complete.",
  completed: "No action has been marked complete yet.",
};

const PATHS: Record<ActionFilter, string> = { all: "/actions", open: "/actions/open", completed: "/actions/completed" };

export function actionsPageTitle(filter: ActionFilter): string {
  return HEADINGS[filter];
}

export function actionsListPath(filter: ActionFilter): string {
  return PATHS[filter];
}

/** One page of the actions list for one filter: heading, filter links, the grouped page and the pagination bar. */
export function ActionsIndex({ data, filter, page }: { data: ActionsPage; filter: ActionFilter; page: number }) {
  const pagination = paginate(page, data.total, (p) => pagePath(PATHS[filter], p));
  const label = filter === "all" ? "Actions" : filter === "open" ? "Open" : "Completed";
  const trail = [
    ...(filter === "all" ? [] : [{ href: "/actions", label: "Actions" }]),
    ...(page > 1 ? [{ href: PATHS[filter], label }] : []),
  ];
  return (
    <>
      <Breadcrumbs trail={trail} current={page > 1 ? `Page ${page}` : label} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{HEADINGS[filter]}</h1>
      <p className="mb-6 max-w-3xl text-lg">
        When a committee asks officers to do something, the minutes record an action. The action log in each later
        agenda pack reports progress. The status shown is the latest one the logs print; an action no log has reported
        on yet says so.
      </p>
      <ActionFilterLinks current={filter} counts={data.counts} />
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: actions {pagination.from} to {pagination.to} of {pagination.total}.</p>
      )}
      <ActionList actions={data.actions} emptyText={EMPTY[filter]} />
      <Pagination pagination={pagination} itemLabel="actions" />
    </>
  );
}
