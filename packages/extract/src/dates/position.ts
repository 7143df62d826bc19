// How much a date's position says about it: next to the headline and inside the article is
// strong; far above the headline outside the article is the site's "today" line.
import { Zone } from "../metadata/zones.ts";
import type { Layout } from "./candidate.ts";

/** Score adjustment for a date at document `order` in `zone`. */
export function placeScore(order: number, zone: number, layout: Layout): number {
  let s = 0;
  const inBody = (zone & (Zone.article | Zone.main)) !== 0;
  if ((zone & Zone.article) !== 0) s += 4;
  else if ((zone & Zone.main) !== 0) s += 2;
  const dist = order - layout.headline;
  const beside = layout.headline > 0 && dist >= -15 && dist <= 25;
  // a "teaser"/"related" class right at the headline is a naming accident, not a related-article box
  if ((zone & layout.soft) !== 0 && !(dist >= -15 && dist <= 0)) s -= 12;
  if ((zone & Zone.header) !== 0 && !inBody) s -= 15;
  // when the headline has an <article> around it, what follows outside it is another story
  if (layout.headlineInArticle && (zone & Zone.article) === 0 && dist > 0) s -= 8;
  if (layout.headline > 0) {
    if (beside) s += 14;
    else if (dist > 25 && dist <= 80) s += 9;
    else if (dist > 80 && dist <= 250) s += 3;
    else if (dist < -15 && !inBody) s -= 12;
  }
  return s;
}

/** True when a date sits close enough to the headline to describe the article. */
export function nearHeadline(order: number, headline: number): boolean {
  return headline > 0 && order >= headline - 15 && order <= headline + 80;
}
