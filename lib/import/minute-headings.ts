/**
 * Where each minute starts, whatever the numbering convention: "52. TITLE"; "84." on its own
 * line above the title; a title followed by "(Item 7)" (with or without a minute number, which
 * reading-order extraction can print lines away); "93/18 Title"; "20.01.05 Title".
 */
import { isLikelyPageNumber } from "./document/blocks";
import type { DocLine } from "./document/document-lines";
import { isBlank, type Line } from "./source-lines";
import { clean } from "./text";

export interface MinuteHeading {
  /** Index of the heading's first line (the number line when it sits just above the title). */
  start: number;
  /** Index of the first line after the heading (the minute's narrative). */
  bodyStart: number;
  number: number;
  title: string;
  /** The agenda item the minute says it is ("(Item 7)"), when printed. */
  item: string | null;
  /** Lines that only carried the minute number (left out of the narrative). */
  numberLine: number | null;
}

const ITEM_REF = /^\s*\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}[a-z]?)\s*\)\s*\.?\s*$/i;
const TITLE_WITH_ITEM = /^(.{3,200}?)\s*\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}[a-z]?)\s*\)\s*\.?\s*$/i;
const NUMBER_ALONE = /^\s*(\d{1,4})\.\s*$/;
/** "84.<tab>Title" or "84.  Title": group 2 is the gap (a lone space only counts on the title's last line). */
const NUMBER_BESIDE_TITLE = /^\s*(\d{1,4})\.?(\t+|\s{2,}| (?=[A-Z0-9“"'‘]))\s*(\S.{1,200})$/;
const NUMBER_BARE = /^\s*(\d{1,4})\s*$/;
const SLASH_NUMBER = /^\s*(\d{1,4})\/(\d{2,4})\.?\s+(\S.{2,200})$/;
const DOTTED_NUMBER = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{1,3})\.?\s+(\S.{2,200})$/;
const MINUTE_WORD = /^\s*Minute\s+(?:No\.?\s*)?(\d{1,4})\s*(?:[–—:.-]\s*)?(\S.{2,200})$/i;
const ENUMERATOR = /^\s*(?:\d{1,2}[.)]\s|\(?[a-z]{1,3}\)\s|[-•▪●◦]\s?)/i;

/** The headings of the minutes in `lines` (already cut to the minutes), in order, numbers rising. */
export function findMinuteHeadingsAnyConvention(lines: Line[]): MinuteHeading[] {
  const anchored = itemAnchoredHeadings(lines);
  if (anchored.length > 0) return anchored;
  const options = [numberedPrefixHeadings(lines), numberAloneHeadings(lines)];
  return options.sort((a, b) => b.length - a.length)[0];
}

function titleLike(text: string): boolean {
  const t = clean(text);
  return t.length >= 2 && t.length <= 160 && /^[“"'‘(]?[A-Z0-9]/.test(t) && !/[.;]$/.test(t) && !ENUMERATOR.test(text) && !ITEM_REF.test(t);
}

function itemAnchoredHeadings(lines: Line[]): MinuteHeading[] {
  const out: MinuteHeading[] = [];
  let previousAnchor = -1;
  let previousNumber: number | null = null;
  let previousPrinted: number | null = null;
  for (let a = 0; a < lines.length; a++) {
    const text = lines[a].text;
    if (text.length > 220 || !/item/i.test(text)) continue;
    const alone = ITEM_REF.exec(text);
    const inline = alone ? null : TITLE_WITH_ITEM.exec(clean(text));
    if (!alone && !(inline && titleLike(inline[1]))) continue;
    const item = (alone ?? inline)![alone ? 1 : 2];
    let titleStart = a;
    const titleParts: string[] = inline ? [clean(inline[1])] : [];
    if (alone) {
      let j = a - 1;
      let blanks = 0;
      while (j > previousAnchor && blanks < 6 && (isBlank(lines[j]) || isStrayPageNumber(lines, j))) { j--; blanks++; }
      const collected: number[] = [];
      // "88.<tab>Title…" above "(Item 5)": the number printed beside the title's first line (a
      // PDF's columns), which would otherwise read as an enumerated paragraph.
      let besideNumber: number | null = null;
      while (j > previousAnchor && collected.length < 4 && !isBlank(lines[j])) {
        const beside = NUMBER_BESIDE_TITLE.exec(lines[j].text);
        if (beside && titleLike(beside[3]) && (beside[2] !== " " || collected.length === 0)) {
          besideNumber = parseInt(beside[1], 10);
          collected.unshift(j);
          break;
        }
        const t = clean(lines[j].text);
        if (NUMBER_ALONE.test(t) || NUMBER_BARE.test(t)) break;
        if (collected.length > 0 && (/[.;:]$/.test(t) || ENUMERATOR.test(lines[j].text) || t.length > 160)) break;
        if (collected.length === 0 && (t.length > 200 || ENUMERATOR.test(lines[j].text))) break;
        collected.unshift(j);
        j--;
      }
      if (collected.length === 0) continue;
      titleStart = collected[0];
      titleParts.push(...collected.map((k) => clean(lines[k].text)));
      if (besideNumber !== null && (previousNumber === null || besideNumber > previousNumber)) {
        titleParts[0] = clean(NUMBER_BESIDE_TITLE.exec(lines[titleStart].text)![3]);
        out.push({ start: titleStart, bodyStart: a + 1, number: besideNumber, title: titleParts.join(" ").replace(/\s+/g, " ").trim(), item, numberLine: titleStart });
        previousAnchor = a;
        previousNumber = besideNumber;
        previousPrinted = besideNumber;
        continue;
      }
    }
    // Only a printed number says which number comes next; one taken from "(Item N)" does not.
    const found = minuteNumberAbove(lines, previousAnchor, titleStart, previousNumber, previousPrinted !== null && previousPrinted === previousNumber);
    const number = found?.number ?? (parseInt(item, 10) || out.length + 1);
    if (previousNumber !== null && number <= previousNumber && found) continue;
    out.push({
      start: found?.adjacent ? found.index : titleStart,
      bodyStart: a + 1,
      number,
      title: titleParts.join(" ").replace(/\s+/g, " ").trim(),
      item,
      numberLine: found?.index ?? null,
    });
    previousAnchor = a;
    previousNumber = number;
    if (found) previousPrinted = number;
  }
  return out;
}

/** A bare number with a blank line below it and a title above: a page number printed between title and "(Item N)". */
function isStrayPageNumber(lines: Line[], i: number): boolean {
  return NUMBER_BARE.test(lines[i].text) && i + 1 < lines.length && isBlank(lines[i + 1]) && i > 0 && !isBlank(lines[i - 1]) && titleLike(lines[i - 1].text);
}

/**
 * The minute number printed for a heading: a "84." line between the previous heading and the
 * title. Reading-order extraction can print it among the previous minute's lines, so the one
 * that follows on from the previous number is preferred.
 */
function minuteNumberAbove(lines: Line[], from: number, titleStart: number, previous: number | null, previousPrinted = true): { number: number; index: number; adjacent: boolean } | null {
  const found: { number: number; index: number; adjacent: boolean }[] = [];
  for (let i = from + 1; i < titleStart; i++) {
    const t = lines[i].text;
    const dotted = NUMBER_ALONE.exec(t);
    const adjacent = lines.slice(i + 1, titleStart).every((l) => isBlank(l));
    const bare = !dotted && adjacent ? NUMBER_BARE.exec(t) : null;
    if (bare && "page" in lines[i] && isLikelyPageNumber(lines as DocLine[], i)) continue;
    const m = dotted ?? bare;
    if (m) found.push({ number: parseInt(m[1], 10), index: i, adjacent });
  }
  if (found.length === 0) return null;
  if (previous !== null) {
    const next = found.filter((f) => f.number === previous + 1);
    if (next.length) return next[next.length - 1];
    // After a number taken from "(Item N)", a printed minute number may be far higher (minute 303 of the year).
    const later = found.filter((f) => f.number > previous && (previousPrinted ? f.number <= previous + 20 : !NUMBER_BARE.test(lines[f.index].text)));
    return later[later.length - 1] ?? null;
  }
  return found[found.length - 1];
}

/** "84." on a line of its own, the title on the next line(s). */
function numberAloneHeadings(lines: Line[]): MinuteHeading[] {
  const out: MinuteHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = NUMBER_ALONE.exec(lines[i].text);
    if (!m) continue;
    const number = parseInt(m[1], 10);
    const previous = out[out.length - 1]?.number;
    if (previous !== undefined && (number <= previous || number > previous + 20)) continue;
    let j = i + 1;
    while (j < lines.length && j <= i + 3 && isBlank(lines[j])) j++;
    if (j >= lines.length || !titleLike(lines[j].text)) continue;
    const parts = [clean(lines[j].text)];
    let k = j + 1;
    // A wrapped title: the next line carries on without a blank and is not a sentence.
    while (k < lines.length && k <= j + 2 && !isBlank(lines[k]) && titleLike(lines[k].text) && !/^[A-Z][a-z]+\s+[a-z]/.test(clean(lines[k].text)) && parts.join(" ").length < 90) {
      parts.push(clean(lines[k].text));
      k++;
    }
    out.push({ start: i, bodyStart: k, number, title: parts.join(" "), item: null, numberLine: i });
    i = k - 1;
  }
  return out;
}

/** "93/18 Title", "20.01.05 Title", "Minute 12 – Title": a reference prefix carrying the minute number. */
function numberedPrefixHeadings(lines: Line[]): MinuteHeading[] {
  const out: MinuteHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = clean(lines[i].text);
    const word = MINUTE_WORD.exec(t);
    const slash = word ? null : SLASH_NUMBER.exec(t);
    const dotted = word || slash ? null : DOTTED_NUMBER.exec(t);
    if (!word && !slash && !dotted) continue;
    const number = word ? parseInt(word[1], 10) : slash ? parseInt(slash[1], 10) : parseInt(dotted![3], 10);
    const title = (word ? word[2] : slash ? slash[3] : dotted![4]).trim();
    if (!/^[A-Z“"']/.test(title)) continue;
    const previous = out[out.length - 1]?.number;
    if (previous !== undefined && (number <= previous || number > previous + 20)) continue;
    out.push({ start: i, bodyStart: i + 1, number, title: firstSentenceOf(title), item: null, numberLine: null });
  }
  return out;
}

/** A heading line that runs on into the minute ("93/18 Budget. The Committee considered…"). */
function firstSentenceOf(title: string): string {
  const m = /^(.{3,150}?)[.:]\s+[A-Z]/.exec(title);
  return (m ? m[1] : title).replace(/[.:]$/, "").trim();
}
