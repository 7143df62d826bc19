import type { ExtractedArticle, ExtractOptions } from "./types.ts";
import { MAX_DEPTH, capDepth } from "./dom/depth-cap.ts";
import { parseHtml, parseHtmlWithin } from "./dom/parse.ts";
import { MAX_OPEN_TAGS, capNesting, capSize } from "./dom/size-cap.ts";
import { extractMetadata } from "./metadata/index.ts";
import { extractMainText } from "./text/index.ts";

/** Extracts metadata and main text from one HTML page. Parses once (twice when nested past the cap); pure: no I/O. */
export function extractArticle(html: string, opts: ExtractOptions = {}): ExtractedArticle {
  const page = capSize(html);
  // the rare page nested past the cap is parsed again with the deepest tags removed
  const parsed = parseHtmlWithin(page, MAX_OPEN_TAGS) ?? { doc: parseHtml(capNesting(page)), depth: Infinity };
  const doc = parsed.doc;
  if (parsed.depth > MAX_DEPTH) capDepth(doc);
  const meta = extractMetadata(doc, opts);
  return { ...meta, ...extractMainText(doc, opts, meta) };
}
