import type { Document } from "domhandler";
import { extractDates } from "../dates/index.ts";
import type { ArticleMetadata, ExtractOptions } from "../types.ts";
import { parseJsonLd } from "./json-ld.ts";
import { scanPage } from "./page-scan.ts";

/** Reads title, language, authors, dates and other metadata from a parsed page. Pure: no I/O. */
export function extractMetadata(doc: Document, opts: ExtractOptions): ArticleMetadata {
  const meta: ArticleMetadata = { authors: [], breadcrumbs: [], tags: [] };
  const facts = scanPage(doc);
  const ld = parseJsonLd(facts.jsonLd);
  const ogTitle = facts.meta.get("og:title")?.[0]?.trim();
  if (ogTitle) meta.title = { value: ogTitle, source: "opengraph" };
  else if (facts.title?.trim()) meta.title = { value: facts.title.trim(), source: "title-tag" };
  if (facts.lang) meta.language = { value: facts.lang, source: "html-lang" };
  const urls = [opts.url, ...facts.links.filter((l) => l.rel === "canonical").map((l) => l.href), facts.meta.get("og:url")?.[0]];
  const dates = extractDates(facts, ld, {
    urls: urls.filter((u): u is string => u !== undefined),
    now: opts.now ?? new Date(),
    ...(facts.lang ? { lang: facts.lang } : {}),
  });
  if (dates.publishedAt) meta.publishedAt = dates.publishedAt;
  if (dates.modifiedAt) meta.modifiedAt = dates.modifiedAt;
  return meta;
}
