import { describe, expect, it } from "vitest";
import { buildContacts, parseContacts } from "./report-contacts";
import { toLines } from "./source-lines";

const read = (text: string) => parseContacts(toLines(text), 0);

describe("parseContacts", () => {
  it("reads one tab row per group with all fields run together (two phone numbers kept)", () => {
    const r = read(`<i>Officer contact:</i>\t<i>Member contacts:</i>
Name: Sarah Ferguson Post: Assistant Director, Housing, Communities and Youth Email: Sarah.ferguson@cambridgeshire.gov.uk Tel: 01223 729099\tNames: Cllr Steve Criswell Post: Chairman Email: Steve.Criswell@cambridgeshire.gov.uk Tel: 01223 706385 01487 740745

1.0\tBACKGROUND`);
    expect(r.officerContacts).toEqual([{ name: "Sarah Ferguson", post: "Assistant Director, Housing, Communities and Youth", email: "Sarah.ferguson@cambridgeshire.gov.uk", telephone: "01223 729099" }]);
    expect(r.memberContacts).toEqual([{ name: "Cllr Steve Criswell", post: "Chairman", email: "Steve.Criswell@cambridgeshire.gov.uk", telephone: "01223 706385 01487 740745" }]);
    expect(r.endIndex).toBe(3);
  });

  it("reads a label/value table with officer and member side by side, and a Name label without colon", () => {
    const r = read(`<i>Officer contact:</i>\t\t<i>Member contacts:</i>\t
Name\tAdrian Chapman\tNames:\tCllr Steve Criswell
Post:\tService Director - Communities and Safety\tPost:\tChairman
Email:\tAdrian.Chapman@cambridgeshire.gov.uk\tEmail:\tSteve.Criswell@cambridgeshire.gov.uk
Tel:\t01733 863887\tTel:\t01223 706385 01487 740745

1.\tBACKGROUND`);
    expect(r.officerContacts).toEqual([{ name: "Adrian Chapman", post: "Service Director - Communities and Safety", email: "Adrian.Chapman@cambridgeshire.gov.uk", telephone: "01733 863887" }]);
    expect(r.memberContacts[0].name).toBe("Cllr Steve Criswell");
    expect(r.memberContacts[0].telephone).toBe("01223 706385 01487 740745");
  });

  it("reads an officer-only table", () => {
    const r = read(`<i>Officer contact:</i>\t\nName:\tMartin Wade\nPost:\tStrategic Finance Business Partner\nEmail:\tmartin.wade@cambridgeshire.gov.uk\nTel:\t01223 699733\n\n1.0 BACKGROUND`);
    expect(r.officerContacts).toEqual([{ name: "Martin Wade", post: "Strategic Finance Business Partner", email: "martin.wade@cambridgeshire.gov.uk", telephone: "01223 699733" }]);
    expect(r.memberContacts).toEqual([]);
  });

  it("reads labelled lines and splits two officers joined with ' / '", () => {
    const r = read(`Officer contact:

Name: Martin Wade / Clare Andrews
Post: Strategic Finance Business Partner / Senior Finance Business Partner
Email: martin.wade@cambridgeshire.gov.uk / clare.andrews@cambridgeshire.gov.uk
Tel: 01223 699733 / 01223 699758

Member contacts:

Names: Cllr Steve Criswell
Post: Chairman
Email: steve.criswell@cambridgeshire.gov.uk
Tel: 01223 706398

1. Background
`);
    expect(r.officerContacts).toEqual([
      { name: "Martin Wade", post: "Strategic Finance Business Partner", email: "martin.wade@cambridgeshire.gov.uk", telephone: "01223 699733" },
      { name: "Clare Andrews", post: "Senior Finance Business Partner", email: "clare.andrews@cambridgeshire.gov.uk", telephone: "01223 699758" },
    ]);
    expect(r.memberContacts).toHaveLength(1);
    expect(r.line).toBe(1);
  });

  it("returns nothing when the body starts straight away", () => {
    expect(read(`1. Background\n\n- 1.1 Text`)).toMatchObject({ officerContacts: [], memberContacts: [], endIndex: 0, line: null });
  });
});

describe("buildContacts", () => {
  it("starts a new contact at each Name label", () => {
    expect(buildContacts("Name: A B Post: X Name: C D Tel: 01")).toEqual([
      { name: "A B", post: "X", email: null, telephone: null },
      { name: "C D", post: null, email: null, telephone: "01" },
    ]);
  });
});
