"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { type ActingUser, NotAuthorisedError, requireAdmin } from "@/lib/auth/guards";
import { createUser, disableUser, enableUser, resetPassword, setRoleAndCommittees, UserMutationError } from "@/lib/mutations/users";
import type { UserFormState } from "@/lib/validation/users";

/** Each action checks for an admin itself: the page's own check is no protection against a direct POST. */
async function run(work: (admin: ActingUser) => Promise<UserFormState>, values?: Record<string, unknown>): Promise<UserFormState> {
  try {
    const admin = await requireAdmin();
    const state = await work(admin);
    revalidatePath("/dashboard/users", "layout");
    return state;
  } catch (error) {
    if (error instanceof NotAuthorisedError) return { formError: error.message, values };
    if (error instanceof UserMutationError) {
      const { form, ...fieldErrors } = error.fieldErrors;
      return { fieldErrors, formError: form ?? (Object.keys(fieldErrors).length ? undefined : error.message), values };
    }
    throw error;
  }
}

const str = (f: FormData, k: string) => String(f.get(k) ?? "");
const ids = (f: FormData) => f.getAll("committeeIds").map(String);

export async function createUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const input = { email: str(formData, "email"), name: str(formData, "name"), role: str(formData, "role") as "clerk" | "admin", committeeIds: ids(formData) };
  return run(async (admin) => {
    const { userId, password } = await createUser(db, admin, input);
    return { message: `${input.email.trim().toLowerCase()} has been added.`, password, userId };
  }, input);
}

export async function resetPasswordAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  return run(async (admin) => {
    const { password } = await resetPassword(db, admin, { userId: str(formData, "userId"), version: str(formData, "version") });
    return { message: "The password has been reset and every open session of this user has ended.", password };
  });
}

export async function disableUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  return run(async (admin) => {
    await disableUser(db, admin, { userId: str(formData, "userId"), version: str(formData, "version") });
    return { message: "The user has been disabled and signed out." };
  });
}

export async function enableUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  return run(async (admin) => {
    await enableUser(db, admin, { userId: str(formData, "userId"), version: str(formData, "version") });
    return { message: "The user has been re-enabled." };
  });
}

export async function setRoleAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const input = { userId: str(formData, "userId"), version: str(formData, "version"), role: str(formData, "role") as "clerk" | "admin", committeeIds: ids(formData) };
  return run(async (admin) => {
    await setRoleAndCommittees(db, admin, input);
    return { message: "Role and committees saved." };
  }, input);
}
