import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackFile } from "@/lib/mutations/import-files";
import { changeTargets, parseChanges } from "@/lib/publishing/change-targets";
import { isValidSignature, signBody } from "@/lib/publishing/signature";
import { createTempDatabase, type TempDatabase } from "../../tests/support/temp-database";

const MEETING = "2018-05-31-communities-and-partnership-committee";

describe("changeTargets: what a change revalidates", () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase();
    for (const pack of ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"]) {
      await importPackFile(temp.db, pack, { actor: "test" });
    }
  });
  afterAll(() => temp.cleanup());

  const first = async (sql: string) => (await temp.db.$client.execute(sql)).rows[0];

  it("a report: its page, its meeting's page, the decisions on it, the report lists and the sitemap, and no other report", async () => {
    const row = await first("select r.slug, m.slug as meeting from reports r join meetings m on m.id = r.meeting_id limit 1");
    const other = await first(`select slug from reports where slug != '${row.slug}' limit 1`);
    const { tags, paths } = await changeTargets(temp.db, [{ kind: "report", slug: String(row.slug) }]);
    expect(tags).toEqual(expect.arrayContaining([`report:${row.slug}`, `meeting:${row.meeting}`, "reports", "funding", "sitemap"]));
    expect(tags).not.toContain(`report:${other.slug}`);
    expect(tags).not.toContain("public");
    expect(paths).toEqual([`/reports/${row.slug}`]);
    // The decisions on a report show its title: they are refreshed with it.
    await temp.db.$client.execute(`update minute_entries set report_id = (select id from reports where slug = '${row.slug}') where id = (select minute_entry_id from resolutions limit 1)`);
    const decision = await first("select slug from resolutions limit 1");
    expect((await changeTargets(temp.db, [{ kind: "report", slug: String(row.slug) }])).tags).toContain(`decision:${decision.slug}`);
  });

  it("a meeting: its page and pack, the agenda plan its pack printed, its committee, and every page hanging off it", async () => {
    const reportsOf = (await temp.db.$client.execute(`select r.slug from reports r join meetings m on m.id = r.meeting_id where m.slug = '${MEETING}'`)).rows;
    const { tags, paths } = await changeTargets(temp.db, [{ kind: "meeting", slug: MEETING }]);
    expect(tags).toEqual(expect.arrayContaining([`meeting:${MEETING}`, "committee:communities-and-partnership-committee", "meetings", "sitemap"]));
    for (const r of reportsOf) expect(tags).toContain(`report:${r.slug}`);
    expect(paths).toEqual([`/forward-plan/${MEETING}`, `/meetings/${MEETING}`, `/meetings/${MEETING}/agenda-pack.txt`, `/meetings/${MEETING}/original`]);
  });

  it("a decision: itself, its sibling resolutions, its meeting and report", async () => {
    const row = await first("select slug from resolutions limit 1");
    const { tags } = await changeTargets(temp.db, [{ kind: "decision", slug: String(row.slug) }]);
    expect(tags).toEqual(expect.arrayContaining([`decision:${row.slug}`, "decisions", "sitemap"]));
    expect(tags.some((t) => t.startsWith("meeting:"))).toBe(true);
  });

  it("people, actions, outside bodies and strategies: their page, their kind's lists and the sitemap", async () => {
    expect((await changeTargets(temp.db, [{ kind: "person", slug: "steve-criswell" }])).tags).toEqual(["people", "person:steve-criswell", "sitemap"]);
    const action = await first("select slug from actions limit 1");
    const { tags } = await changeTargets(temp.db, [{ kind: "action", slug: String(action.slug) }]);
    expect(tags).toEqual(expect.arrayContaining([`action:${action.slug}`, "actions", "committee:communities-and-partnership-committee"]));
  });

  it("a committee or an import reaches everything; a draft edited as a draft reaches nothing", async () => {
    expect((await changeTargets(temp.db, [{ kind: "import", meetingSlug: MEETING }])).tags).toEqual(["public"]);
    expect((await changeTargets(temp.db, [{ kind: "committee", slug: "x" }])).tags).toEqual(["public"]);
    expect(await changeTargets(temp.db, [{ kind: "report", slug: "x", before: "draft", after: "draft" }])).toEqual({ tags: [], paths: [] });
  });
});

describe("the revalidation request", () => {
  it("parses only well-formed changes", () => {
    expect(parseChanges([{ kind: "report", slug: "a", before: "draft", after: "published" }])).toEqual([{ kind: "report", slug: "a", before: "draft", after: "published" }]);
    expect(parseChanges([{ kind: "nonsense" }])).toBeNull();
    expect(parseChanges([{ kind: "report", slug: 4 }])).toBeNull();
    expect(parseChanges([{ kind: "report", after: "maybe" }])).toBeNull();
    expect(parseChanges([])).toBeNull();
    expect(parseChanges("import")).toBeNull();
  });

  it("accepts the body signed with the secret and nothing else", () => {
    const body = JSON.stringify({ issuedAt: 1, changes: [{ kind: "import" }] });
    const sig = signBody(body, "s3cret");
    expect(isValidSignature(body, sig, "s3cret")).toBe(true);
    expect(isValidSignature(body + " ", sig, "s3cret")).toBe(false);
    expect(isValidSignature(body, sig, "other")).toBe(false);
    expect(isValidSignature(body, null, "s3cret")).toBe(false);
    expect(isValidSignature(body, sig, "")).toBe(false);
  });
});
