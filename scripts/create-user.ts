/**
 * npm run user:create -- --email x@y --role admin|clerk [--name "…"] [--committee <slug>...] [--password-stdin]
 *
 * The password is prompted for on a terminal (leave it empty to generate one), read from stdin
 * with --password-stdin, or else generated and printed once.
 */
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { committeeIdsForSlugs, createUser, UserMutationError } from "../lib/mutations/users";
import { passwordFromCli } from "./cli-password";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "clerk" },
      name: { type: "string" },
      committee: { type: "string", multiple: true, default: [] },
      "password-stdin": { type: "boolean", default: false },
    },
  });
  if (!values.email) throw new Error('Give an email address: npm run user:create -- --email name@example.org --role clerk [--name "…"] [--committee <slug>...]');
  await migrateDatabase(db);
  const committeeIds = await committeeIdsForSlugs(db, values.committee ?? []);
  const given = await passwordFromCli(values["password-stdin"] ?? false);
  const { password } = await createUser(
    db,
    { system: "cli:user:create" },
    { email: values.email, name: values.name ?? values.email.split("@")[0], role: values.role as "clerk" | "admin", committeeIds },
    { password: given },
  );
  console.log(`Created ${values.role} ${values.email.trim().toLowerCase()}${committeeIds.length ? ` for ${values.committee!.join(", ")}` : ""}.`);
  if (given === undefined) console.log(`Password (shown once, not stored anywhere): ${password}`);
}

main().catch((err: unknown) => {
  if (err instanceof UserMutationError) console.error(`Not created: ${Object.values(err.fieldErrors).join("; ")}`);
  else console.error(`Not created: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
