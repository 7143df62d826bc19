// Dates in URL paths (/2021/12/28/, /2021/7/5/, /20211228/, -2021-12-28-): a strong, day-precise signal when present.
import { makeParts, type DateParts } from "./date-parts.ts";

const SLASHED = /[/_-]((?:19|20)\d{2})[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
// unpadded month and day only as folders of their own: in /2019/3/4-things-to-know the 4 begins a slug
const UNPADDED = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\//;
const COMPACT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** The day a URL path names, if it names one. */
export function urlDate(url: string): DateParts | undefined {
  const path = pathOf(url);
  const m = SLASHED.exec(path) ?? UNPADDED.exec(path) ?? COMPACT.exec(path);
  return m ? makeParts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function pathOf(url: string): string {
  const i = url.indexOf("//");
  const start = i >= 0 ? url.indexOf("/", i + 2) : 0;
  if (start < 0) return "";
  const q = url.search(/[?#]/);
  return url.slice(start, q > start ? q : undefined);
}
