import type { AnyNode, Document, ParentNode } from "domhandler";
import { isElement } from "./node.ts";

/** Deepest element nesting kept; browsers stop nesting at a similar depth, and real pages stay far below it. */
export const MAX_DEPTH = 256;

/**
 * Flattens elements nested deeper than MAX_DEPTH into their ancestor at that depth, so that recursive walks
 * over the tree cannot overflow the stack. Text and innermost elements keep their order. Iterative; mutates.
 */
export function capDepth(doc: Document): void {
  const stack: Array<{ node: ParentNode; depth: number }> = [{ node: doc, depth: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node, depth } = top;
    if (depth >= MAX_DEPTH) {
      setChildren(node, flattened(node.children));
      continue;
    }
    for (const child of node.children) if (isElement(child)) stack.push({ node: child, depth: depth + 1 });
  }
}

/** The nodes under `children` in document order, with every element that holds elements unwrapped. */
function flattened(children: readonly AnyNode[]): AnyNode[] {
  const out: AnyNode[] = [];
  const pending: AnyNode[] = [...children].reverse();
  for (let n = pending.pop(); n !== undefined; n = pending.pop()) {
    if (isElement(n) && n.children.some(isElement)) {
      for (let i = n.children.length - 1; i >= 0; i--) {
        const c = n.children[i];
        if (c !== undefined) pending.push(c);
      }
    } else out.push(n);
  }
  return out;
}

function setChildren(parent: ParentNode, children: AnyNode[]): void {
  parent.children = children;
  let prev: AnyNode | null = null;
  for (const c of children) {
    c.parent = parent;
    c.prev = prev;
    if (prev !== null) prev.next = c;
    prev = c;
  }
  if (prev !== null) prev.next = null;
}
