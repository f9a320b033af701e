/**
 * User administration: every write takes the acting user, refuses anyone but an admin before
 * touching anything, and writes the change and its audit row (who, when, before/after; never
 * a password hash) in one transaction. CLIs act as `{ system: "cli:…" }`.
 */
import { and, count, eq, inArray, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import { type ActingUser, NotAuthorisedError } from "@/lib/auth/errors";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db";
import { auditLog, committees, sessions, userCommittees, users } from "@/lib/db/schema";
import { type FieldErrors, fieldErrorsOf } from "@/lib/validation/field-errors";
import { createUserSchema, passwordField, setRoleSchema, userVersionSchema, type CreateUserInput, type SetRoleInput, type UserVersionInput } from "@/lib/validation/users";

/** A signed-in admin, or a command-line tool run by whoever holds the server. */
export type UserAdminActor = ActingUser | { system: string };

/** A refusal the form can show: beside a field when `field` is set, else in the summary. */
export class UserMutationError extends Error {
  constructor(message: string, public fieldErrors: FieldErrors = { form: message }) {
    super(message);
    this.name = "UserMutationError";
  }
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Snapshot = { email: string; name: string; role: "clerk" | "admin"; disabled: boolean; committeeIds: number[] };

function assertAdmin(actor: UserAdminActor): void {
  if ("system" in actor) return;
  if (actor.role !== "admin") throw new NotAuthorisedError("Only an administrator can manage users.");
}

function auditWho(actor: UserAdminActor) {
  return "system" in actor ? { userId: null, actor: actor.system } : { userId: actor.id, actor: `user:${actor.email}` };
}

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new UserMutationError("Check the form", fieldErrorsOf(parsed.error));
  return parsed.data;
}

async function snapshot(tx: Tx | Database, userId: number): Promise<Snapshot & { version: number }> {
  const user = await tx.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user) throw new UserMutationError("That user does not exist.");
  const scopes = await tx.select({ id: userCommittees.committeeId }).from(userCommittees).where(eq(userCommittees.userId, userId));
  return { email: user.email, name: user.name, role: user.role, disabled: user.disabled, committeeIds: scopes.map((s) => s.id).sort((a, b) => a - b), version: user.version };
}

async function checkCommittees(tx: Tx, ids: number[]): Promise<number[]> {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  if (unique.length === 0) return unique;
  const found = await tx.select({ id: committees.id }).from(committees).where(inArray(committees.id, unique));
  if (found.length !== unique.length) throw new UserMutationError("Choose committees from the list", { committeeIds: "Choose committees from the list" });
  return unique;
}

async function writeCommittees(tx: Tx, userId: number, role: "clerk" | "admin", ids: number[]): Promise<void> {
  await tx.delete(userCommittees).where(eq(userCommittees.userId, userId));
  // An admin is never limited: committee rows only mean something for a clerk.
  if (role === "clerk" && ids.length > 0) await tx.insert(userCommittees).values(ids.map((committeeId) => ({ userId, committeeId })));
}

/** Bump the version only if nobody else changed the user since the form was shown. */
async function updateUserAtVersion(tx: Tx, userId: number, version: number, set: Partial<typeof users.$inferInsert>): Promise<void> {
  const res = await tx.update(users).set({ ...set, version: version + 1 }).where(and(eq(users.id, userId), eq(users.version, version)));
  if (res.rowsAffected !== 1) throw new UserMutationError("Someone else changed this user since you opened the page. Check the details and try again.");
}

async function enabledAdminsOtherThan(tx: Tx, userId: number): Promise<number> {
  const [{ n }] = await tx.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, userId)));
  return n;
}

async function revokeSessions(tx: Tx, userId: number, now: string): Promise<void> {
  await tx.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

async function audit(tx: Tx, actor: UserAdminActor, action: string, userId: number, before: Snapshot | null, after: Snapshot | null): Promise<void> {
  await tx.insert(auditLog).values({ ...auditWho(actor), action, entityType: "user", entityId: userId, before, after });
}

const withoutVersion = ({ version: _v, ...rest }: Snapshot & { version: number }): Snapshot => rest;

/** Add a user. The password is generated (and returned once) unless the CLI gives one. */
export async function createUser(db: Database, actor: UserAdminActor, input: CreateUserInput, options: { password?: string } = {}): Promise<{ userId: number; password: string }> {
  assertAdmin(actor);
  const data = parse(createUserSchema, input);
  const password = options.password === undefined ? generatePassword() : parse(passwordField, options.password);
  const passwordHash = await hashPassword(password);
  const userId = await db.transaction(async (tx) => {
    if (await tx.query.users.findFirst({ where: eq(users.email, data.email) })) {
      throw new UserMutationError("A user with this email address already exists", { email: "A user with this email address already exists" });
    }
    const committeeIds = data.role === "clerk" ? await checkCommittees(tx, data.committeeIds) : [];
    const [row] = await tx.insert(users).values({ email: data.email, name: data.name, role: data.role, passwordHash }).returning({ id: users.id });
    await writeCommittees(tx, row.id, data.role, committeeIds);
    await audit(tx, actor, "user.create", row.id, null, { email: data.email, name: data.name, role: data.role, disabled: false, committeeIds });
    return row.id;
  });
  return { userId, password };
}

/** Disable a user: they cannot sign in, and their open sessions end at once. */
export async function disableUser(db: Database, actor: UserAdminActor, input: UserVersionInput): Promise<void> {
  assertAdmin(actor);
  const { userId, version } = parse(userVersionSchema, input);
  if (!("system" in actor) && actor.id === userId) throw new UserMutationError("You cannot disable your own account.");
  await db.transaction(async (tx) => {
    const before = await snapshot(tx, userId);
    if (before.role === "admin" && (await enabledAdminsOtherThan(tx, userId)) === 0) throw new UserMutationError("You cannot disable the last administrator.");
    const now = new Date().toISOString();
    await updateUserAtVersion(tx, userId, version, { disabled: true, sessionsValidAfter: now });
    await revokeSessions(tx, userId, now);
    await audit(tx, actor, "user.disable", userId, withoutVersion(before), { ...withoutVersion(before), disabled: true });
  });
}

export async function enableUser(db: Database, actor: UserAdminActor, input: UserVersionInput): Promise<void> {
  assertAdmin(actor);
  const { userId, version } = parse(userVersionSchema, input);
  await db.transaction(async (tx) => {
    const before = await snapshot(tx, userId);
    await updateUserAtVersion(tx, userId, version, { disabled: false });
    await audit(tx, actor, "user.enable", userId, withoutVersion(before), { ...withoutVersion(before), disabled: false });
  });
}

/** A new random password (returned once, to show once); every open session of the user ends. */
export async function resetPassword(db: Database, actor: UserAdminActor, input: UserVersionInput, options: { password?: string } = {}): Promise<{ password: string }> {
  assertAdmin(actor);
  const { userId, version } = parse(userVersionSchema, input);
  const password = options.password === undefined ? generatePassword() : parse(passwordField, options.password);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const before = await snapshot(tx, userId);
    const now = new Date().toISOString();
    await updateUserAtVersion(tx, userId, version, { passwordHash, sessionsValidAfter: now });
    await revokeSessions(tx, userId, now);
    // The audit row says that the password changed, never what to.
    await tx.insert(auditLog).values({ ...auditWho(actor), action: "user.reset-password", entityType: "user", entityId: userId, detail: { passwordChanged: true, sessionsEnded: true }, before: withoutVersion(before), after: withoutVersion(before) });
  });
  return { password };
}

/** Set a user's role and, for a clerk, the committees they are limited to (none = every committee). */
export async function setRoleAndCommittees(db: Database, actor: UserAdminActor, input: SetRoleInput): Promise<void> {
  assertAdmin(actor);
  const data = parse(setRoleSchema, input);
  await db.transaction(async (tx) => {
    const before = await snapshot(tx, data.userId);
    if (before.role === "admin" && data.role !== "admin") {
      if (!("system" in actor) && actor.id === data.userId) throw new UserMutationError("You cannot remove your own administrator role.", { role: "You cannot remove your own administrator role" });
      if ((await enabledAdminsOtherThan(tx, data.userId)) === 0) throw new UserMutationError("You cannot remove the last administrator.", { role: "You cannot remove the last administrator" });
    }
    const committeeIds = data.role === "clerk" ? await checkCommittees(tx, data.committeeIds) : [];
    await updateUserAtVersion(tx, data.userId, data.version, { role: data.role });
    await writeCommittees(tx, data.userId, data.role, committeeIds);
    await audit(tx, actor, "user.set-role", data.userId, withoutVersion(before), { ...withoutVersion(before), role: data.role, committeeIds });
  });
}

/** Committee ids for slugs (CLI --committee); throws naming any unknown slug. */
export async function committeeIdsForSlugs(db: Database, slugs: string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await db.select({ id: committees.id, slug: committees.slug }).from(committees).where(inArray(committees.slug, slugs));
  const missing = slugs.filter((s) => !rows.some((r) => r.slug === s));
  if (missing.length > 0) throw new UserMutationError(`No committee with the slug ${missing.join(", ")}`);
  return rows.map((r) => r.id);
}
