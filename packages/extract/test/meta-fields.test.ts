import { describe, expect, it } from "vitest";
import { fixture, metaOf } from "./meta-fixtures.ts";

describe("page fields", () => {
  const de = metaOf(fixture("de-news-header-date.html"));

  it("resolves the canonical URL", () => {
    expect(de.canonicalUrl?.value).toBe("https://www.rheintaler-anzeiger.example/lokales/stadtrat-radwegenetz-118822.html");
    const rel = metaOf(`<html><head><link rel="canonical" href="/a/b.html"></head><body></body></html>`, { url: "https://x.example/q?id=1" });
    expect(rel.canonicalUrl).toEqual({ value: "https://x.example/a/b.html", source: "meta" });
  });

  it("reads the language from html lang, else og:locale", () => {
    expect(de.language).toEqual({ value: "de", source: "html-lang" });
    const ru = metaOf(`<html><head><meta property="og:locale" content="ru_RU"></head><body></body></html>`);
    expect(ru.language).toEqual({ value: "ru-RU", source: "opengraph" });
  });

  it("reads breadcrumbs without Home and without the title, and the section", () => {
    expect(de.breadcrumbs).toEqual(["Lokales"]);
    expect(de.section).toEqual({ value: "Lokales", source: "opengraph" });
    const pl = metaOf(fixture("pl-no-structure.html"));
    expect(pl.breadcrumbs).toEqual(["Region"]);
    expect(pl.section).toEqual({ value: "Region", source: "markup" });
  });

  it("takes the section from the URL when nothing else names one", () => {
    const m = metaOf("<html><body><p>x</p></body></html>", { url: "https://zeitung.example/sport/fussball-derby-123.html" });
    expect(m.section).toEqual({ value: "sport", source: "url" });
  });

  it("takes no section from the folders of a page read from disk", () => {
    const m = metaOf("<html><body><p>x</p></body></html>", { url: "file:///home/redaktion/sport/fussball-derby-123.html" });
    expect(m.section).toBeUndefined();
  });

  it("guesses the language from the text when the page declares none", () => {
    const de = metaOf("<html><body><h1>Aufsteiger holt Punkt</h1><p>Der FC hat beim Tabellenzweiten ein 2:2 erkämpft. Den Ausgleich erzielte er in der vierten Minute der Nachspielzeit, nachdem die Mannschaft lange mit 0:2 zurücklag und der Trainer auf eine Dreierkette umstellte. Es war nicht das erste Mal, dass sie sich auf diese Weise einen Punkt sicherte.</p></body></html>");
    expect(de.language).toEqual({ value: "de", source: "text" });
    const ru = metaOf("<html><body><p>Дорожники завершили капитальный ремонт моста через реку. Движение по мосту открыто в обе стороны. Теперь жителям соседних сёл не придётся делать крюк в тридцать километров.</p></body></html>");
    expect(ru.language?.value).toBe("ru");
  });

  it("takes the section from a rel=category link, ignoring page-wide breadcrumb flags", () => {
    const html = `<html><body class="genesis-breadcrumbs-hidden"><article><h1>Budget</h1><p>Text.</p>
      <p>Filed Under: <a href="/category/local-government/" rel="category tag">Local Government</a> Tagged: <a rel="tag" href="/tag/budget/">budget</a></p></article></body></html>`;
    expect(metaOf(html).section).toEqual({ value: "Local Government", source: "markup" });
  });

  it("takes no section from URL scheme words", () => {
    expect(metaOf("<html><body><p>x</p></body></html>", { url: "https://blog.example/archives/2021/03/03/3981.html" }).section).toBeUndefined();
  });

  it("collects tags from article:tag and keywords, deduped", () => {
    expect(de.tags).toEqual(["Verkehr", "Stadtrat", "Radwege"]);
    expect(metaOf(fixture("pl-no-structure.html")).tags).toEqual(["tramwaje", "Gdańsk", "komunikacja"]);
  });

  it("finds the top image with caption and credit", () => {
    expect(de.image).toEqual({
      url: "https://www.rheintaler-anzeiger.example/bilder/2021/radweg-gross.jpg",
      caption: "Der neue Radweg an der Uferstraße",
      credit: "Foto: Lena Kurz",
    });
  });

  it("reads the paywall flag from JSON-LD and content tier", () => {
    expect(de.isAccessibleForFree).toEqual({ value: false, source: "json-ld" });
    expect(metaOf(fixture("fr-utc-url.html")).isAccessibleForFree).toEqual({ value: true, source: "opengraph" });
    const marked = metaOf(`<html><body><h1>T</h1><div class="c-paywall">Abo</div></body></html>`);
    expect(marked.isAccessibleForFree).toEqual({ value: false, source: "markup" });
  });

  it("fills missing fields from feed hints only", () => {
    const m = metaOf("<html><body><p>x</p></body></html>", { hints: { publishedAt: "Tue, 28 Dec 2021 09:41:12 +0100", categories: ["Politik", "Ausland"] } });
    expect(m.publishedAt?.source).toBe("hint");
    expect(m.publishedAt?.value.slice(0, 10)).toBe("2021-12-28");
    expect(m.section).toEqual({ value: "Politik", source: "hint" });
    expect(m.tags).toEqual(["Politik", "Ausland"]);
    expect(metaOf(fixture("de-news-header-date.html"), { hints: { title: "Feed" } }).title?.source).toBe("h1");
  });
});
