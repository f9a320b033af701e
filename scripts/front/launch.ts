/**
 * Run the site as it is served in production on one machine: N `next start` instances, each on
 * its own copy of one build (so no two processes write the same page-cache file), told about each
 * other (PEER_URLS: a clerk's publish on one expires the pages on all, lib/publishing/peers.ts),
 * and nginx in front with the shipped configuration (deploy/nginx/open-committee.conf).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { writeFrontConfig } from "./nginx-config";
import { startChild, startNext, stopChildren, waitForHttp, type Child } from "./processes";

export interface FrontOptions {
  /** The build folder (NEXT_DIST_DIR) to serve. */
  dist: string;
  nextPorts: number[];
  nginxPort: number;
  host?: string;
  /** Environment for the instances (DATABASE_URL, AUTH_SECRET, SITE_URL…). */
  env: NodeJS.ProcessEnv;
  nginx?: string;
}

export interface Front {
  url: string;
  instanceUrls: string[];
  /** Each instance's build folder (its own copy). */
  instanceDists: string[];
  dir: string;
  children: Child[];
  stop(): Promise<void>;
}

export async function launchFront(o: FrontOptions): Promise<Front> {
  const host = o.host ?? "127.0.0.1";
  const dist = resolve(o.dist);
  if (!existsSync(join(dist, "BUILD_ID"))) throw new Error(`${o.dist} holds no build: run next build first (NEXT_DIST_DIR=${o.dist}).`);
  const dir = mkdtempSync(join(tmpdir(), "open-committee-front-"));
  const instanceUrls = o.nextPorts.map((p) => `http://${host}:${p}`);
  const children: Child[] = [];
  const instanceDists: string[] = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await stopChildren(children);
    for (const d of instanceDists) rmSync(d, { recursive: true, force: true });
    // FRONT_KEEP_LOGS=1 keeps the folder (the instances' and nginx's logs) for a post-mortem.
    if (process.env.FRONT_KEEP_LOGS === "1") console.error(`Front logs kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const [i, port] of o.nextPorts.entries()) {
      // Next refuses a build folder outside the project: the copies sit beside the build.
      // Next resolves NEXT_DIST_DIR against the project: keep it relative.
      const copy = relative(process.cwd(), `${dist}.instance-${port}`);
      rmSync(copy, { recursive: true, force: true });
      cpSync(dist, copy, { recursive: true });
      instanceDists.push(copy);
      const peers = instanceUrls.filter((_, j) => j !== i).join(",");
      // FRONT_URL: after a publish the instance has nginx fetch the changed pages afresh (lib/publishing/front-refresh.ts).
      const front = `http://${host}:${o.nginxPort}`;
      children.push(startNext(`next-${port}`, port, { ...process.env, ...o.env, NEXT_DIST_DIR: copy, PEER_URLS: peers, FRONT_URL: front, NEXT_TELEMETRY_DISABLED: "1" }, dir));
    }
    await Promise.all(instanceUrls.map((u, i) => waitForHttp(`${u}/`, children[i])));
    const config = writeFrontConfig(dir, `${host}:${o.nginxPort}`, instanceUrls.map((u) => u.replace(/^http:\/\//, "")));
    const nginx = startChild("nginx", o.nginx ?? "/usr/sbin/nginx", ["-c", config, "-e", join(dir, "error.log")], process.env, dir);
    children.push(nginx);
    const url = `http://${host}:${o.nginxPort}`;
    await waitForHttp(`${url}/`, nginx);
    return { url, instanceUrls, instanceDists, dir, children, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
