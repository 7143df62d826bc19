// Page zones: where in the layout a node sits, so dates and bylines from sidebars, comments
// and the site chrome are not mistaken for the article's own.
import type { Element } from "domhandler";

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

const COMMENTS = /(?:^|[\s_-])(?:comments?|kommentare?|commentaires?|comentarios?|commenti|disqus|respond|replies|reply)(?:$|[\s_-])/;
const RELATED =
  /related|teaser|recommend|empfehl|empfohlen|more-?(?:stories|news|articles)|also-?read|read-?more|weiterlesen|mehr-?zum|popular|trending|most-?read|meistgelesen|sidebar|widget|newsletter|promo(?:s|tion|box|-|_|\s|$)|carousel|slider|ticker|outbrain|taboola|plista|(?:^|[\s_-])(?:latest|recent)(?:$|[\s_-])/;
// whole class tokens only: "nav-header" wrapping a whole page is not a menu
const NAV = /(?:^|\s)(?:[\w-]*[_-])?(?:nav|navbar|navigation|menu|menubar|megamenu|topbar|top-bar|header-top|skip-?links?)(?:$|\s)/;
const SITE_HEADER = /(?:^|\s)(?:site-?header|masthead|page-?header|global-?header|main-?header|header|header-?(?:bar|wrap|wrapper|container|inner|main|top))(?:$|\s)/;
const SITE_FOOTER = /(?:^|\s)(?:site-?footer|page-?footer|global-?footer|main-?footer|footer|footer-?(?:wrap|wrapper|container|inner|bottom|main|widgets)|colophon)(?:$|\s)/;
const ARTICLE =
  /(?:^|[\s_-])(?:hentry|h-entry|post-?content|entry-?content|entry-?header|post-?header|article-?(?:body|content|header|head|text|main)|article__(?:body|header|content)|story-?(?:body|content|header)|single-?post|post-?single|type-post)(?:$|[\s_-])/;
const BREADCRUMB = /breadcrumb|brotkrumen|krumelpfad|kruemelpfad/;

/** Zone bits an element adds to those it inherits. */
export function zoneOf(el: Element, inherited: number): number {
  let z = inherited;
  const tag = el.name;
  const a = el.attribs;
  const hint = `${a["class"] ?? ""} ${a["id"] ?? ""} ${a["role"] ?? ""}`.toLowerCase();
  const inArticle = (z & Zone.article) !== 0;
  // <main> is unique per page and <article> is content: chrome flags inherited from page-wide wrappers were wrong
  if (tag === "main" || a["role"] === "main") z = (z & ~(CHROME | Zone.header)) | Zone.main;
  if (tag === "article") z = (z & ~(Zone.nav | Zone.header | Zone.footer)) | Zone.article;
  const type = a["itemtype"];
  if (type !== undefined && /(?:Article|BlogPosting|Report)$/.test(type)) z |= Zone.article;
  if (a["itemprop"] === "articleBody") z |= Zone.article;
  if (tag === "header" && !inArticle && (z & Zone.main) === 0) z |= Zone.header;
  if (tag === "footer" && !inArticle) z |= Zone.footer;
  if (tag === "nav") z |= Zone.nav;
  // an <aside> inside the article usually holds its own facts (date, author), not other content
  if (tag === "aside" && !inArticle) z |= Zone.aside;
  if (hint.length > 2) {
    if (ARTICLE.test(hint)) z |= Zone.article;
    if (COMMENTS.test(hint)) z |= Zone.comments;
    if (RELATED.test(hint)) z |= Zone.related;
    if (NAV.test(hint)) z |= Zone.nav;
    if (BREADCRUMB.test(hint)) z |= Zone.breadcrumb;
    if (!inArticle && SITE_HEADER.test(hint)) z |= Zone.header;
    if (!inArticle && SITE_FOOTER.test(hint)) z |= Zone.footer;
  }
  return z;
}
