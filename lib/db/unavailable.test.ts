import { rmSync } from "node:fs";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDatabase } from "@/lib/db";
import { startSqld } from "@/tests/support/sqld-server";
import { isDatabaseUnavailable } from "./unavailable";

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a failure"); }, (e: unknown) => e);

describe("isDatabaseUnavailable", () => {
  it("recognises a stopped libSQL server behind Drizzle's error, and not a bad query on a running one", async () => {
    const server = await startSqld();
    const database = createDatabase(server.url);
    try {
      expect(isDatabaseUnavailable(await failure(database.run(sql`SELECT * FROM no_such_table`)))).toBe(false);
      await server.stop();
      expect(isDatabaseUnavailable(await failure(database.run(sql`SELECT 1`)))).toBe(true);
      expect(isDatabaseUnavailable(await failure(database.$client.execute("SELECT 1")))).toBe(true);
    } finally {
      database.$client.close();
      server.kill();
      rmSync(server.dir, { recursive: true, force: true });
    }
  });

  it("says no to everything else", () => {
    expect(isDatabaseUnavailable(new Error("NEXT_REDIRECT"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("bad"), { code: "SQLITE_CONSTRAINT" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("Server returned HTTP status 400"), { code: "SERVER_ERROR", status: 400 }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("busy"), { code: "SQLITE_BUSY" }) }))).toBe(true);
  });
});
