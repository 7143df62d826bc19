import { describe, expect, it } from "vitest";
import { stripSiteName } from "../src/metadata/title.ts";
import { fixture, metaOf } from "./meta-fixtures.ts";

describe("stripSiteName", () => {
  it("drops a known site-name suffix", () => {
    expect(stripSiteName("Koalition einigt sich auf Haushalt | Spiegel", ["Spiegel"])).toBe("Koalition einigt sich auf Haushalt");
    expect(stripSiteName("Why It Matters - The Hillside Gazette", ["The Hillside Gazette"])).toBe("Why It Matters");
  });

  it("drops a site-name prefix written with a colon", () => {
    expect(stripSiteName("Tagesschau: Sturm über Norddeutschland", ["tagesschau"])).toBe("Sturm über Norddeutschland");
  });

  it("keeps hyphenated words and colons that belong to the title", () => {
    expect(stripSiteName("Corona-Krise: Was jetzt gilt", ["Beispiel"])).toBe("Corona-Krise: Was jetzt gilt");
  });

  it("drops short trailing branding when the site name is unknown", () => {
    expect(stripSiteName("Stadtrat beschließt neues Radwegenetz für die Innenstadt | Anzeiger Online", [])).toBe(
      "Stadtrat beschließt neues Radwegenetz für die Innenstadt",
    );
  });

  it("keeps a dash inside the title when only the suffix is the site", () => {
    expect(stripSiteName("Krieg – und was danach kommt | Die Wochenschau", ["Die Wochenschau"])).toBe("Krieg – und was danach kommt");
  });
});

describe("page titles", () => {
  it("prefers the <h1> when it matches the declared title", () => {
    const m = metaOf(fixture("de-news-header-date.html"));
    expect(m.title).toEqual({ value: "Stadtrat beschließt neues Radwegenetz", source: "h1" });
    expect(m.siteName).toEqual({ value: "Rheintaler Anzeiger", source: "opengraph" });
  });

  it("does not take a blog's name in <h1> for the title", () => {
    const html = `<html><head><title>Rutas de Asturias: Subida al Picu Urriellu</title><meta property="og:title" content="Subida al Picu Urriellu"></head>
      <body><h1 class="title">Rutas de Asturias</h1><h3 class="post-title">Subida al Picu Urriellu</h3></body></html>`;
    expect(metaOf(html).title).toEqual({ value: "Subida al Picu Urriellu", source: "opengraph" });
  });

  it("strips the site name from <title> when nothing else is declared", () => {
    const html = `<html><head><title>Ein Tag am Meer | Reiseblog Nord</title><meta property="og:site_name" content="Reiseblog Nord"></head><body><p>Text</p></body></html>`;
    expect(metaOf(html).title).toEqual({ value: "Ein Tag am Meer", source: "title-tag" });
  });

  it("falls back to the feed hint with source hint", () => {
    const m = metaOf("<html><body><p>nur Text</p></body></html>", { hints: { title: "Aus dem Feed" } });
    expect(m.title).toEqual({ value: "Aus dem Feed", source: "hint" });
  });
});
