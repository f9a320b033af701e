import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db", () => ({ db: {} }));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

const { layoutMinuteBody, meetingStatus, minuteParagraphs } = await import("./meetings");

// Minute 56 of 17 April 2018, as imported: two sub-items, each with its own resolution.
const MINUTE_56 = `a) Agenda Plan

On the basis that the Plan would now require updating following the agreement to the revised Forward Plan agreed in the earlier report,

It was resolved:

To note the agenda Plan.

b) Appointment to vacancy - Fenland Area Champion

Following the resignation of Councillor Tierney from the Committee the previous week, a replacement was required to be the Fenland Area Champion in his place. It was moved and seconded that Councillor French should be the Fenland Area Champion and on a vote:

It was resolved by a clear majority (7 votes in favour with one abstension), to appoint Councillor Janet French as the Fenland Area Champion.`;

const RESOLUTIONS_56 = [
  {
    slug: "r1",
    preamble: "On the basis that the Plan would now require updating following the agreement to the revised Forward Plan agreed in the earlier report",
    text: "It was resolved: To note the agenda Plan.",
  },
  {
    slug: "r2",
    preamble: "It was moved and seconded that Councillor French should be the Fenland Area Champion and on a vote",
    text: "It was resolved by a clear majority (7 votes in favour with one abstension), to appoint Councillor Janet French as the Fenland Area Champion.",
  },
];

describe("layoutMinuteBody", () => {
  it("places each resolution where the minutes print it and drops the repeated text", () => {
    expect(layoutMinuteBody(MINUTE_56, RESOLUTIONS_56)).toEqual([
      { kind: "text", paragraphs: ["a) Agenda Plan"] },
      { kind: "resolution", slug: "r1" },
      {
        kind: "text",
        paragraphs: [
          "b) Appointment to vacancy - Fenland Area Champion",
          "Following the resignation of Councillor Tierney from the Committee the previous week, a replacement was required to be the Fenland Area Champion in his place.",
        ],
      },
      { kind: "resolution", slug: "r2" },
    ]);
  });

  it("keeps lettered parts with their resolution", () => {
    const body = "Narrative.\n\nHaving considered the report:\n\nIt was resolved unanimously:\n\na) To approve the plan.\n\nb) To note the risks.";
    const blocks = layoutMinuteBody(body, [{
      slug: "r", preamble: "Having considered the report", text: "It was resolved unanimously: a) To approve the plan. b) To note the risks.",
    }]);
    expect(blocks).toEqual([{ kind: "text", paragraphs: ["Narrative."] }, { kind: "resolution", slug: "r" }]);
  });

  it("puts a resolution it cannot find in the narrative at the end, and keeps the narrative whole", () => {
    expect(layoutMinuteBody("The Committee noted the update.", [{ slug: "x", preamble: null, text: "It was resolved to note the report." }]))
      .toEqual([{ kind: "text", paragraphs: ["The Committee noted the update."] }, { kind: "resolution", slug: "x" }]);
  });

  it("handles empty bodies", () => {
    expect(layoutMinuteBody("", [])).toEqual([]);
    expect(layoutMinuteBody(null, [{ slug: "y", preamble: null, text: "It was resolved." }])).toEqual([{ kind: "resolution", slug: "y" }]);
  });
});

describe("minuteParagraphs", () => {
  it("splits on blank lines and joins wrapped lines", () => {
    expect(minuteParagraphs("One\nline.\n\n\nTwo.\n \nThree.")).toEqual(["One line.", "Two.", "Three."]);
  });
});

describe("meetingStatus", () => {
  it("is upcoming until the day has passed, and cancelled stays cancelled", () => {
    expect(meetingStatus("scheduled", "2021-03-04", "2021-03-04")).toBe("upcoming");
    expect(meetingStatus("scheduled", "2021-03-04", "2021-03-05")).toBe("held");
    expect(meetingStatus("cancelled", "2030-01-01", "2021-03-05")).toBe("cancelled");
  });
});
