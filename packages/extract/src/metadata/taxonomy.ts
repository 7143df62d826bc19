// Where the article sits on its site (breadcrumbs, section) and how the publisher tagged it.
import type { AnyNode } from "domhandler";
import { isElement } from "../dom/node.ts";
import { findOne } from "domutils";
import type { Provenance, Sourced } from "../types.ts";
import { boundedText, plainText } from "./dom-text.ts";
import { asArray, isArticleNode, ldString, typesOf, type LdNode } from "./json-ld.ts";
import type { PageFacts } from "./page-scan.ts";
import { CHROME } from "./zones.ts";

const HOME = /^(?:(?:zur|zurück zur|to|back to)\s+)?(?:home|homepage|start|startseite|accueil|inicio|portada|главная|головна|strona główna|página inicial|inizio|hjem|hem|etusivu|you are here:?|sie sind hier:?)$/i;
// separators, "‹ back" links and dates are not places on the site
const NOT_CRUMB = /^(?:(?:you are here|sie (?:sind|befinden sich) hier|vous êtes ici|usted está aquí|jesteś tutaj)\W*|[>»/|›‹«<]+|[‹«<←]\s*\S.*|(?:zurück|back|retour|volver|indietro)\b.*|[\d\s./:-]+|null|undefined)$/i;
const MAX_TAGS = 30;
const URL_WORDS = /^(?:articles?|archives?|story|stories|posts?|pages?|content|contents|amp|html|index|node|item|items|detail|details|view|read|web|blog|blogs|entry|entries|doc|docs|www|static|media|uploads|wp-content|cms|public)$/i;

export interface Crumbs {
  crumbs: string[];
  source: Provenance;
}

/** Breadcrumb labels without "Home" and without the article's own title at the end. */
export function extractBreadcrumbs(facts: PageFacts, ld: readonly LdNode[], title: string | undefined): Crumbs {
  let crumbs = fromLd(ld);
  const source: Provenance = crumbs.length > 0 ? "json-ld" : "markup";
  if (crumbs.length === 0) crumbs = fromMarkup(facts);
  crumbs = crumbs.map(plainText).filter((c) => c !== "" && c.length <= 80 && !HOME.test(c) && !NOT_CRUMB.test(c));
  const last = crumbs[crumbs.length - 1];
  if (last !== undefined && title !== undefined && sameText(last, title)) crumbs.pop();
  return { crumbs: [...new Set(crumbs)].slice(0, 8), source };
}

function fromLd(ld: readonly LdNode[]): string[] {
  const list = ld.find((n) => typesOf(n).includes("BreadcrumbList"));
  if (!list) return [];
  const items = asArray(list["itemListElement"]).filter((i): i is LdNode => i !== null && typeof i === "object");
  items.sort((a, b) => Number(a["position"] ?? 0) - Number(b["position"] ?? 0));
  return items.map((i) => ldString(i["name"]) ?? ldString(i["item"]) ?? "").filter((s) => s !== "" && !/^https?:/.test(s));
}

function fromMarkup(facts: PageFacts): string[] {
  const root = facts.breadcrumbs[0]?.el;
  if (!root) return [];
  const out: string[] = [];
  const walk = (nodes: readonly AnyNode[]): void => {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      const leafLi = n.name === "li" && findOne((e) => e.name === "a", n.children) === null;
      if (n.name === "a" || leafLi || n.attribs["itemprop"] === "name") {
        const t = boundedText(n, 80);
        if (t !== "") out.push(t);
        continue;
      }
      walk(n.children);
    }
  };
  walk(root.children);
  // crumbs written as plain text: "Home > Politik > Ausland"
  if (out.length === 0) out.push(...boundedText(root, 300).split(/\s*[>»›|/]\s*/));
  return out;
}

/**
 * Section: article:section, JSON-LD articleSection, the last breadcrumb, the article's category link
 * (rel="category"), else the URL's first path segment.
 */
export function extractSection(facts: PageFacts, ld: readonly LdNode[], crumbs: Crumbs, url: string | undefined): Sourced<string> | undefined {
  const meta = facts.meta.get("article:section")?.[0] ?? facts.meta.get("og:article:section")?.[0];
  if (meta !== undefined && plainText(meta) !== "" && !NOT_CRUMB.test(plainText(meta))) return { value: plainText(meta), source: "opengraph" };
  for (const node of ld.filter(isArticleNode)) {
    const s = ldString(node["articleSection"]);
    // some sites list several sections in one string: the first is the main one
    const first = s?.split(",")[0]?.trim();
    if (first) return { value: first, source: "json-ld" };
  }
  const crumb = crumbs.crumbs[crumbs.crumbs.length - 1];
  if (crumb !== undefined) return { value: crumb, source: crumbs.source };
  const category = categoryLink(facts);
  if (category !== undefined) return { value: category, source: "markup" };
  const seg = url !== undefined ? firstSegment(url) : undefined;
  return seg !== undefined ? { value: seg, source: "url" } : undefined;
}

/** The first rel="category" link outside the site chrome: how blog engines mark a post's category. */
function categoryLink(facts: PageFacts): string | undefined {
  for (const spot of facts.bylines) {
    if (!/\bcategory\b/i.test(spot.el.attribs["rel"] ?? "") || (spot.zone & CHROME) !== 0) continue;
    const text = boundedText(spot.el, 80);
    if (text !== "" && !NOT_CRUMB.test(text)) return text;
  }
  return undefined;
}

function firstSegment(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // a page read from disk (file:) has the folders of whoever saved it in its path, no site's sections
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  const segs = parsed.pathname.split("/").filter((s) => s !== "");
  // a lone segment is the article slug itself; a postcode may follow a place ("nantes-44000")
  const first = segs.length < 2 ? undefined : /^([\p{L}_-]{3,30}?)(?:-\d{4,5})?$/u.exec(segs[0] ?? "")?.[1];
  // language prefixes and words of the URL scheme ("/article/", "/archives/") are not sections
  if (first === undefined || /^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(first) || URL_WORDS.test(first)) return undefined;
  return decodeURIComponent(first).replace(/[-_]+/g, " ");
}

/** Publisher tags from article:tag, news_keywords, keywords, JSON-LD keywords and rel=tag links. */
export function extractTags(facts: PageFacts, ld: readonly LdNode[]): string[] {
  const raw: string[] = [...(facts.meta.get("article:tag") ?? [])];
  for (const key of ["news_keywords", "keywords"]) for (const v of facts.meta.get(key) ?? []) raw.push(...v.split(/[,;]/));
  for (const node of ld.filter(isArticleNode)) {
    for (const k of asArray(node["keywords"])) if (typeof k === "string") raw.push(...k.split(/[,;]/));
  }
  for (const spot of facts.bylines) {
    if (/\btag\b/i.test(spot.el.attribs["rel"] ?? "")) raw.push(boundedText(spot.el, 60));
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of raw) {
    const tag = plainText(t);
    const key = tag.toLowerCase();
    if (tag === "" || tag.length > 60 || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length >= MAX_TAGS) break;
  }
  return out;
}

function sameText(a: string, b: string): boolean {
  const n = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const x = n(a);
  const y = n(b);
  return x === y || (x.length > 15 && (y.startsWith(x.slice(0, 15)) || y.includes(x) || x.includes(y.slice(0, 25))));
}
