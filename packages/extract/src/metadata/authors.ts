// Authors from the strongest source that names any: JSON-LD, <meta>, microdata, then bylines on
// the page (class-named elements and by-words in short texts near the headline). Sidebars,
// comments and teasers are never read. When the strongest source names only an organisation
// (the publisher as author, a company in a meta tag), a person named by a weaker source wins.
import { isElement } from "../dom/node.ts";
import type { Author, Provenance } from "../types.ts";
import { isKnownOrganization } from "./author-kind.ts";
import { dedupeAuthors, parseByline } from "./author-names.ts";
import { cueBylines } from "./byline-cues.ts";
import { boundedText, hintOf } from "./dom-text.ts";
import { asArray, isArticleNode, ldString, typesOf, type LdNode } from "./json-ld.ts";
import type { PageFacts, Spot } from "./page-scan.ts";
import { CHROME, Zone } from "./zones.ts";

const META_KEYS = ["author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl", "cxenseparse:author", "twitter:creator:name"];
const BYLINE_CLASS = /(?:^|[\s_-])(?:by-?line|author(?:s|-?name|__name)?|autor(?:en|in)?|avtor|verfasser|article-?author|post-?author|entry-?author|writer|auteur|autore|firma|signature|signatur)(?:$|[\s_-])/;
const NOT_BYLINE = /(?:^|[\s_-])(?:bio|box|avatar|image|img|photo|description|about|more|social|follow|teaser|related|comment)/;

export interface AuthorResult {
  authors: Author[];
  source?: Provenance;
}

/** `siteNames`: the site's own names; a page signed with one of them is signed by the publisher. */
export function extractAuthors(facts: PageFacts, ld: readonly LdNode[], headline: number, siteNames: readonly string[] = []): AuthorResult {
  const site = new Set(siteNames.map(nameKey));
  const tries: [Provenance, () => Author[]][] = [
    ["json-ld", () => fromJsonLd(ld)],
    ["meta", () => fromMeta(facts)],
    ["microdata", () => fromMicrodata(facts)],
    ["byline", () => fromBylines(facts, headline)],
  ];
  let orgsOnly: AuthorResult | undefined;
  for (const [source, read] of tries) {
    const authors = dedupeAuthors(read())
      .slice(0, 10)
      .map((a): Author => (a.kind === "person" && site.has(nameKey(a.name)) ? { ...a, kind: "organization" } : a));
    if (authors.length === 0) continue;
    if (authors.some((a) => a.kind === "person")) return { authors, source };
    orgsOnly ??= { authors, source };
  }
  return orgsOnly ?? { authors: [] };
}

const nameKey = (s: string): string => s.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "");

function fromJsonLd(ld: readonly LdNode[]): Author[] {
  const out: Author[] = [];
  for (const node of ld.filter(isArticleNode)) {
    for (const a of asArray(node["author"] ?? node["creator"])) {
      if (typeof a === "string") out.push(...parseByline(a));
      else if (a !== null && typeof a === "object") {
        const obj = resolve(a as LdNode, ld);
        const name = ldString(obj["name"]);
        if (name === undefined) continue;
        const types = typesOf(obj);
        const org = types.some((t) => /Organization|NewsMediaOrganization|Corporation/.test(t));
        const declared = org ? "organization" : types.includes("Person") ? "person" : undefined;
        for (const found of parseByline(name, declared)) {
          // "Redacción" or "ТАСС" typed as a Person is still a newsroom or an agency
          out.push(found.kind === "person" && isKnownOrganization(found.name) ? { ...found, kind: "organization" } : found);
        }
      }
    }
    if (out.length > 0) break;
  }
  return out;
}

/** An author given only as {"@id": …} points at a Person or Organization node elsewhere in the graph. */
function resolve(ref: LdNode, ld: readonly LdNode[]): LdNode {
  const id = ref["@id"];
  if (ref["name"] !== undefined || typeof id !== "string") return ref;
  return ld.find((n) => n["@id"] === id && n["name"] !== undefined) ?? ref;
}

function fromMeta(facts: PageFacts): Author[] {
  for (const key of META_KEYS) {
    const values = facts.meta.get(key)?.filter((v) => !/^https?:\/\//.test(v.trim()) && !v.trim().startsWith("@"));
    if (values && values.length > 0) return values.flatMap((v) => parseByline(v));
  }
  return [];
}

function fromMicrodata(facts: PageFacts): Author[] {
  const out: Author[] = [];
  for (const spot of facts.itemprops) {
    if (!/\b(?:author|creator)\b/i.test(spot.el.attribs["itemprop"] ?? "") || (spot.zone & CHROME) !== 0) continue;
    const nameEl = spot.el.children.filter(isElement).find((c) => c.attribs["itemprop"] === "name");
    const content = spot.el.attribs["content"];
    const text = content ?? boundedText(nameEl ?? spot.el, 120);
    const kind = /Organization/.test(spot.el.attribs["itemtype"] ?? "") ? "organization" : undefined;
    // an author block without a name field often holds a whole bio: read it as page text
    out.push(...parseByline(text, kind, content === undefined && nameEl === undefined));
  }
  return out;
}

interface Candidate {
  text: string;
  order: number;
  zone: number;
}

/** Class-named byline elements and by-word texts, nearest to the headline first. */
function fromBylines(facts: PageFacts, headline: number): Author[] {
  const cands: Candidate[] = facts.bylines.filter((s) => usable(s, headline)).map((s) => ({ text: boundedText(s.el, 160), order: s.order, zone: s.zone }));
  cands.push(...cueBylines(facts, headline));
  cands.sort((a, b) => distance(a, headline) - distance(b, headline) || a.order - b.order);
  for (const c of cands) {
    if (c.text.length === 0 || c.text.length >= 160) continue;
    const found = parseByline(c.text, undefined, true);
    if (found.length > 0) return found;
  }
  return [];
}

/** Below the headline and inside the article is closest; far below or above it, other stories begin. */
function distance(c: Candidate, headline: number): number {
  if (headline === 0) return c.order;
  const d = c.order - headline;
  const base = d >= -15 ? Math.abs(d) : 200 - d;
  return (c.zone & Zone.article) !== 0 ? base : base + 40;
}

function usable(spot: Spot, headline: number): boolean {
  if ((spot.zone & (CHROME | Zone.header)) !== 0 && (spot.zone & Zone.article) === 0) return false;
  const rel = spot.el.attribs["rel"];
  if (rel !== undefined && /\bauthor\b/i.test(rel)) return true;
  const hint = hintOf(spot.el);
  if (!BYLINE_CLASS.test(hint) || NOT_BYLINE.test(hint)) return false;
  // bylines sit by the headline or at the article's end; far away they belong to other stories
  return headline === 0 || spot.order >= headline - 40 || (spot.zone & Zone.article) !== 0;
}
