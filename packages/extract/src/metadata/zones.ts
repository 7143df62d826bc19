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
// a word every token pattern above needs: hints without one (most of them) skip the token loop
const ZONE_WORD =
  /comment|kommentar|comentario|disqus|respond|replies|related|teaser|recommend|empfehl|empfohlen|more|read|weiterlesen|popular|trending|meistgelesen|newsletter|outbrain|taboola|plista|carousel|side|widget|promo|latest|recent|nav|menu|topbar|top-bar|header|skip|masthead|footer|colophon|hentry|post|entry|article|story|breadcrumb|brotkrumen|krumelpfad|kruemelpfad|ariane|migas|hlebn|хлебн/;
const NOT_BREADCRUMB = /hidden|disabled|^no-|^has-/;

/** Zone bits an element adds to those it inherits. */
export function zoneOf(el: Element, inherited: number): number {
  let z = inherited;
  const tag = el.name;
  const a = el.attribs;
  const hint = elementHint(el);
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
  if (hint.length > 2 && ZONE_WORD.test(hint)) {
    for (const token of hint.split(/\s+/)) {
      if (token.length < 3) continue;
      if (ARTICLE.test(token)) z |= Zone.article;
      if (COMMENTS.test(token)) z |= Zone.comments;
      if (RELATED.test(token)) z |= Zone.related;
      if (NAV.test(token)) z |= Zone.nav;
      if (BREADCRUMB.test(token) && !NOT_BREADCRUMB.test(token) && tag !== "body" && tag !== "html") z |= Zone.breadcrumb;
      if (!inArticle && SITE_HEADER.test(token)) z |= Zone.header;
      if (!inArticle && SITE_FOOTER.test(token)) z |= Zone.footer;
    }
  }
  return z;
}
