import { describe, expect, it } from "vitest";
import { similarText } from "./import-pack";

describe("matching an action across the minutes and the action log", () => {
  it("ignores hyphens and spaces left by PDF line breaks", () => {
    expect(similarText(
      "it was suggested that the drop out rate from people starting apprenticeships would be useful",
      "it was suggested that the drop out rate from people starting apprentice ships would be useful",
    )).toBe(true);
  });
  it("matches the minutes' and the log's wording of one action by their shared substance", () => {
    expect(similarText(
      "a question was raised on what the drop out rate from people starting apprenticeships was",
      "it was suggested that the drop out rate from people starting apprentice ships would be useful information",
    )).toBe(true);
  });
  it("keeps different actions apart", () => {
    expect(similarText("provide members with an update on volunteers", "establish how the open access project could connect")).toBe(false);
  });
});
