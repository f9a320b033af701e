import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { shortenText } from "@/lib/format";
import type { Crumb } from "@/lib/mutations/dashboard-reads";

export function DashboardCrumbs({ ancestors, current, extra = [] }: { ancestors: Crumb[]; current: string; extra?: { href: string; label: string }[] }) {
  return (
    <Breadcrumbs
      trail={[{ href: "/dashboard", label: "Dashboard" }, ...ancestors.map((a) => ({ href: `/dashboard/${a.kind}/${a.id}`, label: shorten(a.title) })), ...extra]}
      current={shorten(current)}
    />
  );
}

export function shorten(s: string, n = 60): string {
  return shortenText(s, n);
}
