// A calendar date as the page wrote it: day, optional wall-clock time and optional UTC offset.
// Kept apart from JS Date so the page's own calendar day survives (no conversion to UTC).

export interface DateParts {
  y: number;
  m: number;
  d: number;
  /** "HH:MM:SS" wall-clock time as written on the page */
  time?: string;
  /** "Z" or "+HH:MM" when the page states it */
  offset?: string;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Builds parts when y/m/d form a real calendar date. */
export function makeParts(y: number, m: number, d: number): DateParts | undefined {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return undefined;
  if (d > (DAYS_IN_MONTH[m - 1] ?? 0)) return undefined;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return undefined;
  return { y, m, d };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** ISO 8601: date only, local date-time, or date-time with the page's own offset. */
export function toIso(p: DateParts): string {
  const day = `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
  if (p.time === undefined) return day;
  return `${day}T${p.time}${p.offset ?? ""}`;
}

/** yyyymmdd as a number, for ordering and comparing calendar days. */
export function dayKey(p: DateParts): number {
  return p.y * 10000 + p.m * 100 + p.d;
}

/** Earliest plausible publication day for a web page. */
export const MIN_DAY = 19950101;

/** Latest acceptable day: `now` plus 14 hours, the largest UTC offset, so a local "today" is never rejected. */
export function maxDay(now: Date): number {
  const t = new Date(now.getTime() + 14 * 3600_000);
  return t.getUTCFullYear() * 10000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

/** True when the date lies between MIN_DAY and `now`, and its exact instant (if known) is not in the future. */
export function isPlausible(p: DateParts, now: Date): boolean {
  const k = dayKey(p);
  if (k < MIN_DAY || k > maxDay(now)) return false;
  if (p.time !== undefined && p.offset !== undefined) {
    const ms = Date.parse(toIso(p));
    if (!Number.isNaN(ms) && ms > now.getTime() + 60_000) return false;
  }
  return true;
}
