/** npm run search:rebuild: empty the search index and fill it again from the database (repair; the write paths keep it in sync). */
import { databaseUrl, db } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { rebuildSearchIndex } from "../lib/search/indexer";

migrateDatabase(db)
  .then(() => rebuildSearchIndex(db))
  .then(
    ({ documents }) => console.log(`Search index rebuilt: ${documents} public records indexed in ${databaseUrl()}`),
    (err: unknown) => {
      console.error(`Rebuilding the search index failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
