import type { AnyNode, Element, Text } from "domhandler";
import { ElementType } from "htmlparser2";
import { elementHint } from "./hint.ts";

// Node type tests of our own rather than domhandler's isTag/isText: under tsx a package's ESM exports are
// reached through getters (a megamorphic one for re-exports), which cost more than the test on the tree walks.
const TEXT = ElementType.Text;
const TAG = ElementType.Tag;
const SCRIPT = ElementType.Script;
const STYLE = ElementType.Style;

/** True for element nodes, <script> and <style> included (domhandler's isTag). */
export function isElement(node: AnyNode): node is Element {
  const t = node.type;
  return t === TAG || t === SCRIPT || t === STYLE;
}

/** True for text nodes. */
export function isText(node: AnyNode): node is Text {
  return node.type === TEXT;
}

const SLUG = /^[^-]*(-[^-]+){4,}$/;

/** Class and id joined and lower-cased: the string the hint patterns match against. */
export function classAndId(el: Element): string {
  const id = el.attribs["id"];
  // heading anchors are slugs of the heading text ("umgang-mit-den-sozialen-medien"), not layout names
  if (id === undefined || !SLUG.test(id)) return elementHint(el);
  const cls = el.attribs["class"];
  return cls === undefined ? "" : `${cls} `.toLowerCase();
}

/** True when an attribute or inline style hides the element from readers. */
export function isHidden(el: Element): boolean {
  if (el.attribs["hidden"] !== undefined) return true;
  const style = el.attribs["style"];
  if (style === undefined || style.length < 10) return false;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
