/** GET /api/v1/resolutions: one page of published resolutions. */
import { collections } from "@/lib/api/collections";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS } = listRoute(collections.resolutions);
