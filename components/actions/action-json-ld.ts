import type { ActionDetail } from "@/lib/queries/actions";
import { siteConfig } from "@/lib/site-config";

/** schema.org Action: what was asked, of whom, and whether the action log marks it complete. */
export function actionJsonLd(a: ActionDetail, url: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Action",
    name: a.description,
    url,
    actionStatus: a.isComplete ? "https://schema.org/CompletedActionStatus" : "https://schema.org/ActiveActionStatus",
    ...(a.owners.length
      ? { agent: a.owners.map((o) => ({ "@type": "Person", name: o.name, url: `${siteConfig.siteUrl}/people/${o.slug}` })) }
      : a.responsible ? { agent: { "@type": "Person", name: a.responsible } } : {}),
    ...(a.origin.date ? { startTime: a.origin.date } : {}),
    ...(a.origin.meetingSlug ? { object: { "@type": "Event", url: `${siteConfig.siteUrl}/meetings/${a.origin.meetingSlug}` } } : {}),
  };
}
