// Authors from the strongest source that names any: JSON-LD, <meta>, microdata, rel=author,
// then byline elements near the article. Sidebars, comments and teasers are never read.
import { isTag } from "domhandler";
import type { Author, Provenance } from "../types.ts";
import { dedupeAuthors, parseByline } from "./author-names.ts";
import { boundedText, hintOf } from "./dom-text.ts";
import { asArray, isArticleNode, ldString, typesOf, type LdNode } from "./json-ld.ts";
import type { PageFacts, Spot } from "./page-scan.ts";
import { CHROME, Zone } from "./zones.ts";

const META_KEYS = ["author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl", "cxenseparse:author", "twitter:creator:name"];
const BYLINE_CLASS = /(?:^|[\s_-])(?:by-?line|author(?:s|-?name|__name)?|autor(?:en|in)?|verfasser|article-?author|post-?author|entry-?author|writer|auteur|autore|firma|signature|signatur)(?:$|[\s_-])/;
const NOT_BYLINE = /(?:^|[\s_-])(?:bio|box|avatar|image|img|photo|description|about|more|social|follow|teaser|related|comment)/;

export interface AuthorResult {
  authors: Author[];
  source?: Provenance;
}

export function extractAuthors(facts: PageFacts, ld: readonly LdNode[], headline: number): AuthorResult {
  const tries: [Provenance, () => Author[]][] = [
    ["json-ld", () => fromJsonLd(ld)],
    ["meta", () => fromMeta(facts)],
    ["microdata", () => fromMicrodata(facts)],
    ["byline", () => fromBylines(facts, headline)],
  ];
  for (const [source, read] of tries) {
    const authors = dedupeAuthors(read()).slice(0, 10);
    if (authors.length > 0) return { authors, source };
  }
  return { authors: [] };
}

function fromJsonLd(ld: readonly LdNode[]): Author[] {
  const out: Author[] = [];
  for (const node of ld.filter(isArticleNode)) {
    for (const a of asArray(node["author"] ?? node["creator"])) {
      if (typeof a === "string") out.push(...parseByline(a));
      else if (a !== null && typeof a === "object") {
        const obj = a as LdNode;
        const name = ldString(obj["name"]);
        if (name === undefined) continue;
        const org = typesOf(obj).some((t) => /Organization|NewsMediaOrganization|Corporation/.test(t));
        out.push(...parseByline(name, org ? "organization" : typesOf(obj).includes("Person") ? "person" : undefined));
      }
    }
    if (out.length > 0) break;
  }
  return out;
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
    const nameEl = spot.el.children.filter(isTag).find((c) => c.attribs["itemprop"] === "name");
    const content = spot.el.attribs["content"];
    const text = content ?? boundedText(nameEl ?? spot.el, 120);
    const kind = /Organization/.test(spot.el.attribs["itemtype"] ?? "") ? "organization" : undefined;
    // an author block without a name field often holds a whole bio: read it as page text
    out.push(...parseByline(text, kind, content === undefined && nameEl === undefined));
  }
  return out;
}

function fromBylines(facts: PageFacts, headline: number): Author[] {
  const spots = facts.bylines.filter((s) => usable(s, headline));
  for (const spot of spots) {
    const text = boundedText(spot.el, 160);
    if (text.length === 0 || text.length >= 160) continue;
    const found = parseByline(text, undefined, true);
    if (found.length > 0) return found;
  }
  return [];
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
