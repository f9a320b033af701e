import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { people, personAliases } from "@/lib/db/schema";
import type { IssueLog } from "@/lib/import/issue-log";
import { isFullerName, matchPerson, nameKey, parsePersonName, type KnownPerson } from "@/lib/import/entity-resolution";
import { slugify } from "@/lib/slug";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * People known to the database, loaded once per import transaction, so that every printed
 * name in a pack ("S Criswell", "Cllr Steve Criswell") resolves to one person where that is
 * unambiguous. Ambiguous names become their own person and are reported.
 */
export class PeopleRegistry {
  private readonly known: KnownPerson[] = [];
  private readonly slugs = new Set<string>();
  private readonly councillors = new Set<number>();

  private constructor(private readonly tx: Tx, private readonly issues: IssueLog) {}

  static async load(tx: Tx, issues: IssueLog): Promise<PeopleRegistry> {
    const registry = new PeopleRegistry(tx, issues);
    const rows = await tx.select({ id: people.id, fullName: people.fullName, slug: people.slug, isCouncillor: people.isCouncillor }).from(people);
    const aliases = await tx.select({ personId: personAliases.personId, alias: personAliases.alias }).from(personAliases);
    for (const r of rows) {
      registry.known.push({ id: r.id, fullName: r.fullName, aliases: aliases.filter((a) => a.personId === r.id).map((a) => a.alias) });
      registry.slugs.add(r.slug);
      if (r.isCouncillor) registry.councillors.add(r.id);
    }
    return registry;
  }

  /** The person a printed name refers to, created when new; null when it is not a name. */
  async resolve(printed: string, opts: { councillor: boolean; line: number | null; party?: string | null }): Promise<number | null> {
    const name = parsePersonName(printed);
    if (!name) return null;
    const match = matchPerson(printed, this.known);
    if (match.kind === "match") {
      await this.remember(match.id, name.display, opts);
      return match.id;
    }
    if (match.kind === "ambiguous") {
      const names = this.known.filter((k) => match.ids.includes(k.id)).map((k) => k.fullName).join(", ");
      this.issues.warn("person-ambiguous", opts.line, `"${printed}" could be any of ${names}; kept as a separate person for a clerk to resolve.`);
    }
    return this.create(name.display, opts);
  }

  private async create(display: string, opts: { councillor: boolean; party?: string | null }): Promise<number> {
    let slug = slugify(display, 60);
    for (let n = 2; this.slugs.has(slug); n++) slug = `${slugify(display, 60)}-${n}`;
    this.slugs.add(slug);
    const [row] = await this.tx
      .insert(people)
      .values({ slug, fullName: display, isCouncillor: opts.councillor, party: opts.party ?? null })
      .returning({ id: people.id });
    this.known.push({ id: row.id, fullName: display, aliases: [display] });
    if (opts.councillor) this.councillors.add(row.id);
    await this.tx.insert(personAliases).values({ personId: row.id, alias: display, aliasKey: nameKey(display) }).onConflictDoNothing();
    return row.id;
  }

  /** Record a new spelling as an alias; prefer the fullest form of the name as the person's name. */
  private async remember(id: number, display: string, opts: { councillor: boolean; party?: string | null }): Promise<void> {
    const person = this.known.find((k) => k.id === id)!;
    if (!person.aliases.some((a) => nameKey(a) === nameKey(display))) {
      person.aliases.push(display);
      await this.tx.insert(personAliases).values({ personId: id, alias: display, aliasKey: nameKey(display) }).onConflictDoNothing();
    }
    const updates: Partial<typeof people.$inferInsert> = {};
    if (isFullerName(display, person.fullName)) {
      // A fuller spelling ("Steve Criswell" after "S Criswell") becomes the name and the URL.
      person.fullName = display;
      updates.fullName = display;
      let slug = slugify(display, 60);
      for (let n = 2; this.slugs.has(slug); n++) slug = `${slugify(display, 60)}-${n}`;
      this.slugs.add(slug);
      updates.slug = slug;
    }
    if (opts.councillor && !this.councillors.has(id)) {
      this.councillors.add(id);
      updates.isCouncillor = true;
    }
    if (opts.party) updates.party = opts.party;
    if (Object.keys(updates).length) await this.tx.update(people).set(updates).where(eq(people.id, id));
  }
}
