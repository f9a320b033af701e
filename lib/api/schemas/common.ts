/**
 * Shapes shared by every open-data API response: references between records, the list and
 * record envelopes with their links, query and path parameters, and the problem+json error body.
 * These zod schemas both check each response before it is sent and generate the OpenAPI
 * document (lib/api/openapi.ts), so the two cannot drift apart.
 */
import * as z from "zod";
import "zod-openapi";

export const MAX_PER_PAGE = 200;
export const DEFAULT_PER_PAGE = 50;
/** Deep offsets cost a scan each: 10,000 pages of 200 is more than any council holds. */
export const MAX_PAGE = 10_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "A date, ISO 8601 (YYYY-MM-DD)", example: "2021-03-04" });
export const date = isoDate;
export const time = z.string().regex(/^\d{2}:\d{2}$/).meta({ description: "A 24-hour time, UK local (HH:MM)", example: "10:00" });
export const url = z.string().meta({ description: "An absolute URL", format: "uri" });
export const id = z.number().int().positive().meta({ description: "Numeric id, stable for the life of the record" });
export const slug = z.string().meta({ description: "The record's slug: its permanent address on the site" });

export const CommitteeRef = z.object({ id, slug, name: z.string(), url }).meta({ id: "CommitteeRef" });
export const MeetingRef = z.object({ id, slug, date, url }).meta({ id: "MeetingRef" });
export const ReportRef = z.object({ id, slug, title: z.string(), url }).meta({ id: "ReportRef" });
export const PersonRef = z.object({ id, slug, name: z.string(), url }).meta({ id: "PersonRef" });
export const OutsideBodyRef = z.object({ id, slug, name: z.string(), url }).meta({ id: "OutsideBodyRef" });
export const Labelled = z.object({ label: z.string().nullable(), text: z.string() }).meta({ id: "LabelledText" });

export const PageLinks = z.object({
  self: url, first: url, last: url, next: url.nullable(), prev: url.nullable(),
}).meta({ id: "PageLinks", description: "Links to this page and its neighbours; next/prev are null at the ends" });

export const PageMeta = z.object({
  page: z.number().int().min(1),
  perPage: z.number().int().min(1).max(MAX_PER_PAGE),
  total: z.number().int().min(0),
  totalPages: z.number().int().min(0),
}).meta({ id: "PageMeta" });

/** `{ data: [...], meta, links }`: one page of a collection. */
export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: z.array(item), meta: PageMeta, links: PageLinks }).meta({ id: `${name}List` });
}

/** `{ data: {...}, links: { self } }`: one record. */
export function recordOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: item, links: z.object({ self: url }) }).meta({ id: `${name}Record` });
}

/** Parameters arrive as text and are checked as text; the document says what text is accepted: an integer. */
function asInteger(bounds: Record<string, number>) {
  return ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
    const description = jsonSchema.description;
    for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
    Object.assign(jsonSchema, { type: "integer", ...bounds }, description ? { description } : {});
  };
}

const pageNumber = (max: number, fallback: number, description: string) =>
  z.string().optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      if (!/^\d{1,9}$/.test(v)) {
        ctx.addIssue({ code: "custom", message: `must be a whole number from 1 to ${max}` });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < 1 || n > max) {
        ctx.addIssue({ code: "custom", message: `must be a whole number from 1 to ${max}` });
        return z.NEVER;
      }
      return n;
    })
    .meta({ description, override: asInteger({ minimum: 1, maximum: max, default: fallback }) });

/** `?page=&per_page=`: bounded, so no request can ask for an unbounded scan. */
export const PageQuery = z.object({
  page: pageNumber(MAX_PAGE, 1, "Page number, from 1"),
  per_page: pageNumber(MAX_PER_PAGE, DEFAULT_PER_PAGE, `Records per page, 1 to ${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE})`),
});
export type PageRequest = z.output<typeof PageQuery>;

/** A record's numeric id in a path. */
export const IdParam = z.object({
  id: z.string().regex(/^[1-9]\d{0,9}$/, "must be a record's numeric id (a positive whole number)")
    .transform(Number)
    .meta({ description: "The record's numeric id", override: asInteger({ minimum: 1 }) }),
});

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
}).meta({ id: "Problem", description: "An error, as RFC 9457 problem details" });
export type ProblemBody = z.output<typeof Problem>;
