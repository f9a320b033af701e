/**
 * For tests of code that imports the app's `db` (page queries, route handlers): `@/lib/db` with
 * `db` standing in for whichever test database `holder.db` names when a query runs. Use it from a
 * `vi.mock` factory (which must sit in the test file itself, so vitest can hoist it):
 *
 *   vi.mock("@/lib/db", async (importOriginal) =>
 *     (await import("../support/database-stand-in")).withDatabaseStandIn(await importOriginal(), holder));
 */
export function withDatabaseStandIn<M extends { db: unknown }>(original: M, holder: { db: unknown }): M {
  const db = new Proxy({}, { get: (_t, key) => Reflect.get(holder.db as object, key, holder.db) });
  return { ...original, db };
}
