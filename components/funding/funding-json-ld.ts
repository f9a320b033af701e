import { siteConfig } from "@/lib/site-config";

/** schema.org Dataset for a page of budget figures read from a council finance report. */
export function budgetDatasetJsonLd({ name, description, url, date, reportUrl }: {
  name: string;
  description: string;
  url: string;
  date?: string;
  reportUrl?: string;
}): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name,
    description,
    url,
    ...(date ? { dateCreated: date } : {}),
    creator: { "@type": "GovernmentOrganization", name: siteConfig.councilName, url: siteConfig.councilWebsite },
    license: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ...(reportUrl ? { isBasedOn: reportUrl } : {}),
    variableMeasured: ["Budget (£000)", "Actual (£000)", "Variance (£000)"],
  };
}
