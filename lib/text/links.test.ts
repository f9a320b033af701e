import { describe, expect, it } from "vitest";
import { splitLinks } from "./links";

describe("splitLinks", () => {
  it("leaves text without addresses as one plain piece", () => {
    expect(splitLinks("The Committee noted the report.")).toEqual([{ kind: "text", text: "The Committee noted the report." }]);
  });

  it("finds full web addresses, keeping the surrounding text and punctuation", () => {
    expect(splitLinks("Read the code at http://tinyurl.com/ccc-conduct-code.")).toEqual([
      { kind: "text", text: "Read the code at " },
      { kind: "link", text: "http://tinyurl.com/ccc-conduct-code", href: "http://tinyurl.com/ccc-conduct-code" },
      { kind: "text", text: "." },
    ]);
  });

  it("links addresses printed without a scheme, and email addresses", () => {
    const pieces = splitLinks("Visit www.example.gov.uk/help or write to Jo.Bloggs@example.gov.uk");
    expect(pieces.filter((p) => p.kind === "link")).toEqual([
      { kind: "link", text: "www.example.gov.uk/help", href: "http://www.example.gov.uk/help" },
      { kind: "link", text: "Jo.Bloggs@example.gov.uk", href: "mailto:Jo.Bloggs@example.gov.uk" },
    ]);
  });

  it("does not take a closing bracket into the address", () => {
    const pieces = splitLinks("(see https://obr.uk/coronavirus-analysis/)");
    expect(pieces[1]).toEqual({ kind: "link", text: "https://obr.uk/coronavirus-analysis/", href: "https://obr.uk/coronavirus-analysis/" });
    expect(pieces[2]).toEqual({ kind: "text", text: ")" });
  });

  it("joins back to the text exactly as printed", () => {
    const text = "Links: https://a.example/x, www.b.example and c@d.example; end";
    expect(splitLinks(text).map((p) => p.text).join("")).toBe(text);
  });
});

describe("splitLinks with named links", () => {
  it("links printed words whose address was lost, and still finds addresses around them", () => {
    const pieces = splitLinks("View minutes here: Minutes - 21st January 2021. See www.example.gov.uk", [
      { text: "Minutes - 21st January 2021", href: "/meetings/2021-01-21-x" },
    ]);
    expect(pieces).toEqual([
      { kind: "text", text: "View minutes here: " },
      { kind: "link", text: "Minutes - 21st January 2021", href: "/meetings/2021-01-21-x" },
      { kind: "text", text: ". See " },
      { kind: "link", text: "www.example.gov.uk", href: "http://www.example.gov.uk" },
    ]);
  });

  it("leaves the text alone when the named words are not in it", () => {
    expect(splitLinks("No minutes", [{ text: "Minutes - 1 May", href: "/x" }])).toEqual([{ kind: "text", text: "No minutes" }]);
  });
});
