/**
 * npm run user:reset-password -- --email x@y [--password-stdin]
 *
 * Sets a new password (prompted on a terminal, read from stdin, or generated and printed once),
 * re-enables nothing, and ends every open session of that user.
 */
import { eq } from "drizzle-orm";
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { users } from "../lib/db/schema";
import { resetPassword, UserMutationError } from "../lib/mutations/users";
import { passwordFromCli } from "./cli-password";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, "password-stdin": { type: "boolean", default: false } } });
  if (!values.email) throw new Error("Give the account's email address: npm run user:reset-password -- --email name@example.org");
  await migrateDatabase(db);
  const email = values.email.trim().toLowerCase();
  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  if (!user) throw new Error(`No user with the email address ${email}.`);
  const given = await passwordFromCli(values["password-stdin"] ?? false);
  const { password } = await resetPassword(db, { system: "cli:user:reset-password" }, { userId: user.id, version: user.version }, { password: given });
  console.log(`New password set for ${email}; their open sessions have ended.${user.disabled ? " The account is disabled: an administrator can re-enable it." : ""}`);
  if (given === undefined) console.log(`Password (shown once, not stored anywhere): ${password}`);
}

main().catch((err: unknown) => {
  if (err instanceof UserMutationError) console.error(`Not changed: ${Object.values(err.fieldErrors).join("; ")}`);
  else console.error(`Not changed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
