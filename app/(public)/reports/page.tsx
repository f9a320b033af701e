import type { Metadata } from "next";
import { ReportsIndex } from "@/components/reports/reports-index";
import { listReportsPage } from "@/lib/queries/reports";

const description = "Every officer report to the council's committees, newest meeting first.";

export const metadata: Metadata = {
  title: "Reports", description, alternates: { canonical: "/reports" }, openGraph: { title: "Reports", description, url: "/reports" },
};

export default async function ReportsPage() {
  return <ReportsIndex data={await listReportsPage(1)} page={1} />;
}
