// Many dates in repeated markup (same tag and class) belong to a list of other articles:
// teasers, archives, "more from this author". Such dates are weakened unless they sit by the headline.
import type { Element } from "domhandler";
import type { DateCandidate, Layout } from "./candidate.ts";
import { dayKey } from "./date-parts.ts";

const LIST_PENALTY = 18;

/** Tag plus class of an element: the shape that repeats in lists. */
export function groupOf(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const cls = el.attribs["class"];
  const parent = el.parent as Element | null;
  const pcls = parent?.attribs?.["class"] ?? "";
  return `${el.name}.${cls ?? ""}<${pcls}`;
}

/** Lowers the score of candidates that belong to a group of three or more with differing days. */
export function penaliseLists(cands: DateCandidate[], layout: Layout): void {
  const groups = new Map<string, DateCandidate[]>();
  for (const c of cands) {
    if (c.group === undefined) continue;
    const list = groups.get(c.group);
    if (list) list.push(c);
    else groups.set(c.group, [c]);
  }
  for (const list of groups.values()) {
    if (list.length < 3 || new Set(list.map((c) => dayKey(c.parts))).size < 2) continue;
    for (const c of list) {
      const nearHeadline = layout.headline > 0 && c.order >= layout.headline - 15 && c.order <= layout.headline + 2;
      if (!nearHeadline) c.score -= LIST_PENALTY;
    }
  }
}
