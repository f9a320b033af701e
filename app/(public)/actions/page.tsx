import type { Metadata } from "next";
import { ActionsIndex, actionsListPath, actionsPageTitle } from "@/components/actions/actions-index";
import { listActionsPage } from "@/lib/queries/actions";

const title = actionsPageTitle("all");
const description = "Every action recorded in committee minutes, who is responsible, where it came from and its latest status in the action log.";
const path = actionsListPath("all");

export const metadata: Metadata = {
  title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" },
};

export default async function ActionsPage() {
  return <ActionsIndex data={await listActionsPage("all", 1, "")} filter="all" page={1} />;
}
