import { siteConfig } from "@/lib/site-config";

/** Where the council's own record of a meeting is, and how to name that link honestly. */
export interface CouncilRecordLink {
  href: string;
  /** True when the address is the meeting's own page on the council's site, not its home page. */
  isMeetingPage: boolean;
  /** Link text: "the council's page for this meeting" or the council's website by name and host. */
  label: string;
}

/**
 * The council's own page for a meeting when the import recorded one; otherwise the council's
 * website (COUNCIL_WEBSITE), named as such so a reader knows they will have to look there.
 */
export function councilRecord(meetingSourceUrl?: string | null): CouncilRecordLink {
  if (meetingSourceUrl && /^https?:\/\//i.test(meetingSourceUrl)) {
    return { href: meetingSourceUrl, isMeetingPage: true, label: `${siteConfig.councilName}'s page for this meeting` };
  }
  let host = siteConfig.councilWebsite;
  try {
    host = new URL(siteConfig.councilWebsite).host.replace(/^www\./, "");
  } catch {
    // A website given without a scheme is still printed as given.
  }
  return { href: siteConfig.councilWebsite, isMeetingPage: false, label: `${siteConfig.councilName}'s website (${host})` };
}
