/** References from one API record to another: id, slug, a label and the public page's address. */
import { pageUrl } from "@/lib/api/urls";

export const committeeRef = (r: { id: number; slug: string; name: string }) => ({ id: r.id, slug: r.slug, name: r.name, url: pageUrl(`/committees/${r.slug}`) });
export const meetingRef = (r: { id: number; slug: string; date: string }) => ({ id: r.id, slug: r.slug, date: r.date, url: pageUrl(`/meetings/${r.slug}`) });
export const reportRef = (r: { id: number; slug: string; title: string }) => ({ id: r.id, slug: r.slug, title: r.title, url: pageUrl(`/reports/${r.slug}`) });
export const personRef = (r: { id: number; slug: string; name: string }) => ({ id: r.id, slug: r.slug, name: r.name, url: pageUrl(`/people/${r.slug}`) });
export const outsideBodyRef = (r: { id: number; slug: string; name: string }) => ({ id: r.id, slug: r.slug, name: r.name, url: pageUrl(`/outside-bodies/${r.slug}`) });

