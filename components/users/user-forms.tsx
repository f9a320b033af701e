"use client";

import { useActionState } from "react";
import { createUserAction, disableUserAction, enableUserAction, resetPasswordAction, setRoleAction } from "@/app/(admin)/dashboard/users/actions";
import { ErrorSummary, type SummaryError } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import type { UserFormState } from "@/lib/validation/users";

type Committee = { id: number; name: string };

const FIELD_IDS: Record<string, string> = { email: "email", name: "name", role: "role-clerk", committeeIds: "committees", userId: "form" };

function summaryErrors(state: UserFormState, idPrefix = ""): SummaryError[] {
  const fields = Object.entries(state.fieldErrors ?? {}).map(([f, message]) => ({ href: idPrefix + (FIELD_IDS[f] ?? f), message }));
  return state.formError ? [{ href: `${idPrefix}form`, message: state.formError }, ...fields] : fields;
}

const primaryButton = "border-2 border-success bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]";
const secondaryButton = "border-2 border-ink bg-panel px-4 py-2 font-bold text-ink hover:bg-rule";
const warningButton = "border-2 border-danger bg-danger px-4 py-2 font-bold text-white hover:bg-[#8a1d17]";

/** A confirmation panel; a generated password is shown here once and never again. */
function Outcome({ state }: { state: UserFormState }) {
  if (!state.message) return null;
  return (
    <div role="status" className="mb-6 border-l-4 border-success bg-panel p-4">
      <p className="font-bold">{state.message}</p>
      {state.password && (
        <>
          <p className="mt-2">
            Password: <code data-testid="one-time-password" className="bg-white px-2 py-1 text-lg">{state.password}</code>
          </p>
          <p className="mt-2">This is the only time it is shown. Give it to them in person or by a separate, secure channel; they cannot change it themselves yet, so reset it again if it is lost.</p>
        </>
      )}
    </div>
  );
}

function RoleAndCommittees({ committees, role, selected, errors, idPrefix = "" }: { committees: Committee[]; role: string; selected: number[]; errors: Record<string, string>; idPrefix?: string }) {
  return (
    <>
      <fieldset className={`mb-6 ${errors.role ? "border-l-4 border-danger pl-3" : ""}`} aria-describedby={errors.role ? `${idPrefix}role-error` : undefined}>
        <legend className="mb-1 font-bold">Role</legend>
        {errors.role && <p id={`${idPrefix}role-error`} className="mb-1 font-bold text-danger"><span className="sr-only">Error:</span> {errors.role}</p>}
        <div className="flex items-center gap-2">
          <input type="radio" id={`${idPrefix}role-clerk`} name="role" value="clerk" defaultChecked={role !== "admin"} className="size-6" />
          <label htmlFor={`${idPrefix}role-clerk`}>Clerk: imports, corrects and publishes records</label>
        </div>
        <div className="flex items-center gap-2">
          <input type="radio" id={`${idPrefix}role-admin`} name="role" value="admin" defaultChecked={role === "admin"} className="size-6" />
          <label htmlFor={`${idPrefix}role-admin`}>Administrator: everything a clerk can do, and manages users</label>
        </div>
      </fieldset>
      {committees.length > 0 && (
        <fieldset id={`${idPrefix}committees`} tabIndex={-1} className={`mb-6 ${errors.committeeIds ? "border-l-4 border-danger pl-3" : ""}`} aria-describedby={`${idPrefix}committees-hint`}>
          <legend className="mb-1 font-bold">Committees (clerks only)</legend>
          <p id={`${idPrefix}committees-hint`} className="mb-1 text-muted">Select the committees this clerk may edit. Select none for every committee.</p>
          {errors.committeeIds && <p className="mb-1 font-bold text-danger"><span className="sr-only">Error:</span> {errors.committeeIds}</p>}
          {committees.map((c) => (
            <div key={c.id} className="flex items-center gap-2">
              <input type="checkbox" id={`${idPrefix}committee-${c.id}`} name="committeeIds" value={c.id} defaultChecked={selected.includes(c.id)} className="size-6" />
              <label htmlFor={`${idPrefix}committee-${c.id}`}>{c.name}</label>
            </div>
          ))}
        </fieldset>
      )}
    </>
  );
}

export function CreateUserForm({ committees }: { committees: Committee[] }) {
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUserAction, {});
  const v = (state.password ? {} : state.values ?? {}) as { email?: string; name?: string; role?: string; committeeIds?: string[] };
  const errors = state.fieldErrors ?? {};
  return (
    <>
      <Outcome state={state} />
      <form action={action} noValidate className="max-w-xl" id="form" key={state.password ?? "form"}>
        <ErrorSummary errors={summaryErrors(state)} />
        <TextField id="email" name="email" type="email" label="Email address" autoComplete="off" spellCheck={false} defaultValue={v.email ?? ""} error={errors.email} />
        <TextField id="name" name="name" label="Full name" hint="As colleagues know them, for the audit log" autoComplete="off" defaultValue={v.name ?? ""} error={errors.name} />
        <RoleAndCommittees committees={committees} role={v.role ?? "clerk"} selected={(v.committeeIds ?? []).map(Number)} errors={errors} />
        <button type="submit" disabled={pending} className={primaryButton}>Add user</button>
      </form>
    </>
  );
}

export function RoleForm({ userId, version, role, committeeIds, committees }: { userId: number; version: number; role: string; committeeIds: number[]; committees: Committee[] }) {
  const [state, action, pending] = useActionState<UserFormState, FormData>(setRoleAction, {});
  return (
    <form action={action} noValidate className="max-w-xl" id="role-form" aria-labelledby="role-heading">
      <h2 id="role-heading" className="mb-4 text-2xl font-bold">Role and committees</h2>
      <Outcome state={state} />
      <ErrorSummary errors={summaryErrors(state, "rf-")} />
      <span id="rf-form" tabIndex={-1} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <RoleAndCommittees committees={committees} role={role} selected={committeeIds} errors={state.fieldErrors ?? {}} idPrefix="rf-" key={version} />
      <button type="submit" disabled={pending} className={primaryButton}>Save role and committees</button>
    </form>
  );
}

function VersionedButtonForm({ id, heading, text, button, className, userId, version, act }: {
  id: string; heading: string; text: string; button: string; className: string; userId: number; version: number;
  act: (prev: UserFormState, f: FormData) => Promise<UserFormState>;
}) {
  const [state, action, pending] = useActionState<UserFormState, FormData>(act, {});
  return (
    <form action={action} className="mb-8 max-w-xl" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-2 text-2xl font-bold">{heading}</h2>
      <Outcome state={state} />
      <ErrorSummary errors={summaryErrors(state, `${id}-`)} />
      <span id={`${id}-form`} tabIndex={-1} />
      <p className="mb-3">{text}</p>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={className}>{button}</button>
    </form>
  );
}

export function ResetPasswordForm(props: { userId: number; version: number }) {
  return (
    <VersionedButtonForm id="reset" heading="Reset password" text="A new random password is made and shown once. Every open session of this user ends." button="Reset password" className={secondaryButton} act={resetPasswordAction} {...props} />
  );
}

export function DisableForm({ disabled, ...props }: { userId: number; version: number; disabled: boolean }) {
  return disabled ? (
    <VersionedButtonForm id="enable" heading="Re-enable" text="They can sign in again with their password." button="Re-enable user" className={secondaryButton} act={enableUserAction} {...props} />
  ) : (
    <VersionedButtonForm id="disable" heading="Disable" text="They can no longer sign in, and any open session ends at once. Their past work stays in the audit log." button="Disable user" className={warningButton} act={disableUserAction} {...props} />
  );
}
