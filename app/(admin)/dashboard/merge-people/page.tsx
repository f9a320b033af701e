import type { Metadata } from "next";
import { ActionButton } from "@/components/dashboard/action-button";
import { DashboardCrumbs } from "@/components/dashboard/dashboard-crumbs";
import { peopleChoices } from "@/lib/mutations/dashboard-reads";
import { mergePeopleAction } from "../actions";
import { clerkOrSignIn } from "../session";

export const metadata: Metadata = { title: "Merge two records of the same person" };

export default async function MergePeoplePage() {
  const user = await clerkOrSignIn("/dashboard/merge-people");
  if (user.role !== "admin") {
    return (
      <div>
        <DashboardCrumbs ancestors={[]} current="Merge people" />
        <h1 className="text-3xl font-bold">Only an administrator can merge people</h1>
      </div>
    );
  }
  const people = await peopleChoices();
  const select = (name: string, label: string, hint: string) => (
    <div className="mb-6">
      <label htmlFor={`f-${name}`} className="block font-bold">{label}</label>
      <p id={`f-${name}-hint`} className="text-muted">{hint}</p>
      <select id={`f-${name}`} name={name} required aria-describedby={`f-${name}-hint`} className="mt-1 block w-full max-w-xl border-2 border-ink bg-white px-2 py-1.5">
        <option value="">Choose a person</option>
        {people.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
      </select>
    </div>
  );
  return (
    <div className="max-w-2xl">
      <DashboardCrumbs ancestors={[]} current="Merge people" />
      <h1 className="text-3xl font-bold">Merge two records of the same person</h1>
      <p className="mt-4">
        When the papers print one person two ways (&ldquo;S Taylor&rdquo; and &ldquo;Simone Taylor&rdquo;), the importer can make two records.
        Merging moves everything from the second record (attendance, memberships, actions they own, appointments, report contacts,
        posts, champion roles) to the first, keeps the second&rsquo;s name as another printed name of the first, and removes the second.
      </p>
      <ActionButton action={mergePeopleAction} fields={{}} label="Merge the two records" tone="warning" className="mt-8">
        {select("keepId", "Record to keep", "Usually the one with the fuller name")}
        {select("mergeId", "Record to merge into it", "This record will be removed; its name is kept as another way the papers print the person")}
      </ActionButton>
    </div>
  );
}
