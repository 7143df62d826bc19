import { describe, expect, it } from "vitest";
import { toHtml, toMarkdown } from "../src/text/render.ts";
import type { Block } from "../src/types.ts";

const blocks: Block[] = [
  { kind: "heading", text: "Zahlen & Fakten", level: 2 },
  { kind: "paragraph", text: "Erste Zeile\nZweite <Zeile>" },
  { kind: "list-item", text: "eins" },
  { kind: "list-item", text: "zwei" },
  { kind: "quote", text: "Ein Zitat" },
  { kind: "code", text: "a < b" },
];

describe("toMarkdown", () => {
  it("writes headings, hard breaks, one list and quotes", () => {
    expect(toMarkdown(blocks)).toBe("## Zahlen & Fakten\n\nErste Zeile  \nZweite <Zeile>\n\n- eins\n- zwei\n\n> Ein Zitat\n\n```\na < b\n```");
  });
});

describe("toHtml", () => {
  it("escapes text and keeps only structural tags", () => {
    expect(toHtml(blocks)).toBe(
      "<h2>Zahlen &amp; Fakten</h2>\n<p>Erste Zeile<br>Zweite &lt;Zeile&gt;</p>\n<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>\n<blockquote><p>Ein Zitat</p></blockquote>\n<pre><code>a &lt; b</code></pre>",
    );
  });
});
