import { describe, expect, it } from "vitest";
import { londonOffset, placeName, venueAddress } from "./meeting-event";

describe("londonOffset", () => {
  it("is +01:00 in British Summer Time and +00:00 in winter", () => {
    expect(londonOffset("2018-05-31", "14:00")).toBe("+01:00");
    expect(londonOffset("2021-03-04", "10:00")).toBe("+00:00");
  });
});

describe("venueAddress", () => {
  it("reads a venue ending in a postcode as a postal address", () => {
    expect(venueAddress("Room 128, Shire Hall, Castle Hill, Cambridge, CB3 0AP")).toEqual({
      "@type": "PostalAddress", streetAddress: "Room 128, Shire Hall, Castle Hill", addressLocality: "Cambridge", postalCode: "CB3 0AP", addressCountry: "GB",
    });
    expect(placeName("Room 128, Shire Hall, Castle Hill, Cambridge, CB3 0AP")).toBe("Room 128, Shire Hall, Castle Hill");
  });
  it("keeps anything else as printed", () => {
    expect(venueAddress("Kreis Viersen Room, Shire Hall")).toBe("Kreis Viersen Room, Shire Hall");
    expect(placeName("Kreis Viersen Room, Shire Hall")).toBe("Kreis Viersen Room, Shire Hall");
  });
});
