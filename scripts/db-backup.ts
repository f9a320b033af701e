/**
 * npm run db:backup -- <out.sql>
 *
 * Back up the database at DATABASE_URL (a file, a libSQL server or Turso) while the site keeps
 * running: one read transaction gives a consistent snapshot, written as SQL (lib/db/dump.ts).
 * The file appears only when complete (written to <out>.partial, then renamed).
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { createDatabaseClient, databaseAuthToken, databaseUrl } from "../lib/db";
import { dumpDatabase } from "../lib/db/dump";

async function main(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0].startsWith("-")) {
    console.error("usage: npm run db:backup -- <out.sql>");
    return 2;
  }
  const out = argv[0];
  const partial = `${out}.partial`;
  const client = createDatabaseClient(databaseUrl(), databaseAuthToken(), { intMode: "bigint" });
  const fd = openSync(partial, "w");
  let buffer: string[] = [];
  let size = 0;
  const flush = () => {
    writeSync(fd, buffer.join(""));
    buffer = [];
    size = 0;
  };
  try {
    const started = Date.now();
    const { tables, rows } = await dumpDatabase(client, (line) => {
      buffer.push(line, "\n");
      size += line.length + 1;
      if (size > 1 << 20) flush();
    });
    flush();
    closeSync(fd);
    renameSync(partial, out);
    console.log(`backed up ${tables} tables, ${rows} rows to ${out} in ${Date.now() - started} ms`);
    return 0;
  } catch (err) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw err;
  } finally {
    client.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    console.error(`backup failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
