/** GET /api/v1/appointments: one page of published appointments. */
import { collections } from "@/lib/api/collections";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS } = listRoute(collections.appointments);
