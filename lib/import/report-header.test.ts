import { describe, expect, it } from "vitest";
import { IssueLog } from "./issue-log";
import { findReportHeaders, parseReportHeader, recommendationItem } from "./report-header";
import { toLines } from "./source-lines";

function header(text: string, meetingDate: string | null = "2018-05-31") {
  const lines = toLines(text);
  const issues = new IssueLog();
  const [location] = findReportHeaders(lines);
  return { location, header: parseReportHeader(lines, location, meetingDate, issues), issues, lines };
}

const WRAPPED_TITLE = `--\t--\t--

Agenda Item No: 5

**COMMUNITY RESILIENCE STRATEGY PRINCIPLES / WORKING WITH THE
CAMBRIDGESHIRE COUNTY COUNCIL (CCC) SERVICE COMMITTEES**

To: Communities and Partnership Committee

Meeting Date: 31 May 2018

From: Sarah Ferguson, Assistant Director, Housing,
Communities and Youth

Electoral division(s): All

Forward Plan ref: Not applicable **Key decision:** No

Purpose: To establish and agree the principles of community resilience to inform the development of a new strategy, with a particular focus on aligning delivery and support for CCC service committees.

Recommendation:

- a) To note and comment on the progress of the Community Resilience objective within the Communities and Partnership Committee delivery plan.
- b) To identify and agree additional ways for the Committee to focus its community resilience work on supporting service committees.

<i>Officer contact:</i>\t<i>Member contacts:</i>
Name: Sarah Ferguson Post: Assistant Director\tNames: Cllr Steve Criswell Post: Chairman
`;

describe("findReportHeaders", () => {
  it("finds a wrapped bold title with the Agenda Item No line above it", () => {
    const { location } = header(WRAPPED_TITLE);
    expect(location.agendaItemPrinted).toBe("5");
    expect(location.startIndex).toBe(2);
    expect(location.titleIndexes).toEqual([4, 5]);
  });

  it("reads bulleted header lines (- To: / - Meeting Date:)", () => {
    const lines = toLines(`Digital Library Information Graphic\n\n\n\nCambridgeshire Libraries: Review and Future Priorities\n\n- To: Communities and Partnership Committee\n- Meeting Date: 4 March 2021\n- From: Head of Libraries, Archives and Culture, Gary Porter\n`);
    const found = findReportHeaders(lines);
    expect(found).toHaveLength(1);
    expect(lines[found[0].titleIndexes[0]].text).toBe("Cambridgeshire Libraries: Review and Future Priorities");
  });

  it("ignores letters and minutes that have a Date: but no To:/Meeting Date: pair", () => {
    const lines = toLines(`Ministry of Housing,\n\nDate: 26 January 2021\n\nEmail: LGResponse@communities.gov.uk\n\nDear Chief Executives,`);
    expect(findReportHeaders(lines)).toEqual([]);
  });
});

describe("parseReportHeader", () => {
  it("joins the wrapped title and From line and splits Forward Plan ref from Key decision", () => {
    const { header: h } = header(WRAPPED_TITLE);
    expect(h.title).toBe("COMMUNITY RESILIENCE STRATEGY PRINCIPLES / WORKING WITH THE CAMBRIDGESHIRE COUNTY COUNCIL (CCC) SERVICE COMMITTEES");
    expect(h.from).toBe("Sarah Ferguson, Assistant Director, Housing, Communities and Youth");
    expect(h.forwardPlanRef).toBeNull();
    expect(h.keyDecision).toBe(false);
    expect(h.meetingDate).toBe("2018-05-31");
    expect(h.recommendationLeadIn).toBeNull();
    expect(h.recommendations.map((r) => r.label)).toEqual(["a", "b"]);
  });

  it("keeps Information Only as printed and reads it as not a key decision", () => {
    const { header: h, issues } = header(`DOMESTIC ABUSE & SEXUAL VIOLENCE STRATEGY UPDATE

To: **Communities and Partnership Committee Meeting**

Meeting Date: **31st May 2018**

From: **Adrian Chapman, Service Director, Communities & Safety**

Electoral division(s): **Countywide**

Forward Plan ref: **Not applicable** *Information Only* **No**

\u00a0
Purpose: **To consider and note:**

- a) **The key activities of the Domestic Abuse and Sexual Violence Partnership during 2017 – 2018.**
- b) **Priorities for 18/19.**

<i>Officer contact:</i>\t\t<i>Member contacts:</i>\t
`);
    expect(h.keyDecision).toBe(false);
    expect(h.keyDecisionAsPrinted).toBe("Information Only");
    expect(h.electoralDivisions).toBe("Countywide");
    expect(h.purpose).toBe("To consider and note: The key activities of the Domestic Abuse and Sexual Violence Partnership during 2017 – 2018. Priorities for 18/19.");
    expect(h.recommendationLeadIn).toBe("To consider and note:");
    expect(h.recommendations).toEqual([
      { label: "a", text: "The key activities of the Domestic Abuse and Sexual Violence Partnership during 2017 – 2018." },
      { label: "b", text: "Priorities for 18/19." },
    ]);
    expect(issues.issues.map((i) => i.code)).toEqual(["key-decision-label-substituted", "recommendations-in-purpose"]);
  });

  it("leaves the key decision unknown when Information Only is followed by Yes", () => {
    const { header: h } = header(`UPDATE REPORT

To: Communities and Partnership Committee

Meeting Date: 31 May 2018

From: Chief Executive

Forward Plan ref: Not applicable *Information Only* Yes

Purpose: To note the update.
`);
    expect(h.keyDecisionAsPrinted).toBe("Information Only");
    expect(h.keyDecision).toBeNull();
  });

  it("reads the newer layout: Key decision and Forward Plan on their own lines, Outcome, a year typo", () => {
    const { header: h, issues } = header(`Recommissioning of Cambridgeshire's Local Assistance Scheme

To: Community and Partnership Committee

Meeting Date: 4 March 2020

From: Children and Families Commissioning Manager, Helen Andrews

Electoral division(s): All

Key decision: Yes

Forward Plan ref: 2021/013

Outcome: The recommissioning of Cambridgeshire's Local Assistance Scheme will increase the financial resilience of individuals.

Recommendation: The Communities and Partnership Committee is asked to:

- a) Agree the recommissioning and procurement of Cambridgeshire's Local Assistance Scheme; and
- b) Delegate authority to the Executive Director: People and Communities to commit funding at the time of the award of the contract.

Officer contact:
`, "2021-03-04");
    expect(h.keyDecision).toBe(true);
    expect(h.forwardPlanRef).toBe("2021/013");
    expect(h.meetingDateAsPrinted).toBe("4 March 2020");
    expect(h.meetingDate).toBe("2021-03-04");
    expect(issues.issues[0]).toMatchObject({ code: "report-date-mismatch", line: 5 });
    expect(h.recommendationLeadIn).toBe("The Communities and Partnership Committee is asked to:");
    expect(h.recommendations[1].text).toBe("Delegate authority to the Executive Director: People and Communities to commit funding at the time of the award of the contract.");
  });

  it("joins a multi-paragraph Purpose, a two-line From, and reads an unlabelled recommendation", () => {
    const { header: h } = header(`FINANCE AND PERFORMANCE REPORT – OUTTURN 2017-18

To: Communities and Partnership Committee

Meeting Date: 31st May 2018

From: Executive Director: People and Communities
Chief Finance Officer

Electoral division(s): All

Forward Plan ref: Not applicable **Key decision:** No

Purpose: To provide the Committee with the 2017-18 Outturn Finance and Performance report.

The report is presented to provide the Committee with the opportunity to comment.

Recommendation: The Committee is asked to review and comment on the report

<i>Officer contact:</i>\t
`);
    expect(h.from).toBe("Executive Director: People and Communities Chief Finance Officer");
    expect(h.purpose).toBe("To provide the Committee with the 2017-18 Outturn Finance and Performance report. The report is presented to provide the Committee with the opportunity to comment.");
    expect(h.recommendations).toEqual([{ label: null, text: "The Committee is asked to review and comment on the report" }]);
  });

  it("reads an unlabelled item after a lead-in, and (a) labels with stray bold marks", () => {
    const unlabelled = header(`Finance Monitoring Report – January 2021\n\nTo: C\n\nMeeting Date: 4 March 2021\n\nKey decision: No\n\nOutcome: x\n\nRecommendation: The Communities and Partnership Committee is asked to:\n\nReview and comment on the report.\n\nOfficer contact:\n`, "2021-03-04").header;
    expect(unlabelled.recommendations).toEqual([{ label: null, text: "Review and comment on the report." }]);
    expect(recommendationItem("- (a) review its agenda plan attached at Appendix 1;**")).toEqual({ label: "a", text: "review its agenda plan attached at Appendix 1;" });
  });

  it("reports a missing Key decision line", () => {
    const { issues } = header(`T\n\nTo: C\n\nMeeting Date: 31 May 2018\n\nPurpose: p\n\nRecommendation: r\n\n1. Background\n`);
    expect(issues.issues.map((i) => i.code)).toContain("key-decision-missing");
  });
});

describe("header variants in other councils' packs", () => {
  it("reads an Agenda Item No without colon, roman and numbered recommendations, and skips a page number above the title", () => {
    const lines = toLines(`Page 12 of 54
HOME CARE CHARGING POLICY

Agenda Item No 6

To: Adults Committee

Meeting Date: 3 March 2022

From: Director of Adult Services

Electoral division(s): All

Key decision: No

Purpose: To review charges.

Recommendations: The Committee is asked to:

1. Approve the revised charging policy in Appendix A;

2. Note the consultation results.

Officer contact:

Name: Ann Example
Telephone: 01632 960000

1. Background
`);
    const found = findReportHeaders(lines);
    expect(found).toHaveLength(1);
    expect(found[0].agendaItemPrinted).toBe("6");
    const issues = new IssueLog();
    const h = parseReportHeader(lines, found[0], "2022-03-03", issues);
    expect(h.title).toBe("HOME CARE CHARGING POLICY");
    expect(h.recommendations).toEqual([
      { label: "1", text: "Approve the revised charging policy in Appendix A;" },
      { label: "2", text: "Note the consultation results." },
    ]);
    expect(recommendationItem("ii) Note the report")).toEqual({ label: "ii", text: "Note the report" });
  });
});
