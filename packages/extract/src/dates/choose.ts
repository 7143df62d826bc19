// Picking one publication date from the evidence groups. Structured data usually wins, but a
// UTC timestamp names the wrong calendar day for half the world, so the URL or the date shown
// near the headline settles the local day when they are one day off, and the URL's day wins over a later
// structured day the page does not show.
import type { DateCandidate } from "./candidate.ts";
import { dayKey, type DateParts } from "./date-parts.ts";
import { nearHeadline } from "./position.ts";

export interface Evidence {
  structured: DateCandidate[];
  url?: DateCandidate;
  shown: DateCandidate[];
  structuredModified: DateCandidate[];
  shownModified: DateCandidate[];
  /** document order of the headline, 0 when unknown */
  headline: number;
}

/** Below this a date seen only on the page is more likely another story's than this one's. */
const MIN_SHOWN = 8;

/** Highest score wins; among equals, the earliest in the document. */
export function best(cands: readonly DateCandidate[]): DateCandidate | undefined {
  let top: DateCandidate | undefined;
  for (const c of cands) {
    if (!top || c.score > top.score || (c.score === top.score && c.order < top.order)) top = c;
  }
  return top;
}

/** Whole days from a to b. */
export function dayDiff(a: DateParts, b: DateParts): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** True when `p` is a UTC (or zone-less) instant whose local day could be `diff` days away. */
function couldBeLocal(p: DateParts, diff: number): boolean {
  if (p.time === undefined) return false;
  if (p.offset !== undefined && p.offset !== "Z" && p.offset !== "+00:00") return false;
  const hour = Number(p.time.slice(0, 2));
  return diff === -1 ? hour < 14 : diff === 1 ? hour >= 10 : false;
}

function isNear(c: DateCandidate, headline: number): boolean {
  return nearHeadline(c.order, headline);
}

/** The days the page shows readers near its headline (published or updated), with enough support to count. */
function shownNear(ev: Evidence): Set<number> {
  if (ev.headline <= 0) return new Set();
  return new Set([...ev.shown, ...ev.shownModified].filter((c) => c.score >= MIN_SHOWN && isNear(c, ev.headline)).map((c) => dayKey(c.parts)));
}

export function choosePublished(ev: Evidence): DateCandidate | undefined {
  const top = best(ev.structured);
  if (top) {
    let pick = top;
    // the page shows readers only its update day near the headline: that is the version we hold
    const mod = best(ev.structuredModified);
    if (mod && ev.headline > 0 && dayDiff(pick.parts, mod.parts) > 0) {
      const near = shownNear(ev);
      if (near.has(dayKey(mod.parts)) && !near.has(dayKey(pick.parts))) pick = mod;
    }
    if (ev.url) {
      const d = dayDiff(pick.parts, ev.url.parts);
      if (d === 0) return pick;
      if (Math.abs(d) === 1) return ev.url;
      // a URL's day is minted with the article's first version; structured data naming a later day that the page
      // does not show near its headline is more likely a re-save or a migration than the publication
      if (d < 0 && !shownNear(ev).has(dayKey(pick.parts))) return ev.url;
    }
    const shown = best(ev.shown.filter((c) => ev.headline <= 0 || isNear(c, ev.headline)));
    if (shown) {
      const d = dayDiff(pick.parts, shown.parts);
      if (d !== 0 && couldBeLocal(pick.parts, d)) pick = shown;
    }
    return pick;
  }
  // an update date next to the headline beats an unlabelled date far from it
  const shown = best([...ev.shown, ...ev.shownModified.map((c) => ({ ...c, score: c.score - 6 }))]);
  return ev.url ?? (shown && shown.score >= MIN_SHOWN ? shown : undefined);
}
