/**
 * Absolute addresses of public pages and API resources, built as the JSON-LD builds them
 * (`${siteConfig.siteUrl}/meetings/<slug>`), so a record's API and JSON-LD urls are the same string.
 */
import { siteConfig } from "@/lib/site-config";

export const API_BASE = "/api/v1";

export function pageUrl(path: string): string {
  return `${siteConfig.siteUrl}${path}`;
}

export function apiUrl(path: string): string {
  return `${siteConfig.siteUrl}${API_BASE}${path}`;
}
