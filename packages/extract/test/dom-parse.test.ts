import { parseDocument } from "htmlparser2";
import { isTag, isText, type AnyNode } from "domhandler";
import { describe, expect, it } from "vitest";
import { parseHtml, parseHtmlWithin } from "../src/dom/parse.ts";

// elements and text as nested arrays; with `links`, checks the sibling and parent links on the way
function shape(all: readonly AnyNode[], links: boolean): unknown[] {
  const out: unknown[] = [];
  const nodes = all.filter((n) => isTag(n) || isText(n));
  nodes.forEach((n, i) => {
    if (links) {
      expect(n.prev).toBe(nodes[i - 1] ?? null);
      expect(n.next).toBe(nodes[i + 1] ?? null);
    }
    if (isTag(n)) {
      if (links) for (const c of n.children) expect(c.parent).toBe(n);
      out.push([n.name, n.type, n.attribs, shape(n.children, links)]);
    } else if (isText(n)) out.push(n.data);
  });
  return out;
}

const PAGE = `<!DOCTYPE html><html lang="de"><head><title>A &amp; B</title>
<script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{color:red}</style></head>
<body><!-- nav --><p class=lead>One<!-- x -->two &eacute;<br/>three<p>four<div><span>five</span> six</div>
<![CDATA[seven]]><svg><path d="M0"/></svg></body></html>`;

describe("parseHtml", () => {
  it("builds the tree parseDocument builds, without comments and doctype", () => {
    const doc = parseHtml(PAGE);
    expect(shape(doc.children, true)).toEqual(shape(parseDocument(PAGE).children, false));
    expect(doc.children[0]?.parent).toBe(doc);
  });

  it("keeps text on both sides of a comment as separate runs", () => {
    const p = parseHtml("<p>a<!-- c -->b</p>").children[0];
    expect(p !== undefined && isTag(p) ? p.children.map((c) => (isText(c) ? c.data : c.type)) : []).toEqual(["a", "b"]);
  });

  it("gives up on a page nested deeper than the limit, not on one nested to it", () => {
    const nested = (n: number): string => "<div>".repeat(n) + "x" + "</div>".repeat(n);
    expect(parseHtmlWithin(nested(11), 10)).toBeUndefined();
    const within = parseHtmlWithin(nested(10), 10);
    expect(within?.doc.children[0]).toMatchObject({ name: "div" });
    expect(within?.depth).toBe(10);
    // a void element counts while it is opened; a new <p> closes the one before
    expect(parseHtmlWithin("<p>a<br><img src=x><p>b", 2)).toBeDefined();
  });
});
