import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeHtml, extractArticle } from "../src/index.ts";

const sample = (name: string) => decodeHtml(readFileSync(resolve(import.meta.dirname, "../../../samples", name))).html;

describe("date lines near the top of the text", () => {
  it("drops a dateline between the standfirst and the body, keeping both", () => {
    const a = extractArticle(sample("en-river-restoration.html"));
    expect(a.text).not.toContain("06.30 BST");
    expect(a.text).toMatch(/^Ten years after the first family was spotted/);
    expect(a.text).toContain("A decade after a family of wild beavers was first filmed on the River Otter");
  });

  it("keeps a short paragraph that merely mentions a date inside a sentence", () => {
    const html = `<!doctype html><html lang="de"><head><title>Wahl</title></head><body><article><h1>Wahl</h1>
      <p>Die Landtagswahl in Sachsen findet am 14. März 2024 statt.</p>
      <p>${"Die Parteien bereiten sich seit Wochen auf den Urnengang vor und werben in allen Landkreisen um Stimmen. ".repeat(4)}</p>
      <p>${"Umfragen sehen ein enges Rennen zwischen den beiden großen Lagern, die kleinen Parteien könnten entscheiden. ".repeat(4)}</p>
      </article></body></html>`;
    expect(extractArticle(html).text).toContain("Die Landtagswahl in Sachsen findet am 14. März 2024 statt.");
  });
});
