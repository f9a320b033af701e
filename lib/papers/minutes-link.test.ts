import { describe, expect, it } from "vitest";
import { minutesLinks } from "./minutes-link";
import { siteConfig } from "@/lib/site-config";

const held = [{ slug: "2021-01-21-communities-and-partnership-committee", date: "2021-01-21" }];

describe("minutesLinks", () => {
  it("links the printed words to our page of that meeting when we hold it", () => {
    expect(minutesLinks("View minutes here: Minutes - 21st January 2021", "Minutes of the Meeting Held on 21st January 2021", held))
      .toEqual([{ text: "Minutes - 21st January 2021", href: "/meetings/2021-01-21-communities-and-partnership-committee#minutes" }]);
  });

  it("links them to the council's website when we do not", () => {
    expect(minutesLinks("View minutes here: Minutes - 21st January 2021", "Minutes", [])).toEqual([
      { text: "Minutes - 21st January 2021", href: siteConfig.councilWebsite },
    ]);
  });

  it("makes no link when the body prints none", () => {
    expect(minutesLinks("The minutes are attached.", "Minutes 17th April 2018", held)).toEqual([]);
    expect(minutesLinks(null, "Minutes", held)).toEqual([]);
  });
});
