import type { RawBlock } from "./segment.ts";

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();

/** True when a heading's text is the page title (or the title with site branding around it). */
export function isTitleHeading(b: RawBlock, titles: readonly string[]): boolean {
  if (b.kind !== "heading") return false;
  const h = norm(b.text);
  return h.length >= 8 && titles.some((t) => t.length > 0 && (t.includes(h) || h.includes(t)));
}

/**
 * Index of the block that is the article's title heading, -1 when none is found. An h1 matching the title
 * wins over a lower heading that also matches (teaser lists repeat the title as h2/h3).
 */
export function titleBlock(blocks: readonly RawBlock[], titles: readonly string[]): number {
  const ts = titles.map(norm).filter((t) => t.length > 0);
  if (ts.length === 0) return -1;
  let found = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b === undefined || !isTitleHeading(b, ts)) continue;
    if (b.level === 1) return i;
    if (found < 0) found = i;
  }
  return found;
}
