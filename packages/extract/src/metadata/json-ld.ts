// JSON-LD blocks as a flat list of typed nodes: arrays and @graph unrolled, mainEntity followed.
// Nodes nested under lists (related articles) are deliberately left out.
import { plainText } from "./dom-text.ts";

export type LdNode = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting|Report|Review)$/;
const PAGE_TYPE = /(?:WebPage|ItemPage|AboutPage|ProfilePage|QAPage|CollectionPage)$/;

/**
 * Parses every ld+json script: control characters and trailing commas tolerated, a block with a stray closing
 * brace or several objects in a row read value by value, a block past repair skipped.
 */
export function parseJsonLd(scripts: readonly string[]): LdNode[] {
  const out: LdNode[] = [];
  for (const text of scripts) {
    const value = parseLoose(text);
    if (value !== undefined) flatten(value, out, 0);
  }
  return out;
}

function parseLoose(text: string): unknown {
  const t = text.trim().replace(/^<!--|-->$/g, "").replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, "");
  if (t === "") return undefined;
  const whole = parseOne(t);
  if (whole !== undefined) return whole;
  // a stray closing brace after the object, or objects one after another without an array around them (CMS
  // templates that print one block per plugin): each complete top-level value on its own
  const values = topLevelValues(t).map(parseOne).filter((v) => v !== undefined);
  return values.length > 0 ? values : undefined;
}

function parseOne(t: string): unknown {
  try {
    return JSON.parse(t);
  } catch {
    try {
      // raw newlines and tabs inside strings are a common CMS mistake
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      return JSON.parse(t.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return undefined;
    }
  }
}

/** The balanced top-level objects and arrays of a text (brackets inside strings do not count; stray closers are skipped). */
function topLevelValues(t: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      if (depth > 0) inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (depth++ === 0) start = i;
    } else if ((c === 0x7d || c === 0x5d) && depth > 0 && --depth === 0) {
      out.push(t.slice(start, i + 1));
    }
  }
  return out;
}

function flatten(v: unknown, out: LdNode[], depth: number): void {
  if (depth > 4 || v === null || typeof v !== "object") return;
  if (Array.isArray(v)) {
    for (const item of v) flatten(item, out, depth + 1);
    return;
  }
  const node = v as LdNode;
  if (node["@type"] !== undefined) out.push(node);
  if (node["@graph"] !== undefined) flatten(node["@graph"], out, depth + 1);
  if (node["mainEntity"] !== undefined) flatten(node["mainEntity"], out, depth + 1);
  // a WebPage often carries its trail inside: {"breadcrumb": {"@type": "BreadcrumbList", …}}
  if (node["breadcrumb"] !== undefined) flatten(node["breadcrumb"], out, depth + 1);
}

/** The node's @type values. */
export function typesOf(node: LdNode): string[] {
  const t = node["@type"];
  if (typeof t === "string") return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : [];
}

export function isArticleNode(node: LdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPE.test(t));
}

export function isPageNode(node: LdNode): boolean {
  return typesOf(node).some((t) => PAGE_TYPE.test(t));
}

/** Article nodes first, then web pages, then the rest: the order in which to trust them. */
export function rankedNodes(nodes: readonly LdNode[]): LdNode[] {
  const rank = (n: LdNode): number => (isArticleNode(n) ? 0 : isPageNode(n) ? 1 : 2);
  return [...nodes].sort((a, b) => rank(a) - rank(b));
}

/** A string from a string, a number, {"@value"}, {"name"} or the first element of an array. */
export function ldString(v: unknown): string | undefined {
  if (typeof v === "string") return plainText(v) || undefined;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return ldString(v[0]);
  if (v !== null && typeof v === "object") {
    const o = v as LdNode;
    return ldString(o["@value"] ?? o["name"]);
  }
  return undefined;
}

export function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}
