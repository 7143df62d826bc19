import { absoluteHttpUrl, entry, type SourceEntry } from "./source-entry.ts";
import { list, node, text, type XmlNode } from "./xml-tree.ts";

/**
 * A sitemap's URLs. Google News sitemaps add <news:news> with the title, publication date and keywords,
 * which become hints; <lastmod> only dates the entry (a changed lastmod asks for the page again).
 */
export function urlsetEntries(urlset: XmlNode, base: string): SourceEntry[] {
  return list(urlset["url"]).flatMap((raw) => {
    const u = node(raw);
    const url = absoluteHttpUrl(text(u["loc"]), base);
    if (!url) return [];
    const news = node(list(u["news"])[0]);
    const keywords = (text(news["keywords"]) ?? "").split(",");
    return [entry(url, text(news["title"]), text(news["publication_date"]), [text(u["lastmod"])], keywords)];
  });
}

/** The child sitemaps of a sitemap index. */
export function sitemapIndexChildren(index: XmlNode, base: string): string[] {
  return list(index["sitemap"]).flatMap((raw) => {
    const url = absoluteHttpUrl(text(node(raw)["loc"]), base);
    return url ? [url] : [];
  });
}

/** `Sitemap:` lines of a robots.txt (any group; the directive stands on its own). */
export function robotsSitemaps(robotsTxt: string, base: string): string[] {
  const out: string[] = [];
  for (const line of robotsTxt.split(/\r?\n/)) {
    const m = /^\s*sitemap\s*:\s*(\S+)/i.exec(line);
    const url = absoluteHttpUrl(m?.[1], base);
    if (url) out.push(url);
  }
  return [...new Set(out)];
}
