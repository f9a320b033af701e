/**
 * The cues detectors score a stretch of text by: wording that marks a kind of committee
 * document, whatever the council. A cue is evidence, not a verdict; each has a weight.
 */
export interface Cue {
  name: string;
  test: RegExp;
  weight: number;
}

/** "PRESENT:", "Present" alone, "Members Present:", "Attendance:", "Councillors present:". */
export const ATTENDANCE_LINE = /^[\s*_#-]*(?:(?:members|councillors)\s+)?present\b(?!\s+(?:a|the|an|their|its|his|her)\b)|^[\s*_#-]*attendance\s*:|^[\s*_#-]*(?:members|councillors)\s+in\s+attendance\s*:/i;

/** A heading naming minutes: "MINUTES of a meeting…", "X COMMITTEE: MINUTES", "Minutes". */
export const MINUTES_WORD = /\bMINUTES\b/i;

/** The first line(s) of a decision notice / record of decision. */
export const DECISION_NOTICE_TITLE = /^[\s*_#-]*(?:(?:record|notice|schedule)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}decisions?|(?:\w+\s+){0,2}decision\s+(?:notice|record|sheet)|decisions?\s+(?:taken|made)\s+(?:by|at)\b)/i;

export const FRONT_SHEET_CUES: Cue[] = [
  { name: "an AGENDA heading", test: /^[\s*_#]*A ?G ?E ?N ?D ?A[\s*_]*$/i, weight: 3 },
  { name: "a summons", test: /\bsummons\b|\byou are (?:hereby )?summoned\b|\bnotice of (?:a )?meeting\b/i, weight: 3 },
  { name: "a meeting announced", test: /\bmeeting of (?:the )?.{3,80}\bwill be held\b/i, weight: 3 },
  { name: "page references", test: /\(Pages?\s+\d+\s*[-–]\s*\d+\)/i, weight: 2 },
  { name: "an apologies item", test: /^\s*\d{1,2}[a-z]?[.)]?\s+apologies\b|^\s*apologies(?: for absence)?\s*$/i, weight: 1 },
  { name: "a declarations item", test: /^\s*(?:\d{1,2}[a-z]?[.)]?\s+)?declarations? of (?:\w+\s+)*interests?\b/i, weight: 1 },
  { name: "a membership sentence", test: /following\s+members/i, weight: 2 },
  { name: "a clerk field", test: /^\s*(?:clerk\s+(?:name|telephone|email)\s*:|ask\s+for\s*:|contact\s*:|enquiries\s+to\s*:)/i, weight: 1 },
];

export const MINUTES_CUES: Cue[] = [
  { name: "a minutes heading", test: /\bMINUTES\s+of\s+(?:a|the)\b|:\s*MINUTES\s*$|^[\s*_#]*MINUTES[\s*_]*$/i, weight: 3 },
  { name: "an attendance list", test: ATTENDANCE_LINE, weight: 3 },
  { name: "apologies", test: /^\s*apologies\b|apologies (?:for absence )?(?:were |had been )?(?:received|reported|given)/i, weight: 1 },
  { name: "a resolution", test: /\bRESOLVED\b|\bit was (?:\w+ )?(?:resolved|agreed|approved)\b|\bAPPROVED\b/, weight: 1 },
  { name: "an item reference", test: /^\s*\((?:agenda\s+)?item\s+\d+[a-z]?\)\s*$/i, weight: 1 },
];

export const DECISION_NOTICE_CUES: Cue[] = [
  { name: "a decision notice title", test: DECISION_NOTICE_TITLE, weight: 4 },
  { name: "a decision field", test: /^\s*(?:decision(?:\s+(?:taken|made))?|decisions?\s+made)\s*:/i, weight: 3 },
  { name: "a decision maker", test: /^\s*(?:decision[- ]maker|decision taken by|decided by)\b/i, weight: 2 },
  { name: "a decision date", test: /^\s*date of (?:the )?decision\b|^\s*decision date\b/i, weight: 2 },
  { name: "reasons for the decision", test: /^\s*reasons? for (?:the )?decision/i, weight: 2 },
  { name: "alternatives considered", test: /^\s*(?:alternative options|options considered|alternatives considered)/i, weight: 1 },
  { name: "a call-in deadline", test: /\bcall[- ]in\b/i, weight: 1 },
];

/** Sum of the weights of the cues found in the texts, each cue counted once; and their names. */
export function scoreCues(texts: string[], cues: Cue[]): { score: number; found: string[] } {
  let score = 0;
  const found: string[] = [];
  for (const cue of cues) {
    if (texts.some((t) => t.length < 400 && cue.test.test(t))) {
      score += cue.weight;
      found.push(cue.name);
    }
  }
  return { score, found };
}
