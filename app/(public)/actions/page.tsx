import type { Metadata } from "next";
import { ActionsIndex, actionsPageTitle } from "@/components/actions/actions-index";
import { listPublishedActions } from "@/lib/queries/actions";

const title = actionsPageTitle("all");
const description = "Every action recorded in committee minutes, who is responsible, where it came from and its latest status in the action log.";

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/actions" }, openGraph: { title, description, url: "/actions", type: "website" },
};

export default async function ActionsPage() {
  return <ActionsIndex all={await listPublishedActions()} filter="all" />;
}
