import { XMLParser } from "fast-xml-parser";

// Namespace prefixes are dropped (news:title -> title, dc:date -> date): feeds spell them many ways.
const REPEATED = new Set(["item", "entry", "url", "sitemap", "category", "link", "subject"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

export type XmlNode = Record<string, unknown>;

/** Parses XML into plain objects (entity expansion is bounded by the parser's defaults; no DTDs are fetched). */
export const parseXml = (text: string): XmlNode => parser.parse(text) as XmlNode;

/** The text of a node: a string, the `#text` of an element with attributes, or the first of a list. */
export function text(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = text(x);
      if (t) return t;
    }
    return undefined;
  }
  if (v && typeof v === "object" && "#text" in v) return text((v as XmlNode)["#text"]);
  return undefined;
}

export const attr = (v: unknown, name: string): string | undefined =>
  v && typeof v === "object" && !Array.isArray(v) ? text((v as XmlNode)[`@_${name}`]) : undefined;

export const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

export const node = (v: unknown): XmlNode => (v && typeof v === "object" && !Array.isArray(v) ? (v as XmlNode) : {});
