/**
 * Embedded replicas against a real libSQL server (sqld): a write through a replica reaches the
 * server and is read back at once from the writer's own file; another process's replica reads it
 * after a sync (explicit, or the background one every DATABASE_SYNC_INTERVAL seconds). And one
 * replica file is never shared by two live processes.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";
import { claimReplicaFile, replicaSettings } from "@/lib/db/replica";
import { authorities } from "@/lib/db/schema";
import { startSqld, type SqldServer } from "../support/sqld-server";

describe("replica settings", () => {
  it("are off without DATABASE_REPLICA_PATH, and refuse a file as the server", () => {
    expect(replicaSettings("http://127.0.0.1:8080", {})).toBeNull();
    expect(() => replicaSettings("file:data/council.db", { DATABASE_REPLICA_PATH: "r.db" })).toThrow(/libSQL server/);
    expect(replicaSettings("libsql://x.turso.io", { DATABASE_REPLICA_PATH: "r.db" })?.syncIntervalSeconds).toBe(1);
    expect(replicaSettings("libsql://x.turso.io", { DATABASE_REPLICA_PATH: "r.db", DATABASE_SYNC_INTERVAL: "0.5" })?.syncIntervalSeconds).toBe(0.5);
    expect(() => replicaSettings("libsql://x.turso.io", { DATABASE_REPLICA_PATH: "r.db", DATABASE_SYNC_INTERVAL: "soon" })).toThrow(/seconds/);
  });
});

describe("embedded replicas of a libSQL server", () => {
  let server: SqldServer;
  let dir: string;
  let direct: Database;
  const opened: Database[] = [];
  const replica = (name: string, syncIntervalSeconds = 0) => {
    const database = createDatabase(server.url, undefined, { replica: { path: join(dir, `${name}.db`), syncIntervalSeconds } });
    opened.push(database);
    return database;
  };

  beforeAll(async () => {
    server = await startSqld();
    dir = mkdtempSync(join(tmpdir(), "open-committee-replicas-"));
    direct = createDatabase(server.url);
    await migrateDatabase(direct);
  });
  afterAll(async () => {
    for (const database of [direct, ...opened]) database.$client.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(server?.dir ?? "", { recursive: true, force: true });
  });

  it("forwards a write to the server, reads it back locally, and another replica has it after a sync", async () => {
    const writer = replica("writer");
    await writer.$client.sync();
    await writer.insert(authorities).values({ name: "Replica Council", slug: "replica-council" });
    expect((await writer.select().from(authorities)).map((a) => a.slug)).toEqual(["replica-council"]);
    expect((await direct.select().from(authorities)).map((a) => a.slug)).toEqual(["replica-council"]);

    const reader = replica("reader");
    await reader.$client.sync();
    expect((await reader.select().from(authorities)).map((a) => a.slug)).toEqual(["replica-council"]);
    await direct.insert(authorities).values({ name: "Second Council", slug: "second-council" });
    expect(await reader.select().from(authorities)).toHaveLength(1); // not yet synced
    await reader.$client.sync();
    expect(await reader.select().from(authorities)).toHaveLength(2);
  });

  it("runs an interactive transaction through the replica on the server", async () => {
    const writer = replica("transactions");
    await writer.$client.sync();
    await expect(writer.transaction(async (tx) => {
      await tx.insert(authorities).values({ name: "Rolled Back", slug: "rolled-back" });
      throw new Error("undo");
    })).rejects.toThrow("undo");
    expect((await direct.select().from(authorities)).map((a) => a.slug)).not.toContain("rolled-back");
  });

  it("picks up the server's changes by itself every sync interval", async () => {
    const reader = replica("background", 0.2);
    await reader.$client.sync();
    const before = (await reader.select().from(authorities)).length;
    await direct.insert(authorities).values({ name: "Background Council", slug: "background-council" });
    const deadline = Date.now() + 10_000;
    while ((await reader.select().from(authorities)).length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await reader.select().from(authorities)).toHaveLength(before + 1);
  });

  it("will not share a replica file with another live process", async () => {
    const path = join(dir, "claimed.db");
    const other = spawn("sleep", ["30"]);
    try {
      writeFileSync(`${path}.owner`, String(other.pid));
      expect(claimReplicaFile(path)).toBe(false);
    } finally {
      other.kill("SIGKILL");
    }
    await new Promise((r) => other.once("exit", r));
    expect(claimReplicaFile(path)).toBe(true); // the owner is gone: its claim is stale
    expect(claimReplicaFile(path)).toBe(true); // and this process may open its own file again
  });
});
