import type { Metadata } from "next";
import { ActionsIndex, actionsListPath, actionsPageTitle } from "@/components/actions/actions-index";
import { listActionsPage } from "@/lib/queries/actions";

const title = actionsPageTitle("completed");
const description = "Actions from committee minutes that an action log has marked complete.";
const path = actionsListPath("completed");

export const metadata: Metadata = {
  title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" },
};

export default async function CompletedActionsPage() {
  return <ActionsIndex data={await listActionsPage("completed", 1, "")} filter="completed" page={1} />;
}
