import "server-only";
/** Route handlers for a collection: one page of it, one record of it, or all of it as CSV. */
import { apiRoute } from "./handler";
import { parseParams, parseQuery } from "./handler";
import { pageLinks, windowOf } from "./pagination";
import { notFound } from "./problem";
import { IdParam, PageQuery } from "./schemas/common";
import { toCsv } from "./csv";
import { apiUrl } from "./urls";
import type { RegisteredCollection } from "./collections";

/** GET /api/v1/<collection>?page=&per_page= */
export function listRoute<T>(c: RegisteredCollection<T>) {
  return apiRoute(async ({ url }) => {
    const req = parseQuery(PageQuery, url);
    const page = await c.list(windowOf(req));
    const { links, meta, header } = pageLinks(url, req, page.total);
    return { kind: "json", schema: c.listSchema, data: { data: page.rows, meta, links }, link: header };
  });
}

/** GET /api/v1/<collection>/{id} */
export function recordRoute<T>(c: RegisteredCollection<T>) {
  const record = c.record;
  if (!record || !c.recordSchema) throw new Error(`${c.path} has no record route`);
  const schema = c.recordSchema;
  return apiRoute(async ({ params }) => {
    const { id } = parseParams(IdParam, params);
    const data = await record.get(id);
    if (!data) throw notFound(`${c.name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()} with id ${id}`);
    return { kind: "json", schema, data: { data, links: { self: apiUrl(`${c.path}/${id}`) } } };
  });
}

/** GET /api/v1/<collection>.csv: every public record, one row each. */
export function csvRoute<T>(c: RegisteredCollection<T>) {
  const columns = c.csv;
  if (!columns) throw new Error(`${c.path} has no CSV`);
  return apiRoute(async () => {
    const all = await c.list({ limit: -1, offset: 0 });
    return { kind: "csv", text: toCsv(all.rows, columns), filename: `${c.path.slice(1)}.csv` };
  });
}
