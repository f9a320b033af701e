/**
 * Child processes for the front and the benchmarks: `next start` instances and nginx, started
 * with their output kept in a log file, awaited until they answer, and stopped together.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Child { name: string; process: ChildProcess; log: string }

export function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, logDir: string): Child {
  const log = join(logDir, `${name}.log`);
  const fd = openSync(log, "a");
  const child = spawn(command, args, { env, stdio: ["ignore", fd, fd], detached: false });
  return { name, process: child, log };
}

/** `next start` from this checkout on 127.0.0.1:port. */
export function startNext(name: string, port: number, env: NodeJS.ProcessEnv, logDir: string): Child {
  return startChild(name, join(process.cwd(), "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], env, logDir);
}

export async function waitForHttp(url: string, child: Child | null, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.process.exitCode !== null) throw new Error(`${child.name} stopped (exit ${child.process.exitCode}):\n${logTail(child)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: "manual" });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s${child ? `; see ${child.log}` : ""}`);
}

/** The last lines a child wrote: its log file goes with the front's folder when it stops. */
export function logTail(child: Child, lines = 20): string {
  try {
    return readFileSync(child.log, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Stop children (SIGTERM, then SIGKILL after 5 s) and wait until they have exited. */
export async function stopChildren(children: Child[]): Promise<void> {
  await Promise.all(children.map(async ({ process: p }) => {
    if (p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once("exit", r));
    p.kill("SIGTERM");
    const timer = setTimeout(() => p.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }));
}
