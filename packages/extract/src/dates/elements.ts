// Dates shown to readers in dedicated elements: <time>, microdata items, and elements
// whose class or id names a date. Site chrome, comments and related-article lists are ignored.
import { isElement } from "../dom/node.ts";
import type { PageFacts, Spot } from "../metadata/page-scan.ts";
import { boundedText, hintOf } from "../metadata/dom-text.ts";
import { Zone } from "../metadata/zones.ts";
import type { DateCandidate, DateRole, Layout } from "./candidate.ts";
import { parseDateValue } from "./parse-value.ts";
import { groupOf, penaliseLists } from "./lists.ts";
import { placeScore } from "./position.ts";
import { firstTextDate } from "./text-dates.ts";

const UPDATED = /updat|modif|changed|aktualisiert|edited|revis|geändert|actualiz|aggiorn|mise?-?a-?jour/;
const PUBLISHED = /publi|pubdate|posted|created|entry-date|erstellt|veroeff|veröff|datepublished|article-date|post-date|story-date/;
const COMMENT_HINT = /comment|reply|kommentar|antwort/;

/** Candidates from <time> and date-named elements for one role. */
export function elementDates(facts: PageFacts, role: DateRole, monthFirst: boolean, layout: Layout): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const spot of facts.times) {
    const a = spot.el.attribs;
    const hint = `${hintOf(spot.el)} ${a["itemprop"] ?? ""} ${a["pubdate"] !== undefined ? "pubdate" : ""} ${parentHint(spot)}`;
    const raw = a["datetime"] ?? a["content"] ?? boundedText(spot.el, 120);
    const parts = parseDateValue(raw, monthFirst) ?? firstTextDate(boundedText(spot.el, 120), monthFirst, true)?.parts;
    if (!parts) continue;
    const score = rate(spot, hint, role, layout, 30);
    if (score > 0) out.push({ parts, raw, source: "time-element", score, order: spot.order, group: groupOf(spot.el) ?? "" });
  }
  for (const spot of facts.itemprops) {
    const prop = spot.el.attribs["itemprop"] ?? "";
    const want = role === "published" ? /^date(?:published|created)$/i : /^datemodified$/i;
    if (!want.test(prop) || spot.el.name === "time") continue;
    const text = boundedText(spot.el, 120);
    const found = firstTextDate(text, monthFirst);
    if (!found || (spot.zone & layout.chrome) !== 0) continue;
    const score = 32 + placeScore(spot.order, spot.zone, layout);
    out.push({ parts: found.parts, raw: found.raw, source: "microdata", score, order: spot.order, group: groupOf(spot.el) ?? "" });
  }
  let looked = 0;
  for (const spot of facts.dateish) {
    if (looked >= 40) break;
    if ((spot.zone & (layout.chrome | Zone.header)) !== 0 && (spot.zone & Zone.article) === 0) continue;
    const hint = hintOf(spot.el);
    if (!/date|datum|fecha|time|zeit|publi|posted|dateline|meta|byline|info|stand/.test(hint)) continue;
    looked++;
    const a = spot.el.attribs;
    const attr = a["data-date"] ?? a["data-timestamp"] ?? a["datetime"] ?? a["content"];
    const text = boundedText(spot.el, 200);
    if (text.length >= 200 && attr === undefined) continue;
    const parts = (attr !== undefined ? parseDateValue(attr, monthFirst) : undefined) ?? firstTextDate(text, monthFirst, true)?.parts;
    if (!parts) continue;
    // the element's words only vouch for its first date, which the published role reads
    const score = rate(spot, role === "published" ? hint + " " + text.toLowerCase().slice(0, 60) : hint, role, layout, 26);
    if (score > 0) out.push({ parts, raw: attr ?? text, source: "byline", score, order: spot.order, group: groupOf(spot.el) ?? "" });
  }
  penaliseLists(out, layout);
  return out;
}

function parentHint(spot: Spot): string {
  const p = spot.el.parent;
  return p && isElement(p) ? hintOf(p) : "";
}

/** Scores one element: zero when it is chrome or plays the other role. */
function rate(spot: Spot, hint: string, role: DateRole, layout: Layout, base: number): number {
  if ((spot.zone & layout.chrome) !== 0 || COMMENT_HINT.test(hint)) return 0;
  const updated = UPDATED.test(hint);
  const published = PUBLISHED.test(hint);
  if (role === "modified" && !updated) return 0;
  if (role === "published" && updated && !published) return 0;
  const score = base + (published ? 8 : 0) + placeScore(spot.order, spot.zone, layout);
  return Math.max(score, 1);
}
