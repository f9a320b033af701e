/** GET /api/v1/meetings/{id}/agenda-pack: one published meeting in the agenda-pack JSON contract. */
import { apiRoute, parseParams } from "@/lib/api/handler";
import { AgendaPackDocument } from "@/lib/api/paths";
import { notFound } from "@/lib/api/problem";
import { IdParam } from "@/lib/api/schemas/common";
import { getApiAgendaPack } from "@/lib/queries/api/agenda-pack";

export const { GET, HEAD, OPTIONS } = apiRoute(async ({ params }) => {
  const { id } = parseParams(IdParam, params);
  const pack = await getApiAgendaPack(id);
  if (!pack) throw notFound(`meeting with an agenda pack and id ${id}`);
  return { kind: "json", schema: AgendaPackDocument, data: pack };
});
