import type { ExtractedArticle, ExtractOptions } from "./types.ts";
import { capDepth } from "./dom/depth-cap.ts";
import { parseHtml } from "./dom/parse.ts";
import { capNesting, capSize } from "./dom/size-cap.ts";
import { extractMetadata } from "./metadata/index.ts";
import { extractMainText } from "./text/index.ts";

/** Extracts metadata and main text from one HTML page. Parses once; pure: no I/O. */
export function extractArticle(html: string, opts: ExtractOptions = {}): ExtractedArticle {
  const doc = parseHtml(capNesting(capSize(html)));
  capDepth(doc);
  const meta = extractMetadata(doc, opts);
  return { ...meta, ...extractMainText(doc, opts, meta) };
}
