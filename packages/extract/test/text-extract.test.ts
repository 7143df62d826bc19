import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/index.ts";

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, "fixtures", "text", name), "utf8");
const norm = (s: string): string => s.replace(/\s+/g, " ");

describe("extractArticle main text: German news page with glued blocks", () => {
  const art = extractArticle(fixture("de-news-glued.html"), { url: "https://rheinblick.example/politik/kommunales/radwegenetz/" });
  const text = norm(art.text);

  it("keeps the article paragraphs, subheading and list", () => {
    expect(text).toContain("Nach monatelanger Debatte hat der Stadtrat am Dienstagabend");
    expect(text).toContain("Kritik vom Einzelhandel");
    expect(text).toContain("Zweiter Bauabschnitt: Ring um die Altstadt");
    expect(text).toContain("Die erste Baustelle soll bereits im Herbst eingerichtet werden.");
  });

  it("never glues sentences of adjacent paragraphs", () => {
    expect(art.text).not.toContain("vorlegen.Die Kosten");
    expect(art.text).toContain("Prioritätenliste vorlegen.\n\nDie Kosten");
  });

  it("turns <br> into a line break inside one block", () => {
    expect(art.text).toContain("eingerichtet werden.\nAnwohnerinnen");
  });

  it("drops date header, breadcrumbs, ads, share bar, source stub, related and translate widgets", () => {
    for (const junk of ["Mittwoch, März 13, 2024", "StartPolitik", "Kommunales", "- Advertisment -", "Facebook", "Quelle", "Empfohlene Artikel", "Haushalt 2024", "Translate", "Neueste Beiträge", "Wir verwenden Cookies", "Radverkehr", "Alle Rechte vorbehalten"]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it("keeps the title out of the text and reports block kinds", () => {
    expect(text).not.toContain("Stadtrat beschließt neues Radwegenetz");
    expect(art.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "heading", "paragraph", "paragraph", "list-item", "list-item", "list-item", "paragraph"]);
    expect(art.blocks[3]).toEqual({ kind: "heading", text: "Kritik vom Einzelhandel", level: 2 });
    expect(art.text).toBe(art.blocks.map((b) => b.text).join("\n\n"));
  });

  it("judges it an article", () => {
    expect(art.isArticle).toBe(true);
    expect(art.articleScore).toBeGreaterThan(0.7);
  });
});

describe("extractArticle main text: English blog post with comments", () => {
  const art = extractArticle(fixture("en-blog-comments.html"), { url: "https://crumbnotebook.example/2023/11/04/cold-retard/" });
  const text = norm(art.text);

  it("keeps paragraphs, ordered steps, code and quote", () => {
    expect(text).toContain("Last winter I started shaping in the evening");
    expect(text).toContain("Shape at 7 pm.");
    expect(text).toContain("Trust the dough, not the clock.");
    expect(art.blocks.find((b) => b.kind === "code")?.text).toBe("oven: 250 C with lid, 20 min\nthen: 230 C without lid, 22 min");
    expect(art.blocks.find((b) => b.kind === "quote")?.text).toBe("Bake it cold, score it deep, and let the steam do the rest.");
  });

  it("drops byline, caption credit, share box, author box, tags, navigation and comments", () => {
    for (const junk of ["Posted on", "Photo: Maggie Stone", "Share this", "About the author", "Maggie bakes bread", "Tagged", "Previous post", "thoughts on", "best I have ever made", "Leave a Reply", "Recent Posts", "Proudly powered"]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it("renders Markdown and sanitised HTML", () => {
    expect(art.markdown).toContain("## What changes in the fridge");
    expect(art.markdown).toContain("- Mix at 2 pm and fold four times.\n- Shape at 7 pm.");
    expect(art.markdown).toContain("```\noven: 250 C with lid, 20 min");
    expect(art.markdown).toContain("> Bake it cold");
    expect(art.html).toContain("<h2>What changes in the fridge</h2>");
    expect(art.html).toContain("<ul>\n<li>Mix at 2 pm and fold four times.</li>");
    expect(art.html).not.toMatch(/class=|<script|<img/);
  });

  it("lists the article image with alt text and caption, resolved against the URL", () => {
    expect(art.images).toEqual([
      { url: "https://crumbnotebook.example/wp-content/uploads/2023/11/crumb.jpg", alt: "Open crumb of a sourdough loaf", caption: "Photo: Maggie Stone / The Crumb Notebook" },
    ]);
  });
});

describe("extractArticle main text: Spanish news with figure and video", () => {
  const art = extractArticle(fixture("es-noticia.html"), { url: "https://diariodelvalle.example/local/sequia-riego/" });
  const text = norm(art.text);

  it("keeps the body and drops kicker, author, date, ad label, sharing and related news", () => {
    expect(text).toContain("La confederación hidrográfica ha aprobado este viernes");
    expect(text).toContain("El Gobierno regional estudiará la petición");
    for (const junk of ["MEDIO AMBIENTE", "Por Lucía Fernández", "15/07/2023", "Publicidad", "Compartir", "Noticias relacionadas", "Los embalses de la cuenca marcan", "Foto: Archivo", "Suscríbete"]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it("reports the embedded video", () => {
    expect(art.videos).toEqual(["https://www.youtube.com/embed/abc123XYZ"]);
    expect(art.isArticle).toBe(true);
  });
});

describe("extractArticle verdict: section page", () => {
  it("does not call a list of teasers an article", () => {
    const art = extractArticle(fixture("de-rubrik-home.html"), { url: "https://kreiszeitung.example/politik/" });
    expect(art.isArticle).toBe(false);
    expect(art.articleScore).toBeLessThan(0.5);
  });

  it("returns empty text for an empty page", () => {
    const art = extractArticle("<html><body><nav><a href='/'>Home</a></nav></body></html>");
    expect(art.text).toBe("");
    expect(art.blocks).toEqual([]);
    expect(art.isArticle).toBe(false);
  });
});
