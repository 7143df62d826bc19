// The lower-cased "class id" string that the zone, byline, date and boilerplate rules test. Building and
// lower-casing it anew for every rule that asks was about a fifth of the page scan, so each element keeps it.
import type { Element } from "domhandler";

/** An element with room for its hint; the tree builder gives every element the slot, unfilled. */
export type Hinted = Element & { hint: string | undefined };

/** Class and id joined by a space and lower-cased; "" when the element has neither. Made once per element. */
export function elementHint(el: Element): string {
  const slot = el as Hinted;
  let hint = slot.hint;
  if (hint === undefined) {
    const cls = el.attribs["class"];
    const id = el.attribs["id"];
    hint = cls === undefined && id === undefined ? "" : `${cls ?? ""} ${id ?? ""}`.toLowerCase();
    slot.hint = hint;
  }
  return hint;
}
