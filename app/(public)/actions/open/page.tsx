import type { Metadata } from "next";
import { ActionsIndex, actionsListPath, actionsPageTitle } from "@/components/actions/actions-index";
import { listActionsPage } from "@/lib/queries/actions";

const title = actionsPageTitle("open");
const description = "Actions from committee minutes that the latest action log does not mark complete.";
const path = actionsListPath("open");

export const metadata: Metadata = {
  title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" },
};

export default async function OpenActionsPage() {
  return <ActionsIndex data={await listActionsPage("open", 1, "")} filter="open" page={1} />;
}
