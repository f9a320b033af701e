import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePack } from "./parse-pack";

const PACK_2018 = readFileSync("data/packs/000_3d32fa037878c48d.txt", "utf8");
const PACK_2021 = readFileSync("data/packs/002_79826bec6554f037.txt", "utf8");

describe("reader text of whole packs", () => {
  const pack2018 = parsePack(PACK_2018, "000.txt");
  const pack2021 = parsePack(PACK_2021, "002.txt");

  it("rejoins words broken at line ends in every record, keeping real hyphens", () => {
    const log = pack2018.actionLog.filter((a) => a.minuteNumber === "52");
    expect(log.map((a) => a.itemTitle)).toContain("CAMBRIDGESHIRE ADULT LEARNING AND SKILLS SERVICE");
    expect(log.map((a) => a.action).join(" ")).toContain("people starting apprenticeships would");
    expect(JSON.stringify(pack2018)).not.toMatch(/CAMBRIDGE-SHIRE|apprentice-ships/);
    expect(JSON.stringify(pack2018)).toContain("decision-making");
  });

  it("joins ordinals split from their numbers", () => {
    const comments = pack2021.actionLog.map((a) => a.comments ?? "").join(" ");
    expect(comments).toContain("on 4th March 2021");
    expect(comments).not.toMatch(/\b\d+ th\b/);
  });

  it("leaves the source description and the clerk's issues as they were", () => {
    expect(pack2018.source.file).toBe("000.txt");
    expect(pack2018.issues.length).toBeGreaterThan(0);
  });

  it("ends minute 52's paragraph at its 'Action required' flag instead of running into the next", () => {
    const body = pack2018.minutes.flatMap((m) => m.entries).find((e) => e.number === 52)!.body;
    expect(body).not.toMatch(/Action required How/);
    expect(body.split("\n\n").some((p) => p.startsWith("How the Services' success could be quantified."))).toBe(true);
  });

  it("takes who is to act from a minute's action flag", () => {
    const entry = pack2018.minutes.flatMap((m) => m.entries).find((e) => e.number === 54)!;
    expect(entry.actions).toHaveLength(1);
    expect(entry.actionResponsible).toEqual(["Kerry Newsom / Martin Wade / Adrian Chapman"]);
    const minute52 = pack2018.minutes.flatMap((m) => m.entries).find((e) => e.number === 52)!;
    expect(minute52.actionResponsible).toEqual(minute52.actions.map(() => null));
  });
});
