/** Addresses of a meeting's papers and downloads (used by pages, the sitemap and the proxy's slug gate). */

/** An agenda item's number as it appears in an address: "2b", "4". */
export const itemPathLabel = (numberLabel: string) => numberLabel.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export const papersHref = (meetingSlug: string, numberLabel: string) => `/meetings/${meetingSlug}/papers/${itemPathLabel(numberLabel)}`;
export const cleanTextHref = (meetingSlug: string) => `/meetings/${meetingSlug}/agenda-pack.txt`;
export const originalHref = (meetingSlug: string) => `/meetings/${meetingSlug}/original`;
