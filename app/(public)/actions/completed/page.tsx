import type { Metadata } from "next";
import { ActionsIndex, actionsPageTitle } from "@/components/actions/actions-index";
import { listPublishedActions } from "@/lib/queries/actions";

const title = actionsPageTitle("completed");
const description = "Actions from committee minutes that an action log has marked complete.";

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/actions/completed" }, openGraph: { title, description, url: "/actions/completed", type: "website" },
};

export default async function CompletedActionsPage() {
  return <ActionsIndex all={await listPublishedActions()} filter="completed" />;
}
