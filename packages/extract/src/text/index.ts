import { Element, type Document } from "domhandler";
import type { ArticleMetadata, ExtractOptions, MainText } from "../types.ts";
import { cleanBlocks } from "./clean.ts";
import { mediaInRoot } from "./media.ts";
import { toHtml, toMarkdown } from "./render.ts";
import { segment } from "./segment.ts";
import { selectRoot } from "./select.ts";
import { articleVerdict } from "./verdict.ts";

export type { MainText };

/** Finds the main text of a parsed page and renders it as blocks, text, Markdown and HTML. Pure: no I/O. */
export function extractMainText(doc: Document, opts: ExtractOptions, meta: ArticleMetadata): MainText {
  const seg = segment(rootOf(doc));
  const titles = [meta.title?.value ?? "", seg.docTitle];
  const sel = selectRoot(seg, titles);
  if (sel === undefined) return empty();
  const blocks = cleanBlocks(seg, sel, titles);
  const { images, videos } = mediaInRoot(seg.media, sel.root, opts.url);
  return {
    text: blocks.map((b) => b.text).join("\n\n"),
    blocks,
    markdown: toMarkdown(blocks),
    html: toHtml(blocks),
    images,
    videos,
    ...articleVerdict(seg, sel, blocks, meta, opts.url),
  };
}

function empty(): MainText {
  return { text: "", blocks: [], markdown: "", html: "", images: [], videos: [], isArticle: false, articleScore: 0 };
}

/** A detached root over the document's top-level nodes, so stray content outside <html> is still seen. */
function rootOf(doc: Document): Element {
  return new Element("html", {}, doc.children);
}
