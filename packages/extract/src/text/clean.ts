import type { Block } from "../types.ts";
import { isBoilerText, isDateLine, isPhotoCaption } from "./boiler-text.ts";
import { dropNotices } from "./notices.ts";
import { dropSignOffs } from "./sign-off.ts";
import { linkGroupBlocks } from "./link-lists.ts";
import type { RawBlock, Segmented } from "./segment.ts";
import { cutTail } from "./tail-cut.ts";
import type { Selection } from "./select.ts";
import { blockValue } from "./select.ts";

/** Turns the root's raw blocks into output blocks, dropping chrome the root still holds and the title heading. */
export function cleanBlocks(seg: Segmented, sel: Selection, titles: readonly string[]): Block[] {
  const { blocks } = seg;
  const { scope } = sel;
  const linkGroups = linkGroupBlocks(seg, sel);
  const all: RawBlock[] = [];
  for (const [start, end] of sel.ranges) {
    for (let i = start; i < end; i++) {
      const b = blocks[i];
      if (b === undefined) continue;
      // boilerplate containers inside the root go; ones wrapping it were the page's own wrappers
      if (b.boiler > scope.id && b.boiler <= scope.last) continue;
      if (linkGroups.has(i) && !b.recipe) continue;
      all.push(b);
    }
  }
  // the section-end headings are themselves boilerplate text, so look for them before filtering
  cutTail(all);
  const textual = (b: RawBlock): boolean => (b.kind === "code" || b.recipe || b.linkLen / b.len <= 0.5) && !isBoilerText(b.text) && (b.kind === "heading" || !isPhotoCaption(b.text));
  let kept = all.filter((b) => textual(b) && b.kind !== "caption");
  // a gallery tells its story in the captions: when they are all the text there is, they are the text
  if (proseLength(kept) < GALLERY_MAX_PROSE) {
    const withCaptions = all.filter(textual);
    if (proseLength(withCaptions) >= GALLERY_MIN_CAPTIONS) kept = withCaptions;
  }
  dropTitle(kept, titles);
  dropNotices(kept);
  dropSignOffs(kept);
  trimEdges(kept);
  dropOrphanHeadings(kept);
  return kept.map(toBlock);
}

/** Below this much text outside captions a page is a gallery, if its captions hold at least the second figure. */
const GALLERY_MAX_PROSE = 200;
const GALLERY_MIN_CAPTIONS = 400;

function proseLength(blocks: readonly RawBlock[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind !== "heading") n += b.len;
  return n;
}

function toBlock(b: RawBlock): Block {
  return b.kind === "heading" ? { kind: "heading", text: b.text, level: b.level } : { kind: b.kind, text: b.text };
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();

/** The page title is metadata, not text: remove its heading (and anything above it that is not text). */
function dropTitle(kept: RawBlock[], titles: readonly string[]): void {
  const ts = titles.map(norm).filter((t) => t.length > 0);
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i];
    if (b === undefined || b.kind !== "heading") continue;
    const h = norm(b.text);
    const matches = ts.length > 0 ? h.length >= 8 && ts.some((t) => t.includes(h) || h.includes(t)) : b.level === 1;
    if (!matches && !(b.level === 1 && i < 3)) continue;
    // what sits above the title is kicker, date or breadcrumb
    const above = i < 8 && kept.slice(0, i).every((x) => blockValue(x) <= 0);
    kept.splice(above ? 0 : i, above ? i + 1 : 1);
    return;
  }
}

/** Short non-text lines at the very start or end (dates, bylines, labels) are page furniture. */
function trimEdges(kept: RawBlock[]): void {
  while (kept.length > 0 && isFurniture(kept[0])) kept.shift();
  // a date line between the standfirst and the body ("Tue 5 Sep 2023 06.30 BST") is furniture too
  for (let i = Math.min(kept.length, 4) - 1; i >= 0; i--) if (kept[i]?.kind === "paragraph" && isDateLine(kept[i]?.text ?? "")) kept.splice(i, 1);
  const first = kept.findIndex((b) => blockValue(b) > 0);
  if (first > 0) {
    const lead = kept.slice(0, first).filter((b) => b.kind === "heading" || b.len >= 50);
    kept.splice(0, first, ...lead);
  }
  while (kept.length > 0 && isFurniture(kept[kept.length - 1])) kept.pop();
  let last = kept.length - 1;
  while (last >= 0 && blockValue(kept[last] as RawBlock) <= 0) last--;
  for (let i = kept.length - 1; i > last; i--) {
    const b = kept[i];
    if (b !== undefined && b.kind === "paragraph" && b.len < 40 && !isClosingLine(b)) kept.splice(i, 1);
  }
}

// a short last sentence of the text itself ("Be there or be square!"), not a label or credit
function isClosingLine(b: RawBlock): boolean {
  return b.linkLen === 0 && b.tag === "p" && /[^\d\s][.!?…]["“”»]?$/u.test(b.text);
}

function isFurniture(b: RawBlock | undefined): boolean {
  if (b === undefined) return false;
  if (isDateLine(b.text)) return true;
  return b.len < 80 && b.linkLen > 0 && b.kind !== "list-item";
}

/** A heading with nothing under it introduced a section we removed (related links, comments). */
function dropOrphanHeadings(kept: RawBlock[]): void {
  for (let i = kept.length - 1; i >= 0; i--) {
    const b = kept[i];
    if (b === undefined || b.kind !== "heading") continue;
    const next = kept[i + 1];
    if (next === undefined || (next.kind === "heading" && next.level <= b.level)) kept.splice(i, 1);
  }
}
