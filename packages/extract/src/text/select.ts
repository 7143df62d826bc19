import type { NodeInfo, RawBlock, Segmented } from "./segment.ts";
import { titleBlock } from "./title-anchor.ts";

/** The chosen main-content element and the evidence for it. */
export interface Selection {
  root: NodeInfo;
  score: number;
  /** Sum of good-text weight on the whole page and inside the root. */
  pageGood: number;
  rootGood: number;
  /** Block ranges [start, end) taken: the root and good sibling runs beside it. */
  ranges: Array<[number, number]>;
  /** The element whose boilerplate containers are dropped (the root, or its parent when siblings joined). */
  scope: NodeInfo;
}

const LINK_COST = 0.3;
const BOILER_COST = 0.5;

const SIBLING_MIN = 80;

const TITLE_BEFORE = 2;
const TITLE_AFTER = 6;
const TITLE_BONUS = 1.5;
const LEAD_MIN = 80;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const SENTENCE_END = /[.!?:;…"“”»«)\u3002\uff01\uff1f]/;

/** Text weight: CJK packs more meaning per character than alphabetic scripts. */
export function weightOf(b: RawBlock): number {
  if (b.len < 400 && b.text.charCodeAt(0) > 0x2fff) {
    const cjk = b.text.match(CJK);
    if (cjk !== null) return b.len + cjk.length * 2;
  }
  return b.len;
}

/** How much a block speaks for (positive) or against (negative) the container holding it. */
export function blockValue(b: RawBlock): number {
  const ld = b.linkLen / b.len;
  const w = weightOf(b);
  if (ld > 0.5) return -w;
  if (b.kind === "heading") return ld > 0.3 ? -w : 0;
  if (w >= 80 && ld <= 0.3) return w * (1 - ld);
  if (w >= 40 && ld <= 0.3 && SENTENCE_END.test(b.text)) return w * 0.5;
  if (ld > 0.2) return -w * 0.5;
  // short plain text (ingredients, table cells, list items) leans towards content
  return ld === 0 && b.kind !== "paragraph" ? Math.min(w, 40) * 0.2 : 0;
}

/** Settles which flagged containers really are boilerplate and marks their blocks. */
export function markBoilerplate(seg: Segmented, good: Float64Array): void {
  const total = good[good.length - 1] ?? 0;
  const groups = weakGroups(seg, good);
  for (const n of seg.nodes) {
    if (n.flag === 0) continue;
    const own = (good[n.end] ?? 0) - (good[n.start] ?? 0);
    const share = total > 0 ? (n.flag === 1 ? (groups.get(groupKey(n)) ?? own) : own) / total : 0;
    if (n.wrapper || (n.flag === 1 && (share > 0.4 || onlyHeading(seg, n))) || (n.flag === 2 && !n.comments && share > 0.6)) {
      n.flag = 0;
      continue;
    }
    for (let i = n.start; i < n.end; i++) {
      const b = seg.blocks[i];
      if (b !== undefined) b.boiler = n.id;
    }
  }
}

/**
 * Weakly flagged siblings of one kind (an article split into "TestReport__Section--Ads" sections, one per
 * subheading) are judged together: the text they hold between them decides, as one box's would.
 */
function weakGroups(seg: Segmented, good: Float64Array): Map<string, number> {
  const groups = new Map<string, number>();
  for (const n of seg.nodes) {
    if (n.flag !== 1) continue;
    const key = groupKey(n);
    groups.set(key, (groups.get(key) ?? 0) + (good[n.end] ?? 0) - (good[n.start] ?? 0));
  }
  return groups;
}

/** Siblings of one tag whose classes begin alike ("TestReport__Section", then their modifiers). */
function groupKey(n: NodeInfo): string {
  return `${n.parent} ${n.tag} ${(n.el.attribs["class"] ?? "").trim().split(/\s+/, 1)[0] ?? ""}`;
}

/** A "header" box around a lone heading is the heading's own wrapper, not the page header. */
function onlyHeading(seg: Segmented, n: NodeInfo): boolean {
  return n.end - n.start === 1 && seg.blocks[n.start]?.kind === "heading" && n.tag !== "header";
}

/** Picks the element whose blocks add up to the most article-like text (a maximum-sum subtree). */
export function selectRoot(seg: Segmented, titles: readonly string[] = []): Selection | undefined {
  const { blocks } = seg;
  const base = blocks.map(blockValue);
  const good = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) good[i + 1] = (good[i] ?? 0) + Math.max(0, base[i] ?? 0);
  markBoilerplate(seg, good);
  const title = titleBlock(blocks, titles);
  const found = pick(seg, base, good, title);
  if (found !== undefined) return found;
  // every text block sat in something that looked like chrome (page builders name all boxes "widget"): ignore the hints
  for (const b of blocks) b.boiler = -1;
  for (const n of seg.nodes) n.flag = 0;
  return pick(seg, base, good, title);
}

function pick(seg: Segmented, base: readonly number[], good: Float64Array, title: number): Selection | undefined {
  const { blocks, nodes } = seg;
  const sum = new Float64Array(blocks.length + 1);
  const kept = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const v = base[i] ?? 0;
    const boiler = b !== undefined && b.boiler >= 0;
    sum[i + 1] = (sum[i] ?? 0) + (boiler ? -weightOf(b) * BOILER_COST : v < 0 ? v * LINK_COST : v);
    kept[i + 1] = (kept[i] ?? 0) + (boiler ? 0 : Math.max(0, v));
  }
  let best: NodeInfo | undefined;
  let bestScore = 0;
  for (const n of nodes) {
    if (n.flag !== 0 || n.end === n.start) continue;
    let s = (sum[n.end] ?? 0) - (sum[n.start] ?? 0);
    if (s <= 0) continue;
    if (n.positive) s *= n.tag === "article" || n.wrapper ? 1.25 : 1.1;
    // the article text starts at its title: a box that opens right there beats text far from it
    if (title >= 0 && n.start >= title - TITLE_BEFORE && n.start <= title + TITLE_AFTER) s *= TITLE_BONUS;
    // ties go to the inner element: it carries the same text with less around it
    if (s >= bestScore) {
      best = n;
      bestScore = s;
    }
  }
  if (best === undefined) return undefined;
  const pageGood = good[blocks.length] ?? 0;
  const { ranges, scope } = withSiblings(best, nodes, sum, kept);
  withLead(ranges, best, title, blocks, base);
  withIngredients(ranges, best, nodes, blocks);
  const rootGood = ranges.reduce((n, [s, e]) => n + (kept[e] ?? 0) - (kept[s] ?? 0), 0);
  return { root: best, score: bestScore, pageGood, rootGood, ranges, scope };
}

/** Takes the lead paragraphs between the title and a root that opens just below it (a standfirst in its own box). */
function withLead(ranges: Array<[number, number]>, root: NodeInfo, title: number, blocks: readonly RawBlock[], base: readonly number[]): void {
  if (title < 0 || title >= root.start || root.start - title > TITLE_AFTER + 2) return;
  const first = ranges[0]?.[0] ?? root.start;
  for (let i = Math.min(first, root.start) - 1; i > title; i--) {
    const b = blocks[i];
    if (b !== undefined && b.boiler < 0 && b.kind === "paragraph" && (base[i] ?? 0) >= LEAD_MIN) ranges.unshift([i, i + 1]);
  }
}

/** Adds runs beside the root under the same parent that hold real text (a lead paragraph in its own box, a split body). */
function withSiblings(
  root: NodeInfo,
  nodes: readonly NodeInfo[],
  sum: Float64Array,
  kept: Float64Array,
): { ranges: Array<[number, number]>; scope: NodeInfo } {
  const parent = nodes[root.parent];
  if (parent === undefined) return { ranges: [[root.start, root.end]], scope: root };
  const runs: Array<[number, number]> = [];
  let pos = parent.start;
  for (let i = root.parent + 1; i < nodes.length; i++) {
    const n = nodes[i];
    if (n === undefined || n.start >= parent.end) break;
    if (n.parent !== root.parent) continue;
    if (n.start > pos) runs.push([pos, n.start]);
    runs.push([n.start, n.end]);
    pos = n.end;
  }
  if (pos < parent.end) runs.push([pos, parent.end]);
  const ranges: Array<[number, number]> = [];
  let joined = false;
  for (const [s, e] of runs) {
    if (s === root.start && e === root.end) {
      ranges.push([s, e]);
      continue;
    }
    const net = (sum[e] ?? 0) - (sum[s] ?? 0);
    const good = (kept[e] ?? 0) - (kept[s] ?? 0);
    if (net > 0 && good >= SIBLING_MIN && net >= good * 0.5) {
      ranges.push([s, e]);
      joined = true;
    }
  }
  return joined ? { ranges, scope: parent } : { ranges: [[root.start, root.end]], scope: root };
}

const RECIPE_LEVELS = 4;

/** Adds a recipe's ingredient boxes that sit beside the root (within a few levels), in page order. */
function withIngredients(ranges: Array<[number, number]>, root: NodeInfo, nodes: readonly NodeInfo[], blocks: readonly RawBlock[]): void {
  let top = root;
  for (let k = 0; k < RECIPE_LEVELS; k++) {
    const up = nodes[top.parent];
    if (up === undefined) break;
    top = up;
  }
  let added = false;
  let until = -1;
  for (const n of nodes) {
    if (!n.ingredients || n.start >= n.end || n.start < until) continue;
    if (n.start < top.start || n.end > top.end) continue;
    until = n.end;
    if (ranges.some(([s, e]) => n.start < e && n.end > s)) continue;
    if (blocks[n.start]?.boiler !== -1) continue;
    ranges.push([n.start, n.end]);
    added = true;
  }
  if (added) ranges.sort((a, b) => a[0] - b[0]);
}
