/** GET /api/v1/reports/{id}: one published record. */
import { collections } from "@/lib/api/collections";
import { recordRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS } = recordRoute(collections.reports);
