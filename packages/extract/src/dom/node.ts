import type { Element } from "domhandler";

export { isTag as isElement, isText } from "domhandler";

const SLUG = /^[^-]*(-[^-]+){4,}$/;

/** Class and id joined and lower-cased: the string the hint patterns match against. */
export function classAndId(el: Element): string {
  const cls = el.attribs["class"];
  let id = el.attribs["id"];
  // heading anchors are slugs of the heading text ("umgang-mit-den-sozialen-medien"), not layout names
  if (id !== undefined && SLUG.test(id)) id = undefined;
  if (cls === undefined && id === undefined) return "";
  return `${cls ?? ""} ${id ?? ""}`.toLowerCase();
}

/** True when an attribute or inline style hides the element from readers. */
export function isHidden(el: Element): boolean {
  if (el.attribs["hidden"] !== undefined) return true;
  const style = el.attribs["style"];
  if (style === undefined || style.length < 10) return false;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
