// Page zones: where in the layout a node sits, so dates and bylines from sidebars, comments
// and the site chrome are not mistaken for the article's own.
import type { Element } from "domhandler";
import { elementHint } from "../dom/hint.ts";

export const Zone = {
  header: 1,
  footer: 2,
  nav: 4,
  aside: 8,
  comments: 16,
  related: 32,
  article: 64,
  main: 128,
  breadcrumb: 256,
} as const;

/** Zones whose dates and names never describe the article itself. */
export const CHROME = Zone.footer | Zone.nav | Zone.aside | Zone.comments | Zone.related;
/** Chrome zones told by class names alone, which misfire now and then: evidence there is weakened, not dropped. */
export const SOFT_CHROME = Zone.aside | Zone.related;

// Each pattern is tested against single class/id tokens, so a page-wide "no-sidebars" or
// "with-navigation" wrapper does not flag everything inside it.
const COMMENTS = /(?:^|[-_])(?:comments?|kommentare?|commentaires?|comentarios?|commenti|disqus|respond|replies)(?:$|[-_])/;
const RELATED =
  /related|teaser|recommend|empfehl|empfohlen|more-?(?:stories|news|articles)|also-?read|read-?more|weiterlesen|popular|trending|most-?read|meistgelesen|newsletter|outbrain|taboola|plista|carousel|^side-?bar(?:$|[-_](?:left|right|primary|secondary|widgets?|inner|wrap))|widget-?area|^promo(?:s|tion|box)?$|^(?:latest|recent)(?:$|[-_])/;
const NAV =
  /^(?:(?:main|site|primary|secondary|top|sub|global|mobile|header|footer|page|meta|service)[-_]?)?(?:nav|navbar|navigation|menu|menubar|megamenu|topbar|top-bar|header-top|skip-?links?)$/;
const SITE_HEADER = /^(?:site-?header|masthead|page-?header|global-?header|main-?header|header|header-?(?:bar|wrap|wrapper|container|inner|main|top))$/;
const SITE_FOOTER = /^(?:site-?footer|page-?footer|global-?footer|main-?footer|footer|footer-?(?:wrap|wrapper|container|inner|bottom|main|widgets)|colophon)$/;
const ARTICLE =
  /^(?:hentry|h-entry|post-?content|entry-?content|entry-?header|post-?header|article-?(?:body|content|header|head|text|main)|article__(?:body|header|content)|story-?(?:body|content|header)|single-?post|post-?single|type-post)$/;
// "fil d'Ariane", "migas de pan", "хлебные крошки"; a page-wide "breadcrumbs-hidden" flag is no trail
const BREADCRUMB = /breadcrumb|brotkrumen|krumelpfad|kruemelpfad|ariane|^migas|hlebn|хлебн/;
const ZONE_WORD =
  /comment|kommentar|comentario|disqus|respond|replies|related|teaser|recommend|empfehl|empfohlen|more|read|weiterlesen|popular|trending|meistgelesen|newsletter|outbrain|taboola|plista|carousel|side|widget|promo|latest|recent|nav|menu|topbar|top-bar|header|skip|masthead|footer|colophon|hentry|post|entry|article|story|breadcrumb|brotkrumen|krumelpfad|kruemelpfad|ariane|migas|hlebn|хлебн/;
const NOT_BREADCRUMB = /hidden|disabled|^no-|^has-/;

// hint bits above the zones: zones a class token adds only outside an article, or only below <body>
const HEADER_OUTSIDE_ARTICLE = 1 << 16;
const FOOTER_OUTSIDE_ARTICLE = 1 << 17;
const CRUMB_BELOW_BODY = 1 << 18;
/** The bits of hintZones that are zones as they stand. */
const PLAIN_ZONES = 0xffff;
/** Every bit hintZones may set; callers may keep their own answers above. */
export const HINT_ZONE_BITS = (1 << 19) - 1;

/**
 * What a class/id hint says about zones, whatever the element: zone bits plus the context-bound bits above.
 * Pure, so scanPage remembers it per distinct hint (pages repeat class names on many elements).
 */
export function hintZones(hint: string): number {
  // a word every token pattern needs: hints without one (most of them) skip the token loop
  if (hint.length <= 2 || !ZONE_WORD.test(hint)) return 0;
  let bits = 0;
  for (const token of hint.split(/\s+/)) {
    if (token.length < 3) continue;
    if (ARTICLE.test(token)) bits |= Zone.article;
    if (COMMENTS.test(token)) bits |= Zone.comments;
    if (RELATED.test(token)) bits |= Zone.related;
    if (NAV.test(token)) bits |= Zone.nav;
    if (BREADCRUMB.test(token) && !NOT_BREADCRUMB.test(token)) bits |= CRUMB_BELOW_BODY;
    if (SITE_HEADER.test(token)) bits |= HEADER_OUTSIDE_ARTICLE;
    if (SITE_FOOTER.test(token)) bits |= FOOTER_OUTSIDE_ARTICLE;
  }
  return bits;
}

/** Zone bits an element adds to those it inherits; `said` is hintZones of its hint when the caller has it. */
export function zoneOf(el: Element, inherited: number, said = hintZones(elementHint(el))): number {
  let z = inherited;
  const tag = el.name;
  const a = el.attribs;
  const inArticle = (z & Zone.article) !== 0;
  // <main> is unique per page and <article> is content: chrome flags inherited from page-wide wrappers were wrong
  if (tag === "main" || a["role"] === "main") z = (z & ~(CHROME | Zone.header)) | Zone.main;
  if (tag === "article") z = (z & ~(Zone.nav | Zone.header | Zone.footer)) | Zone.article;
  const type = a["itemtype"];
  if (type !== undefined && /(?:Article|BlogPosting|Report)$/.test(type)) z |= Zone.article;
  if (a["itemprop"] === "articleBody") z |= Zone.article;
  if (tag === "header" && !inArticle && (z & Zone.main) === 0) z |= Zone.header;
  if (tag === "footer" && !inArticle) z |= Zone.footer;
  if (tag === "nav" || a["role"] === "navigation") z |= Zone.nav;
  if (a["role"] === "contentinfo" && !inArticle) z |= Zone.footer;
  if (a["role"] === "complementary" && !inArticle) z |= Zone.aside;
  // an <aside> inside the article usually holds its own facts (date, author), not other content
  if (tag === "aside" && !inArticle) z |= Zone.aside;
  if (said !== 0) {
    z |= said & PLAIN_ZONES;
    if ((said & CRUMB_BELOW_BODY) !== 0 && tag !== "body" && tag !== "html") z |= Zone.breadcrumb;
    if (!inArticle && (said & HEADER_OUTSIDE_ARTICLE) !== 0) z |= Zone.header;
    if (!inArticle && (said & FOOTER_OUTSIDE_ARTICLE) !== 0) z |= Zone.footer;
  }
  return z;
}
