// Small DOM readers shared by the metadata rules.
import type { AnyNode, Element } from "domhandler";
import { elementHint } from "../dom/hint.ts";
import { isElement, isText } from "../dom/node.ts";

const INVISIBLE = new Set(["script", "style", "noscript", "template", "svg"]);

/** Visible text of an element, whitespace collapsed, reading at most `max` characters. */
export function boundedText(el: Element, max = 400): string {
  let out = "";
  const walk = (nodes: AnyNode[]): void => {
    for (const n of nodes) {
      if (out.length >= max) return;
      if (isText(n)) out += n.data;
      else if (isElement(n) && !INVISIBLE.has(n.name)) {
        if (n.name === "br" || n.name === "p" || n.name === "div" || n.name === "li") out += " ";
        walk(n.children);
        if (n.name === "p" || n.name === "div" || n.name === "li" || n.name === "span") out += " ";
      }
    }
  };
  walk(el.children);
  return clean(out.slice(0, max));
}

/** Collapses whitespace (incl. no-break spaces) and trims. */
export function clean(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2009\u202f]+/g, " ").trim();
}

/** The class and id of an element, lower-cased, for name tests. */
export function hintOf(el: Element): string {
  // the rules here were written against " " for an element with neither
  const hint = elementHint(el);
  return hint === "" ? " " : hint;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…" };

/** Decodes the character references JSON-LD and meta values sometimes carry ("&amp;", "&#038;"). */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Text of a value that may hold markup: tags dropped, entities decoded, whitespace collapsed. */
export function plainText(s: string): string {
  return clean(decodeEntities(s.replace(/<[^>]*>/g, " ")));
}
