import "server-only";
/**
 * Every address of the open-data API, as one list the OpenAPI document is generated from. To
 * document a new endpoint, add one entry: its path under /api/v1, its parameters' and response's
 * zod schemas (the same ones its route handler parses and serializes with).
 */
import * as z from "zod";
import { COLLECTIONS } from "./collections";
import { IdParam, PageQuery, listOf } from "./schemas/common";
import { OcdEvent, PopoloExport } from "./schemas/standards";
import { searchQuerySchema, searchResponseSchema } from "@/lib/search/api-schema";

export interface ApiPathEntry {
  /** Under /api/v1, with `{name}` for path parameters: "/meetings/{id}". */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  response: z.ZodType;
  /** Default application/json. */
  mediaType?: string;
}

/** The agenda-pack contract has its own JSON Schema (lib/import/agenda-pack.schema.json); tests validate against it. */
export const AgendaPackDocument = z.record(z.string(), z.unknown()).meta({
  id: "AgendaPack",
  description: "One meeting in the agenda-pack JSON contract; its full schema is agenda-pack.schema.json in the source repository.",
});

export const OcdEventList = listOf(OcdEvent, "OcdEvent");

const csvText = z.string().meta({ description: "CSV with a header row; text cells starting with = + - @ are prefixed with '" });

export const API_PATHS: ApiPathEntry[] = [
  ...COLLECTIONS.flatMap((c): ApiPathEntry[] => [
    { path: c.path, tag: c.name, summary: `List ${c.path.slice(1).replace(/-/g, " ")}`, description: c.description, query: PageQuery, response: c.listSchema },
    ...(c.recordSchema ? [{ path: `${c.path}/{id}`, tag: c.name, summary: `One ${c.name} by id`, pathParams: IdParam, response: c.recordSchema }] : []),
    ...(c.csv ? [{ path: `${c.path}.csv`, tag: c.name, summary: `All ${c.path.slice(1).replace(/-/g, " ")} as CSV`, response: csvText, mediaType: "text/csv" }] : []),
  ]),
  {
    path: "/meetings/{id}/agenda-pack", tag: "Meeting", summary: "One meeting in the agenda-pack JSON contract",
    description: "Published records only: reports, minutes and decisions still in draft are left out.", pathParams: IdParam, response: AgendaPackDocument,
  },
  { path: "/ocd/events", tag: "Standards", summary: "Meetings as Open Civic Data events", query: PageQuery, response: OcdEventList },
  {
    path: "/search", tag: "Search", summary: "Full-text search of every published record",
    description: "Ranked by relevance (titles weigh most), with highlighted snippets and counts by kind, committee and year. Words may end in * (prefix) and \"phrases\" are matched whole.",
    query: searchQuerySchema, response: searchResponseSchema,
  },
  { path: "/popolo.json", tag: "Standards", summary: "People, committees, outside bodies, posts and memberships as Popolo", response: PopoloExport },
];
