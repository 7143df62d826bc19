// One walk over the parsed page that gathers everything metadata and date rules look at,
// so no rule walks the DOM again.
import type { AnyNode, Document, Element } from "domhandler";
import { elementHint } from "../dom/hint.ts";
import { isElement, isText } from "../dom/node.ts";
import { HINT_ZONE_BITS, Zone, hintZones, zoneOf } from "./zones.ts";

/** An element seen during the walk, with the zones it sits in and its position in document order. */
export interface Spot {
  el: Element;
  zone: number;
  order: number;
}

export interface TextRun {
  text: string;
  zone: number;
  order: number;
  /** the element holding the text */
  parent: Element | undefined;
}

export interface PageFacts {
  /** `<meta>` content by lower-cased name/property/itemprop/http-equiv, every value in document order. */
  meta: Map<string, string[]>;
  links: { rel: string; href: string; el: Element }[];
  jsonLd: string[];
  title?: string;
  lang?: string;
  h1: Spot[];
  times: Spot[];
  itemprops: Spot[];
  dateish: Spot[];
  bylines: Spot[];
  breadcrumbs: Spot[];
  texts: TextRun[];
  images: Element[];
  /** a class or id names a paywall ("paywall", "piano-offer", "plus-content") */
  paywallMarker: boolean;
  elementCount: number;
}

const SKIP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "select", "button", "textarea", "head"]);
const DATEISH = /date|datum|fecha|data-?pub|time|zeit|uhrzeit|publi|posted|dateline|meta|info|stand|calendar|day|tag/;
const BYLINE = /author|autor|avtor|auteur|autore|byline|verfasser|writer|contributor|reporter|firma|signature/;
const PAYWALL = /paywall|paywalled|piano-(?:offer|paywall)|premium-(?:content|article|teaser|lock)|plus-(?:article|content|teaser)|subscriber-only|metered-content|article--locked|regwall/;
const TEXT_BUDGET = 200_000;
// collect's answers for a hint, kept above the zone bits of hintZones
const DATEISH_HINT = 1 << 20;
const BYLINE_HINT = 1 << 21;
const PAYWALL_HINT = 1 << 22;

/** Walks the page once; `texts` holds visible text runs up to a fixed budget. */
export function scanPage(doc: Document): PageFacts {
  const facts: PageFacts = {
    meta: new Map(),
    links: [],
    jsonLd: [],
    h1: [],
    times: [],
    itemprops: [],
    dateish: [],
    bylines: [],
    breadcrumbs: [],
    texts: [],
    images: [],
    paywallMarker: false,
    elementCount: 0,
  };
  let budget = TEXT_BUDGET;
  // what each distinct class/id hint says: pages give the same classes to many elements, the tests are pure
  const hints = new Map<string, number>();
  const visit = (nodes: AnyNode[], zone: number, visible: boolean, parent: Element | undefined): void => {
    for (const node of nodes) {
      if (isText(node)) {
        if (visible && budget > 0 && /\S/.test(node.data)) {
          facts.texts.push({ text: node.data, zone, order: facts.elementCount, parent });
          budget -= node.data.length;
        }
        continue;
      }
      if (!isElement(node)) continue;
      const order = ++facts.elementCount;
      const hint = elementHint(node);
      let said = hint === "" ? 0 : hints.get(hint);
      if (said === undefined) {
        said = hintFacts(hint);
        hints.set(hint, said);
      }
      const z = zoneOf(node, zone, said & HINT_ZONE_BITS);
      collect(facts, node, z, order, zone, said);
      visit(node.children, z, visible && !SKIP.has(node.name) && !isHidden(node), node);
    }
  };
  visit(doc.children, 0, true, undefined);
  return facts;
}

function isHidden(el: Element): boolean {
  return el.attribs["hidden"] !== undefined || el.attribs["aria-hidden"] === "true";
}

/** hintZones of a hint with collect's own answers above. */
function hintFacts(hint: string): number {
  let said = hintZones(hint);
  // longer than the lone space of an empty class (lower-casing never shortens a string)
  if (hint.length > 1) {
    if (DATEISH.test(hint)) said |= DATEISH_HINT;
    if (BYLINE.test(hint)) said |= BYLINE_HINT;
    if (PAYWALL.test(hint)) said |= PAYWALL_HINT;
  }
  return said;
}

function collect(f: PageFacts, el: Element, zone: number, order: number, inherited: number, said: number): void {
  const a = el.attribs;
  // made when a list first keeps the element: most elements go in none, and a spot for each was garbage
  let spot: Spot | undefined;
  switch (el.name) {
    case "meta": {
      const key = a["property"] ?? a["name"] ?? a["itemprop"] ?? a["http-equiv"];
      const content = a["content"] ?? a["value"];
      if (key !== undefined && content !== undefined) pushMeta(f, key, content);
      if (a["itemprop"] !== undefined && a["itemprop"] !== key && content !== undefined) pushMeta(f, a["itemprop"], content);
      break;
    }
    case "link":
      if (a["rel"] !== undefined && a["href"] !== undefined) f.links.push({ rel: a["rel"].toLowerCase(), href: a["href"], el });
      break;
    case "script":
      if (a["type"]?.toLowerCase().includes("ld+json")) f.jsonLd.push(scriptText(el));
      break;
    case "title":
      if (f.title === undefined && (zone & Zone.article) === 0) f.title = scriptText(el);
      break;
    case "html":
    {
      const lang = a["lang"] ?? a["xml:lang"];
      if (lang !== undefined && f.lang === undefined) f.lang = lang;
    }
      break;
    case "img":
      f.images.push(el);
      break;
    case "h1":
      f.h1.push(spot ??= { el, zone, order });
      break;
    case "time":
      f.times.push(spot ??= { el, zone, order });
      break;
    case "a":
      if (a["rel"] !== undefined && /\b(?:author|tag)\b/i.test(a["rel"])) f.bylines.push(spot ??= { el, zone, order });
      break;
  }
  if (a["itemprop"] !== undefined && el.name !== "meta") f.itemprops.push(spot ??= { el, zone, order });
  if ((zone & Zone.breadcrumb) !== 0 && (inherited & Zone.breadcrumb) === 0) f.breadcrumbs.push(spot ??= { el, zone, order });
  if ((said & DATEISH_HINT) !== 0) f.dateish.push(spot ??= { el, zone, order });
  if ((said & BYLINE_HINT) !== 0) f.bylines.push(spot ??= { el, zone, order });
  if ((said & PAYWALL_HINT) !== 0) f.paywallMarker = true;
}

function pushMeta(f: PageFacts, key: string, content: string): void {
  const k = key.trim().toLowerCase();
  const list = f.meta.get(k);
  if (list) list.push(content);
  else f.meta.set(k, [content]);
}

function scriptText(el: Element): string {
  let s = "";
  for (const c of el.children) if (isText(c)) s += c.data;
  return s;
}
