/**
 * Before the sqld project's tests: fail once, with the reason, when the sqld binary is missing
 * or cannot start, instead of in every test's beforeAll.
 */
import { rmSync } from "node:fs";
import { startSqld } from "./sqld-server";

export default async function checkSqldStarts(): Promise<void> {
  const server = await startSqld();
  await server.stop();
  rmSync(server.dir, { recursive: true, force: true });
}
