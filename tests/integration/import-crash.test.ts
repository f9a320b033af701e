/**
 * The crash drill: the import CLI is killed (SIGKILL, no chance to clean up) in the middle of
 * its transaction, after it has written a meeting's records and before it commits. Nothing of
 * that import may remain: every table has the same rows as before. Then the next writer gets
 * through (on a libSQL server only once the server drops the abandoned transaction, 5 s after
 * its last statement, so the wait after the kill is 5 s less the time it already sat paused:
 * measured and printed), and the same import run again completes.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "@/lib/db/fingerprint";
import { importPackFile } from "@/lib/mutations/import-files";
import { countAllRows, createTempDatabase, testDatabaseKind, type TempDatabase } from "../support/temp-database";

const FIRST = "data/packs/000_3d32fa037878c48d.txt";
const CRASHED = "data/packs/002_79826bec6554f037.txt";
/** Where the probe writes after the kill (left out of the before/after comparison). */
const PROBE_TABLE = "sign_in_attempts";

/** Start the import CLI (one node process: nothing between the kill and the writer) and wait until it pauses mid-transaction. */
function startImportThatPauses(url: string): Promise<{ kill: () => Promise<number | null>; stderr: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", "--no-revalidate", CRASHED], {
    env: { ...process.env, DATABASE_URL: url, IMPORT_CRASH_DRILL_PAUSE_MS: "120000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code, signal) => resolve(signal ? null : code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`the import never paused: ${stderr}`)); }, 90_000);
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes("crash drill: import paused inside its transaction")) {
        clearTimeout(timer);
        resolve({ kill: async () => { child.kill("SIGKILL"); return exited; }, stderr: () => stderr });
      }
    });
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`the import ended (${code}) before pausing: ${stderr}`)); });
  });
}

describe(`an import killed mid-transaction (${testDatabaseKind()})`, () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase();
    expect((await importPackFile(temp.db, FIRST, { actor: "test" })).status).toBe("imported");
  });
  afterAll(() => temp.cleanup());

  it("leaves nothing half-written, lets the next writer through, and the import can run again", async () => {
    const countsBefore = await countAllRows(temp.db);
    const before = await databaseFingerprint(temp.db.$client);

    const importer = await startImportThatPauses(temp.url);
    expect(await importer.kill()).toBeNull(); // ended by the signal, not by itself

    // Reads go on at once; a write waits while the dead importer's transaction still holds the lock.
    const killedAt = Date.now();
    await temp.db.$client.execute("SELECT count(*) FROM meetings");
    const readMs = Date.now() - killedAt;
    let writeMs = -1;
    let attempts = 0;
    while (Date.now() - killedAt < 60_000) {
      attempts++;
      try {
        await temp.db.$client.execute({ sql: `INSERT INTO ${PROBE_TABLE} (key, succeeded) VALUES ('email:probe@example.org', 0)`, args: [] });
        writeMs = Date.now() - killedAt;
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    console.log(`crash drill (${testDatabaseKind()}): after SIGKILL mid-transaction, a read took ${readMs} ms, the first write got through after ${writeMs} ms (${attempts} attempt(s))`);
    expect(writeMs).toBeGreaterThanOrEqual(0);
    await temp.db.$client.execute(`DELETE FROM ${PROBE_TABLE}`);

    const countsAfter = await countAllRows(temp.db);
    expect(countsAfter).toEqual(countsBefore);
    const after = await databaseFingerprint(temp.db.$client);
    for (const table of Object.keys(before).filter((t) => t !== PROBE_TABLE)) {
      expect({ table, ...after[table] }).toEqual({ table, ...before[table] });
    }
    expect((await temp.db.$client.execute("PRAGMA integrity_check")).rows[0][0]).toBe("ok");

    expect((await importPackFile(temp.db, CRASHED, { actor: "test" })).status).toBe("imported");
    expect((await countAllRows(temp.db)).meetings).toBe(countsBefore.meetings + 1);
  });
});
