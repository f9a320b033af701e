/** GET /api/v1/agenda-plans: one page of published agenda plans. */
import { collections } from "@/lib/api/collections";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS } = listRoute(collections.agendaPlans);
