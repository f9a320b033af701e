/**
 * npm run start:front: the production front on one machine. Prepares the database and builds the
 * site once, starts N `next start` instances and nginx in front of them (micro-cache, static
 * assets for a year, compression: deploy/nginx/open-committee.conf), and stops them all on
 * Ctrl-C (SIGINT) or SIGTERM.
 *
 *   npm run start:front -- [--instances=2] [--port=8080] [--next-port=3001] [--no-build]
 *
 * DATABASE_URL, AUTH_SECRET, SITE_URL and NEXT_DIST_DIR are read as `npm start` reads them; SITE_URL
 * defaults to the front's own address. nginx must be installed (NGINX=/path/to/nginx to choose one).
 */
import { spawnSync } from "node:child_process";
import { launchFront } from "./front/launch";
import { logTail } from "./front/processes";
import { authSecret } from "./revalidate-site";

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const m = /^--([^=]+)(?:=(.*))?$/.exec(a); return m ? [m[1], m[2] ?? "1"] : [a, "1"]; }));
const instances = Number(args.instances ?? 2);
const port = Number(args.port ?? 8080);
const nextPort = Number(args["next-port"] ?? 3001);
const dist = process.env.NEXT_DIST_DIR || ".next";
const siteUrl = process.env.SITE_URL?.trim() || `http://localhost:${port}`;

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): void {
  const done = spawnSync(command, commandArgs, { stdio: "inherit", env });
  if (done.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed (exit ${done.status ?? done.signal})`);
}

async function main(): Promise<void> {
  if (!Number.isInteger(instances) || instances < 1 || instances > 16) throw new Error("--instances must be 1 to 16");
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: siteUrl, NEXT_DIST_DIR: dist };
  if (!args["no-build"]) {
    // db:prepare migrates (and on an empty database imports the demo packs), then one build for all instances.
    run("npm", ["run", "-s", "db:prepare"], env);
    run("npx", ["next", "build"], env);
  }
  // The instances sign their revalidation broadcasts with the secret db:prepare wrote to .env.local.
  const secret = authSecret();
  if (!secret) throw new Error("No AUTH_SECRET (in the environment or .env.local): run npm run db:prepare once, or set it.");
  const nextPorts = Array.from({ length: instances }, (_, i) => nextPort + i);
  const front = await launchFront({ dist, nextPorts, nginxPort: port, env: { ...env, AUTH_SECRET: secret }, nginx: process.env.NGINX });
  console.log(`Open Committee at ${front.url} (nginx) in front of ${front.instanceUrls.join(", ")}; Ctrl-C stops all.`);
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await front.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  for (const child of front.children) {
    child.process.once("exit", (code, signal) => {
      if (stopping) return;
      console.error(`${child.name} stopped (${code ?? signal}); stopping the others. Its last words:\n${logTail(child)}`);
      void stop(1);
    });
  }
}

main().catch((err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });
