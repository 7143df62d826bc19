import type { NodeInfo, Segmented } from "./segment.ts";
import { blockValue, type Selection } from "./select.ts";

/**
 * Marks blocks inside the scope that sit in link-heavy groups (teaser lists: linked headline plus a short
 * summary). Each summary alone looks like text; the group as a whole is mostly links.
 */
export function linkGroupBlocks(seg: Segmented, sel: Selection): Set<number> {
  const { blocks, nodes } = seg;
  const { scope } = sel;
  const drop = new Set<number>();
  const len = new Float64Array(blocks.length + 1);
  const link = new Float64Array(blocks.length + 1);
  for (let i = scope.start; i < scope.end; i++) {
    const b = blocks[i];
    len[i + 1] = (len[i] ?? 0) + (b?.len ?? 0);
    link[i + 1] = (link[i] ?? 0) + (b?.linkLen ?? 0);
  }
  // the heaviest text block of the scope is article text: a box holding it beside link lists (a body followed
  // by shownotes or a source list) is not a teaser group
  let heaviest = -1;
  let most = 0;
  for (let i = scope.start; i < scope.end; i++) {
    const b = blocks[i];
    const v = b === undefined ? 0 : blockValue(b);
    if (v > most) {
      most = v;
      heaviest = i;
    }
  }
  const holdsText = (n: NodeInfo): boolean => heaviest >= n.start && heaviest < n.end;
  for (const n of nodes) {
    if (n.id <= scope.id || n.id > scope.last || n.end - n.start < 1) continue;
    if (n.end - n.start < 2 && !TEASER.test(n.el.attribs["class"] ?? "")) continue;
    const l = (len[n.end] ?? 0) - (len[n.start] ?? 0);
    const k = (link[n.end] ?? 0) - (link[n.start] ?? 0);
    const teaser = k > l * TEASER_LINKS && !holdsRoot(n, sel.root) && TEASER.test(n.el.attribs["class"] ?? "");
    if (teaser || (l > 0 && k / l >= GROUP_LINK_DENSITY && !holdsText(n))) for (let i = n.start; i < n.end; i++) drop.add(i);
  }
  return drop;
}

const GROUP_LINK_DENSITY = 0.45;
const TEASER_LINKS = 0.05;

// a box named as a teaser that links elsewhere advertises another page (a lead paragraph box has no link)
const TEASER = /(^|[\s_-])(teaser|snippet)s?([\s_-]|$)/i;

const holdsRoot = (n: NodeInfo, root: NodeInfo): boolean => n.id <= root.id && n.last >= root.id;
