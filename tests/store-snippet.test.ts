import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { snippet } from "@inkstream/store";

// Search snippets (no Redis): the passage around the first place a query word shows, its words marked.

const samples = resolve(import.meta.dirname, "../samples");
/** the visible text of a sample page, roughly: tags, scripts and entities out, white space collapsed */
function pageText(file: string): string {
  const html = readFileSync(resolve(samples, file), "utf8");
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const en = pageText("en-river-restoration.html");
const de = pageText("de-baerbock-waffenruhe.html");

describe("snippets", () => {
  it("open at the first whole-word occurrence of a query word deep in a long text, whatever its case", () => {
    // a report that runs on past the river story; the word first shows inside another word, a passage's length
    // before it shows in capitals
    const text = `${en} The Amsterdamfloodplain study had left it out. ${de.slice(0, 2500)} Ecologists then mapped the FLOODPLAIN below the weir, where beavers had built three dams.`;
    const at = text.indexOf("FLOODPLAIN");
    expect(at).toBeGreaterThan(4000);
    const s = snippet(text, "en", new Set(["floodplain"]));
    expect(s).toContain("<mark>FLOODPLAIN</mark>");
    expect(s).not.toContain("Amsterdamfloodplain</mark>");
    expect(s.startsWith("… ")).toBe(true);
    expect(s).not.toContain("Beavers return");
  });

  it("mark every form of the query's stems in the passage and escape the text's HTML", () => {
    const marks = new Set(["dams", "dam"]);
    expect(snippet(`${en} Beavers build dams.`, "en", marks)).toContain("<mark>dams</mark>");
    // "damming" has the stem "dam"; the text after the last word is left out and said to go on
    expect(snippet("Beavers <b>dam</b> streams & damming slows floods.", "en", marks)).toBe(
      "Beavers &lt;b&gt;<mark>dam</mark>&lt;/b&gt; streams &amp; <mark>damming</mark> slows floods …",
    );
  });

  it("come from the opening when the word is not in the first 6,000 characters, or shows only in a form folding changes", () => {
    const long = `${en} ${de} ${de} ${de}`;
    expect(long.length).toBeGreaterThan(6000);
    const late = `${long} The floodplain was mapped.`;
    expect(snippet(late, "en", new Set(["floodplain"])).startsWith("Beavers return")).toBe(true);
    // "straße" folds to "strasse": the passage is not found by its unfolded form and the opening is shown
    const folded = `${en} Die Straße am Fluss wurde gesperrt.`;
    const s = snippet(folded, "de", new Set(["strasse"]));
    expect(s.startsWith("Beavers return")).toBe(true);
    expect(s).not.toContain("<mark>");
  });
});
