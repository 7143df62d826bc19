import type { ArticleMetadata, Block } from "../types.ts";
import type { Segmented } from "./segment.ts";
import type { Selection } from "./select.ts";

const LISTING_PATH =
  /\/(tag|tags|category|categories|kategorie|rubrik|thema|themen|topic|topics|author|autor|search|suche|archiv|archive|page|seite|etiqueta|categoria|tema|busqueda)(\/|$)|[?&](s|q|query|search|page|p)=/i;
const ERROR_TITLE = /\b(404|not found|page not found|seite nicht gefunden|fehler|error|página no encontrada|introuvable)\b/i;

/** Scores 0..1 how much the page looks like a single article rather than a home, section, tag, search or error page. */
export function articleVerdict(
  seg: Segmented,
  sel: Selection | undefined,
  blocks: readonly Block[],
  meta: ArticleMetadata,
  url: string | undefined,
): { isArticle: boolean; articleScore: number } {
  if (sel === undefined || blocks.length === 0) return { isArticle: false, articleScore: 0 };
  const textLen = blocks.reduce((n, b) => n + (b.kind === "heading" ? 0 : b.text.length), 0);
  const paragraphs = blocks.filter((b) => b.text.length >= 80 && b.kind !== "heading").length;
  let pageLen = 0;
  let pageLink = 0;
  for (const b of seg.blocks) {
    pageLen += b.len;
    pageLink += b.linkLen;
  }
  const articles = seg.nodes.filter((n) => n.tag === "article").length;
  let s = -1.5;
  s += Math.min(textLen / 600, 3);
  s += Math.min(paragraphs / 3, 1.5);
  // the chosen text should dominate the page's own good text, not be one teaser among many
  s += sel.pageGood > 0 ? (sel.rootGood / sel.pageGood - 0.5) * 2 : -1;
  s -= pageLen > 0 && pageLink / pageLen > 0.5 ? 1.5 : 0;
  s -= articles >= 4 ? 1.5 : 0;
  if (meta.publishedAt !== undefined) s += 0.5;
  if (url !== undefined) {
    const path = safePath(url);
    if (path === "/" || path === "") s -= 3;
    else if (LISTING_PATH.test(path)) s -= 2;
  }
  if (meta.title !== undefined && ERROR_TITLE.test(meta.title.value) && textLen < 1500) s -= 3;
  const articleScore = Math.round((1 / (1 + Math.exp(-s))) * 1000) / 1000;
  return { isArticle: articleScore >= 0.5, articleScore };
}

function safePath(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}
