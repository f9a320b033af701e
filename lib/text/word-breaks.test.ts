import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countWords, rejoinBrokenWords } from "./word-breaks";

const PACK_2018 = readFileSync("data/packs/000_3d32fa037878c48d.txt", "utf8");

describe("rejoinBrokenWords", () => {
  const counts = countWords("Cambridgeshire and Cambridgeshire; apprenticeships, apprenticeships. decision-making. countywide countywide county-wide wellbeing well-being");

  it("rejoins a word broken at a line-end hyphen when the document prints it whole", () => {
    expect(rejoinBrokenWords("CAMBRIDGE-SHIRE ADULT LEARNING", counts)).toBe("CAMBRIDGESHIRE ADULT LEARNING");
    expect(rejoinBrokenWords("people starting apprentice-ships would", counts)).toBe("people starting apprenticeships would");
  });

  it("keeps real hyphens: compounds, and endings the document never prints joined", () => {
    expect(rejoinBrokenWords("decision-making powers", counts)).toBe("decision-making powers");
    expect(rejoinBrokenWords("a county-wide service", counts)).toBe("a county-wide service");
    expect(rejoinBrokenWords("health and well-being", counts)).toBe("health and well-being");
    expect(rejoinBrokenWords("Huntingdon-shire", counts)).toBe("Huntingdon-shire");
    expect(rejoinBrokenWords("Hayward-Smith", counts)).toBe("Hayward-Smith");
  });

  it("keeps a hyphen the document prints more often than the joined word", () => {
    const mostlyHyphenated = countWords("Cambridge-shire Cambridge-shire Cambridgeshire");
    expect(rejoinBrokenWords("Cambridge-shire", mostlyHyphenated)).toBe("Cambridge-shire");
  });

  it("on the 2018 pack, rejoins only the two broken words", () => {
    const packCounts = countWords(PACK_2018);
    const changed = [...new Set(PACK_2018.match(/\b[A-Za-z]+-[A-Za-z]+\b/g))].filter((w) => rejoinBrokenWords(w, packCounts) !== w);
    expect(changed.sort()).toEqual(["CAMBRIDGE-SHIRE", "apprentice-ships"]);
  });
});
