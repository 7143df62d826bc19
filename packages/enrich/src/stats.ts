import type { Doc } from "./text/document.ts";
import type { TextStats } from "./types.ts";

const WORDS_PER_MINUTE = 220;

/** Counts over the analysed (non-boilerplate) text. */
export function textStats(doc: Doc): TextStats {
  let words = 0;
  for (const s of doc.sentences) for (const t of s.tokens) if (/^[\p{L}\p{N}]/u.test(t.text)) words++;
  const paragraphs = doc.blocks.filter((b) => !b.boilerplate && b.sentences.length > 0).length;
  return {
    words,
    sentences: doc.sentences.length,
    paragraphs,
    readingTimeMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}
