import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { filterActions, type ActionFilter, type ActionListEntry } from "@/lib/queries/actions";
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

export function actionsPageTitle(filter: ActionFilter): string {
  return HEADINGS[filter];
}

/** The actions list page for one filter: heading, filter links and the grouped list. */
export function ActionsIndex({ all, filter }: { all: ActionListEntry[]; filter: ActionFilter }) {
  const counts: Record<ActionFilter, number> = {
    all: all.length, open: filterActions(all, "open").length, completed: filterActions(all, "completed").length,
  };
  const shown = filterActions(all, filter);
  return (
    <>
      <Breadcrumbs
        trail={filter === "all" ? [] : [{ href: "/actions", label: "Actions" }]}
        current={filter === "all" ? "Actions" : filter === "open" ? "Open" : "Completed"}
      />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{HEADINGS[filter]}</h1>
      <p className="mb-6 max-w-3xl text-lg">
        When a committee asks officers to do something, the minutes record an action. The action log in each later
        agenda pack reports progress. The status shown is the latest one the logs print; an action no log has reported
        on yet says so.
      </p>
      <ActionFilterLinks current={filter} counts={counts} />
      <ActionList actions={shown} emptyText={EMPTY[filter]} />
    </>
  );
}
