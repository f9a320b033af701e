import type { Metadata } from "next";
import { ActionsIndex, actionsPageTitle } from "@/components/actions/actions-index";
import { listPublishedActions } from "@/lib/queries/actions";

const title = actionsPageTitle("open");
const description = "Actions from committee minutes that the latest action log does not mark complete.";

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/actions/open" }, openGraph: { title, description, url: "/actions/open", type: "website" },
};

export default async function OpenActionsPage() {
  return <ActionsIndex all={await listPublishedActions()} filter="open" />;
}
