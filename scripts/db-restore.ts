/**
 * npm run db:restore -- <backup.sql>
 *
 * Restore a backup made by db:backup into the empty database at DATABASE_URL (a new file, a
 * fresh libSQL server or Turso database): all or nothing, and it refuses a database that
 * already holds tables. Prints each table's row count and content hash to compare with the source.
 */
import { readFileSync } from "node:fs";
import { createDatabaseClient, databaseAuthToken, databaseUrl } from "../lib/db";
import { DUMP_HEADER } from "../lib/db/dump";
import { databaseFingerprint } from "../lib/db/fingerprint";
import { restoreDump } from "../lib/db/restore";

async function main(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0].startsWith("-")) {
    console.error("usage: npm run db:restore -- <backup.sql>   (into the empty database at DATABASE_URL)");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(argv[0], "utf8");
  } catch {
    console.error(`cannot read ${argv[0]}`);
    return 2;
  }
  if (!text.startsWith(DUMP_HEADER) || !text.trimEnd().endsWith("-- end of dump")) {
    console.error(`${argv[0]} is not a complete backup made by npm run db:backup`);
    return 2;
  }
  const client = createDatabaseClient(databaseUrl(), databaseAuthToken(), { intMode: "bigint" });
  try {
    const started = Date.now();
    const statements = await restoreDump(client, text.split("\n"));
    console.log(`restored ${statements} statements in ${Date.now() - started} ms`);
    for (const [table, { rows, sha256 }] of Object.entries(await databaseFingerprint(client))) {
      console.log(`${table}\t${rows}\t${sha256.slice(0, 16)}`);
    }
    return 0;
  } finally {
    client.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    console.error(`restore failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
