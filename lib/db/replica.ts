/**
 * Embedded replicas: a local libSQL file kept in step with the server (DATABASE_URL). Reads are
 * answered from the file; writes (and interactive transactions) go to the server, and the
 * writer's own file sees them at once; other processes' files see them after their next sync.
 *
 * One replica file belongs to one process: several processes syncing the same file corrupted
 * it ("database disk image is malformed"). So the file is claimed with an owner file beside it
 * (`<file>.owner`, holding the pid); a second process that finds it claimed by a live process
 * talks to the server directly instead, and says so once.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";

export interface ReplicaSettings {
  /** The local file (a path, not a file: URL). */
  path: string;
  /** Seconds between background syncs; 0 syncs only on open and after this process's writes. */
  syncIntervalSeconds: number;
}

/** Replica settings from DATABASE_REPLICA_PATH / DATABASE_SYNC_INTERVAL, for a remote `url` only. */
export function replicaSettings(url: string, env: Record<string, string | undefined> = process.env): ReplicaSettings | null {
  const path = env.DATABASE_REPLICA_PATH?.trim();
  if (!path) return null;
  if (url.startsWith("file:")) throw new Error("DATABASE_REPLICA_PATH needs DATABASE_URL to be a libSQL server (libsql://, https:// or http://), not a file");
  const raw = env.DATABASE_SYNC_INTERVAL?.trim();
  const syncIntervalSeconds = raw ? Number(raw) : 1;
  if (!Number.isFinite(syncIntervalSeconds) || syncIntervalSeconds < 0) throw new Error(`DATABASE_SYNC_INTERVAL must be a number of seconds, not "${raw}"`);
  return { path: resolve(path), syncIntervalSeconds };
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Claim the replica file for this process; false when another live process holds it. */
export function claimReplicaFile(path: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  const owner = `${path}.owner`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(owner, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.once("exit", () => rmSync(owner, { force: true }));
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(readFileSync(owner, "utf8").trim());
      if (pid === process.pid) return true;
      if (Number.isInteger(pid) && pid > 0 && processIsAlive(pid)) return false;
      rmSync(owner, { force: true }); // left by a process that ended without cleaning up
    }
  }
  return false;
}
