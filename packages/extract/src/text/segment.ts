import type { AnyNode, Element } from "domhandler";
import { textContent } from "domutils";
import type { BlockKind } from "../types.ts";
import { collapseSpaces } from "../dom/collapse.ts";
import { classAndId, isElement, isHidden, isText } from "../dom/node.ts";
import { BLOCK_TAGS, HEADING_LEVEL, SKIP_TAGS } from "../dom/tags.ts";
import { HintBit, HintTests } from "./hint-tests.ts";
import { CHROME_TAGS, INGREDIENTS, NEGATIVE_ROLES } from "./hints.ts";
import { collectMedia, type MediaRef } from "./media-collect.ts";

/** A run of text between block boundaries, as the walk saw it. */
export interface RawBlock {
  kind: BlockKind;
  level: number;
  text: string;
  len: number;
  linkLen: number;
  /** Id of the innermost boilerplate container holding the block, -1 when none. */
  boiler: number;
  /** Tag of the block element that holds the text. */
  tag: string;
  /** Inside a recipe's ingredient box. */
  recipe: boolean;
}

/** A block-level element with the range of blocks it holds. */
export interface NodeInfo {
  el: Element;
  tag: string;
  id: number;
  /** Id of the last element inside (ids are pre-order). */
  last: number;
  start: number;
  end: number;
  /** 0 none, 1 weak (page chrome that may wrap the article), 2 strong (boilerplate). */
  flag: 0 | 1 | 2;
  positive: boolean;
  /** Holds an h1, main or articleBody: a page wrapper, never boilerplate. */
  wrapper: boolean;
  comments: boolean;
  /** A recipe's ingredient box. */
  ingredients: boolean;
  /** Index of the enclosing block element in `nodes`, -1 at the top. */
  parent: number;
}

export interface Segmented {
  blocks: RawBlock[];
  nodes: NodeInfo[];
  media: MediaRef[];
  /** Text of the first <title>, to recognise the title heading in the body. */
  docTitle: string;
}

interface Ctx {
  kind: BlockKind;
  level: number;
  tag: string;
}

/** Only these carry weak class hints: a header cell or heading named "...-header" is not page chrome. */
const WRAPPER_TAGS: ReadonlySet<string> = new Set(["div", "section", "aside", "header", "footer", "nav", "ul", "ol", "form", "table"]);

// PHP notices a broken theme prints into the page ("Warning: Use of undefined constant ... on line 12")
const SERVER_ERROR = /^(?:(?:php )?(?:warning|notice|deprecated|strict standards|fatal error|parse error)\s*:.{0,400}\bon line\s*\d+)/i;

const LONG_HEADING = 150;

/** Blocks read per page; the busiest real pages have a few thousand. */
export const MAX_BLOCKS = 40_000;

const WHITESPACE = /^\s+$/;

/** Walks the document once, cutting text into blocks at block elements and recording each block element's range. */
export function segment(root: Element): Segmented {
  const blocks: RawBlock[] = [];
  const nodes: NodeInfo[] = [];
  const media: MediaRef[] = [];
  let buf = "";
  // code of the last character of buf (-1 when empty): asking buf itself flattens the growing concatenation every time
  let lastChar = -1;
  let linkLen = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let quoteDepth = 0;
  let articleDepth = 0;
  let recipeDepth = 0;
  let nextId = 0;
  let markers = 0;
  let parentIdx = -1;
  let docTitle = "";
  let ctx: Ctx = { kind: "paragraph", level: 0, tag: "body" };
  const hints = new HintTests();

  const flush = (): void => {
    if (buf.length === 0) return;
    let text = buf;
    if (preDepth === 0) {
      text = text.includes("\n") ? text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0).join("\n") : text.trim();
    } else {
      text = text.replace(/^\n+|\s+$/g, "");
    }
    buf = "";
    lastChar = -1;
    const ll = linkLen;
    linkLen = 0;
    if (text.length === 0 || SERVER_ERROR.test(text)) return;
    // no real heading runs to sentences: an over-long "heading" is a lead or body text set in a heading tag
    const kind = ctx.kind === "heading" && text.length > LONG_HEADING ? "paragraph" : ctx.kind;
    blocks.push({ kind, level: kind === "heading" ? ctx.level : 0, text, len: text.length, linkLen: Math.min(ll, text.length), boiler: -1, tag: ctx.tag, recipe: recipeDepth > 0 });
  };

  const addText = (raw: string): void => {
    if (preDepth > 0) {
      if (raw.length === 0) return;
      buf += raw;
      lastChar = raw.charCodeAt(raw.length - 1);
      if (linkDepth > 0) linkLen += raw.trim().length;
      return;
    }
    // most text nodes are the whitespace between tags; a first character below 128 other than a space or a
    // control in 9-13 (the ASCII part of \s) settles that a node is not one without the regex
    const c0 = raw.charCodeAt(0);
    if ((c0 === 32 || (c0 >= 9 && c0 <= 13) || c0 > 127) && WHITESPACE.test(raw)) {
      if (lastChar === -1 || lastChar === 32 || lastChar === 10) return;
      buf += " ";
      lastChar = 32;
      return;
    }
    let s = collapseSpaces(raw);
    if (s.charCodeAt(0) === 32 && (lastChar === -1 || lastChar === 32 || lastChar === 10)) s = s.slice(1);
    if (s.length === 0) return;
    buf += s;
    lastChar = s.charCodeAt(s.length - 1);
    if (linkDepth > 0) linkLen += s.trim().length;
  };

  const lineBreak = (): void => {
    if (lastChar === 32) {
      buf = buf.slice(0, -1);
      lastChar = buf.length === 0 ? -1 : buf.charCodeAt(buf.length - 1);
    }
    if (buf.length === 0) return;
    // two line breaks in a row are a paragraph break on old pages
    if (lastChar === 10) flush();
    else {
      buf += "\n";
      lastChar = 10;
    }
  };

  const walk = (el: Element): void => {
    // text past this many blocks is never the article's start; stop rather than grind through it
    if (blocks.length >= MAX_BLOCKS) return;
    const tag = el.name;
    const id = nextId++;
    // a page without <body> leaves the parser nesting the whole page in <head>: read what is not head matter
    if (tag === "head" && holdsBody(el)) {
      for (const child of el.children) if (isElement(child) && !HEAD_TAGS.has(child.name)) walk(child);
      return;
    }
    if (SKIP_TAGS.has(tag)) {
      if (tag === "title" && docTitle.length === 0) docTitle = textContent(el).replace(/\s+/g, " ").trim();
      collectMedia(el, tag, id, media);
      return;
    }
    if (tag === "br") {
      if (preDepth === 0) return lineBreak();
      buf += "\n";
      lastChar = 10;
      return;
    }
    if (tag === "hr") return flush();
    if (isHidden(el)) return;
    const ci = classAndId(el);
    if (hints.hidden(ci)) return;
    const block = BLOCK_TAGS.has(tag);
    if (!block) {
      // small inline chrome (share links, ad labels, comment counters) goes entirely
      if (hints.inlineChrome(ci)) return;
      const link = tag === "a" && el.attribs["href"] !== undefined;
      if (link) linkDepth++;
      walkChildren(el.children);
      if (link) linkDepth--;
      return;
    }
    flush();
    const saved = ctx;
    const markersBefore = markers;
    const itemprop = el.attribs["itemprop"];
    const isBodyMarker = tag === "main" || tag === "h1" || itemprop === "articleBody" || itemprop === "text";
    if (isBodyMarker) markers++;
    const said = hints.block(ci);
    const ingredients = ci.length > 0 && INGREDIENTS.test(ci);
    const info: NodeInfo = {
      el, tag, id, last: id, start: blocks.length, end: blocks.length,
      flag: flagIn(el, tag, said, articleDepth > 0, ingredients), positive: isBodyMarker || tag === "article" || (said & HintBit.positive) !== 0,
      wrapper: false, comments: (said & HintBit.comments) !== 0, ingredients, parent: parentIdx,
    };
    const savedParent = parentIdx;
    parentIdx = nodes.length;
    nodes.push(info);
    ctx = contextFor(tag, ctx, quoteDepth > 0);
    if (tag === "blockquote") quoteDepth++;
    if (tag === "pre") preDepth++;
    if (tag === "article") articleDepth++;
    if (ingredients) recipeDepth++;
    walkChildren(el.children);
    if (tag === "article") articleDepth--;
    if (ingredients) recipeDepth--;
    flush();
    if (tag === "blockquote") quoteDepth--;
    if (tag === "pre") preDepth--;
    ctx = saved;
    parentIdx = savedParent;
    info.last = nextId - 1;
    info.end = blocks.length;
    info.wrapper = markers > markersBefore + (isBodyMarker ? 1 : 0) || itemprop === "articleBody" || tag === "main";
  };

  const walkChildren = (children: AnyNode[]): void => {
    for (const child of children) {
      if (isText(child)) addText(child.data);
      else if (isElement(child)) walk(child);
    }
  };

  walk(root);
  flush();
  return { blocks, nodes, media, docTitle };
}

/** Elements that belong in <head>; anything else there is page content the parser nested in it. */
const HEAD_TAGS: ReadonlySet<string> = new Set(["title", "meta", "link", "script", "style", "base", "noscript", "template"]);

function holdsBody(head: Element): boolean {
  return head.children.some((c) => isElement(c) && !HEAD_TAGS.has(c.name) && BLOCK_TAGS.has(c.name));
}

/** The flag in context: an article's own <header> holds its title and standfirst, an ingredient box is text. */
function flagIn(el: Element, tag: string, said: number, inArticle: boolean, ingredients: boolean): 0 | 1 | 2 {
  if (tag === "header" && inArticle && (said & (HintBit.flagNegative | HintBit.flagWeak)) === 0) return 0;
  const flag = flagOf(el, tag, said);
  return ingredients && flag === 1 ? 0 : flag;
}

/** `said` holds the HintBit answers for the element's class and id. */
function flagOf(el: Element, tag: string, said: number): 0 | 1 | 2 {
  if (tag === "body" || tag === "html" || tag === "main" || el.attribs["itemprop"] === "articleBody") return 0;
  if (tag === "nav") return 2;
  if ((said & HintBit.flagNegative) !== 0) return tag === "article" ? 1 : 2;
  const role = el.attribs["role"];
  if (role !== undefined && NEGATIVE_ROLES.has(role)) return 1;
  if (CHROME_TAGS.has(tag)) return 1;
  if ((said & HintBit.flagWeak) !== 0 && WRAPPER_TAGS.has(tag)) return 1;
  return 0;
}

function contextFor(tag: string, parent: Ctx, inQuote: boolean): Ctx {
  const level = HEADING_LEVEL[tag];
  if (level !== undefined) return { kind: "heading", level, tag };
  switch (tag) {
    case "li":
    case "dt":
    case "dd":
      return { kind: "list-item", level: 0, tag };
    case "blockquote":
      return { kind: "quote", level: 0, tag };
    case "td":
    case "th":
      return { kind: "table-cell", level: 0, tag };
    case "figcaption":
    case "caption":
    case "figure":
      return { kind: "caption", level: 0, tag };
    case "pre":
      return { kind: "code", level: 0, tag };
    default:
      // a paragraph inside a heading is an unclosed heading swallowing the text after it
      if (tag === "p" && parent.kind === "heading") return { kind: inQuote ? "quote" : "paragraph", level: 0, tag };
      if (parent.kind === "heading" || parent.kind === "caption" || parent.kind === "code") return { ...parent, tag };
      return { kind: inQuote ? "quote" : parent.kind === "list-item" ? "list-item" : "paragraph", level: 0, tag };
  }
}
