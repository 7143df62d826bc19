import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/index.ts";
import { MAX_OPEN_TAGS, capNesting } from "../src/dom/size-cap.ts";

const lead = "Der Gemeinderat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen.";
const body = "Die Investitionen in Schulen und Radwege steigen deutlich, die Gebühren für Kitas bleiben unverändert.";
const article = `<h1>Gemeinderat beschließt Haushalt</h1><p>${lead}</p><p>${body}</p>`;
const page = (inner: string): string => `<!doctype html><html><head><title>Gemeinderat beschließt Haushalt</title></head><body>${inner}</body></html>`;

describe("extractArticle on generated pathological pages", () => {
  it("reads an article under 10,000 nested divs", () => {
    const art = extractArticle(page("<div>".repeat(10_000) + article + "</div>".repeat(10_000)));
    expect(art.text).toContain(lead);
    expect(art.text).toContain(body);
  });

  it("survives 100,000 unclosed inline and list elements", () => {
    const bold = extractArticle(page(`<article>${article}` + "<b>".repeat(100_000) + "Ende</article>"));
    expect(bold.text).toContain(lead);
    const lists = extractArticle(page(`<article>${article}</article>` + "<ul><li>".repeat(50_000) + "Menü"));
    expect(lists.text).toContain(body);
    expect(lists.text).not.toContain("Menü");
  });

  it("bounds 5 MB of table cells and keeps the text before them", () => {
    const row = "<tr>" + "<td>Messwert 12,5</td>".repeat(20) + "</tr>";
    const html = page(`<article>${article}<table>${row.repeat(12_000)}</table></article>`);
    expect(html.length).toBeGreaterThan(5_000_000);
    const art = extractArticle(html);
    expect(art.text).toContain(lead);
    expect(art.text.length).toBeLessThan(html.length);
  });

  it("finds an article behind megabytes of inline script", () => {
    const script = `<script>var data = "${"x".repeat(4_000_000)}";</script>`;
    const art = extractArticle(page(script + `<article>${article}</article>`));
    expect(art.text).toContain(lead);
    expect(art.text).not.toContain("var data");
  });

  it("leaves ordinary nesting untouched and caps only the excess", () => {
    const normal = page(`<div><div><section>${article}</section></div></div>`);
    expect(capNesting(normal)).toBe(normal);
    const capped = capNesting("<div>".repeat(MAX_OPEN_TAGS + 50) + "text" + "</div>".repeat(MAX_OPEN_TAGS + 50));
    expect(capped.match(/<div>/g)?.length).toBe(MAX_OPEN_TAGS);
    expect(capped.match(/<\/div>/g)?.length).toBe(MAX_OPEN_TAGS);
    expect(capped).toContain("text");
  });
});
