// Dates written in running text, in the numeric and month-name forms of the languages we see
// most. One combined regex, compiled once, finds them all in a single pass.
import { makeParts, type DateParts } from "./date-parts.ts";
import { MONTH_PATTERN, monthNumber } from "./month-names.ts";

export interface TextDate {
  parts: DateParts;
  index: number;
  raw: string;
}

const S = "[\\s\\u00a0]";
const YEAR = "((?:19|20)\\d{2})";
const ISO = `(?<![\\d.])${YEAR}-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?${S}*(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])`;
const YMD = `(?<![\\d.])${YEAR}[./](\\d{1,2})[./](\\d{1,2})(?![\\d])`;
const CJK = `${YEAR}${S}*年${S}*(\\d{1,2})${S}*月${S}*(\\d{1,2})${S}*日`;
const DMY = `(?<![\\d.,/])(\\d{1,2})([./-])${S}?(\\d{1,2})\\15${S}?${YEAR}(?![\\d]|\\.\\d)`;
const DAY_MONTH = `(?<![\\d\\p{L}])(\\d{1,2})(?:\\.|er|º|°|st|nd|rd|th)?${S}*(?:de${S}+|d['’]|-)?${S}*(?<![\\p{L}])(${MONTH_PATTERN})(?![\\p{L}])\\.?(?:${S}*(?:,|de|del|-))?${S}*${YEAR}(?![\\d])`;
const MONTH_DAY = `(?<![\\p{L}])(${MONTH_PATTERN})(?![\\p{L}])\\.?${S}+(\\d{1,2})(?:st|nd|rd|th)?,?${S}+${YEAR}(?![\\d])`;

// group numbers of each alternative, in the order of the sources above
const ALL = new RegExp(`${ISO}|${YMD}|${CJK}|${DMY}|${DAY_MONTH}|${MONTH_DAY}`, "giu");
// the same, tried at one position only
const ALL_AT = new RegExp(ALL.source, "yiu");

/**
 * Every plausible-looking date in `text`; `monthFirst` reads ambiguous n/n/yyyy as US month/day. `lead`, when
 * given, promises that no date starts more than that many characters before its year (true where whitespace
 * runs are short), so the scan jumps over stretches without a year instead of trying every position.
 */
export function findTextDates(text: string, monthFirst = false, limit = 50, lead?: number): TextDate[] {
  if (lead !== undefined) return datesNearYears(text, monthFirst, limit, lead);
  const out: TextDate[] = [];
  ALL.lastIndex = 0;
  while (out.length < limit) {
    const m = ALL.exec(text);
    if (m === null) break;
    const parts = partsOf(m, monthFirst);
    if (parts) out.push({ parts, index: m.index, raw: m[0] });
  }
  return out;
}

/**
 * findTextDates where every date starts at most `lead` characters before its year: the pattern is tried only at
 * the positions from `lead` before each year up to the year. Searching on past a year that starts no date, as an
 * unanchored search does, would try every position of the text up to the next date, and none before the next
 * year's window can start one; the leftmost match, and so the list, is the same.
 */
function datesNearYears(text: string, monthFirst: boolean, limit: number, lead: number): TextDate[] {
  const out: TextDate[] = [];
  let from = 0;
  while (out.length < limit) {
    const year = nextYear(text, from);
    if (year < 0) break;
    let m: RegExpExecArray | null = null;
    for (let at = Math.max(from, year - lead); at <= year && m === null; at++) {
      ALL_AT.lastIndex = at;
      m = ALL_AT.exec(text);
    }
    if (m === null) {
      from = year + 1;
      continue;
    }
    from = m.index + m[0].length;
    const parts = partsOf(m, monthFirst);
    if (parts) out.push({ parts, index: m.index, raw: m[0] });
  }
  return out;
}

// every date form holds a four-digit year; a year may overlap another ("2019" holds "2019" and "19..")
const YEARISH = /(?:19|20)\d\d/g;

function nextYear(text: string, from: number): number {
  YEARISH.lastIndex = from;
  return YEARISH.exec(text)?.index ?? -1;
}

const SHORT_YEAR = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/;

/** The first date in `text`, if any; `shortYear` also reads "31.10.23", fine in a date element, too loose in prose. */
export function firstTextDate(text: string, monthFirst = false, shortYear = false): TextDate | undefined {
  const found = findTextDates(text, monthFirst, 1)[0];
  if (found || !shortYear) return found;
  const m = SHORT_YEAR.exec(text);
  if (!m) return undefined;
  const yy = Number(m[3]);
  const parts = makeParts(yy < 70 ? 2000 + yy : 1900 + yy, Number(m[2]), Number(m[1]));
  return parts ? { parts, index: m.index, raw: m[0] } : undefined;
}

function partsOf(m: RegExpExecArray, monthFirst: boolean): DateParts | undefined {
  const g = (i: number): string | undefined => m[i];
  const n = (i: number): number => Number(m[i]);
  if (g(1) !== undefined) {
    const p = makeParts(n(1), n(2), n(3));
    if (p && g(4) !== undefined) {
      p.time = `${g(4)!.padStart(2, "0")}:${g(5)!}:${g(6) ?? "00"}`;
      const off = g(7);
      if (off !== undefined) p.offset = normaliseOffset(off);
    }
    return p;
  }
  if (g(8) !== undefined) return makeParts(n(8), n(9), n(10));
  if (g(11) !== undefined) return makeParts(n(11), n(12), n(13));
  if (g(14) !== undefined) {
    const a = n(14);
    const b = n(16);
    const y = n(17);
    // "/" is ambiguous: US pages write month first; a value above 12 settles it either way
    const usOrder = g(15) === "/" && (a > 12 ? false : b > 12 ? true : monthFirst);
    return usOrder ? makeParts(y, a, b) : makeParts(y, b, a);
  }
  if (g(18) !== undefined) {
    const mon = monthNumber(g(19)!);
    return mon === undefined ? undefined : makeParts(n(20), mon, n(18));
  }
  const name = g(21);
  if (name !== undefined) {
    const mon = monthNumber(name);
    return mon === undefined ? undefined : makeParts(n(23), mon, n(22));
  }
  return undefined;
}

/** "+0100" / "+01" / "+01:00" → "+01:00"; "Z" stays. */
export function normaliseOffset(off: string): string {
  if (off === "Z" || off === "z") return "Z";
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(off);
  if (!m) return "";
  return `${m[1]!}${m[2]!}:${m[3] ?? "00"}`;
}
