import { describe, expect, it } from "vitest";
import { kindOf, parseByline } from "../src/metadata/author-names.ts";
import { fixture, metaOf } from "./meta-fixtures.ts";

const names = (raw: string): string[] => parseByline(raw).map((a) => a.name);

describe("parseByline", () => {
  it("strips by-words in several languages", () => {
    expect(names("Von Anna Beispiel")).toEqual(["Anna Beispiel"]);
    expect(names("By Jane Doe")).toEqual(["Jane Doe"]);
    expect(names("Par Marie Dupont")).toEqual(["Marie Dupont"]);
    expect(names("Por Ana García")).toEqual(["Ana García"]);
    expect(names("Door Pieter de Vries")).toEqual(["Pieter de Vries"]);
    expect(names("От Иван Петров")).toEqual(["Иван Петров"]);
  });

  it("splits lists joined by commas, und, and, &", () => {
    expect(names("Anna Beispiel, Bernd Brot und Clara Klar")).toEqual(["Anna Beispiel", "Bernd Brot", "Clara Klar"]);
    expect(names("Jane Doe and John Roe")).toEqual(["Jane Doe", "John Roe"]);
    expect(names("Tom Tell & Uma Ulm")).toEqual(["Tom Tell", "Uma Ulm"]);
  });

  it("removes roles", () => {
    expect(names("Von Anna Beispiel, Redakteurin")).toEqual(["Anna Beispiel"]);
    expect(names("By Jane Doe, Staff Writer")).toEqual(["Jane Doe"]);
    expect(names("Max Muster, Korrespondent in Paris")).toEqual(["Max Muster"]);
  });

  it("tells organisations from people", () => {
    expect(parseByline("Anna Beispiel (dpa)")).toEqual([
      { name: "Anna Beispiel", kind: "person" },
      { name: "dpa", kind: "organization" },
    ]);
    expect(kindOf("Reuters")).toBe("organization");
    expect(kindOf("Redaktion")).toBe("organization");
    expect(kindOf("AP")).toBe("organization");
    expect(kindOf("Agenturen")).toBe("organization");
    expect(kindOf("Anna Beispiel")).toBe("person");
  });

  it("drops place names and company addresses after names", () => {
    expect(names("Von Anna Schmidt, Berlin, und Jonas Weber, München")).toEqual(["Anna Schmidt", "Jonas Weber"]);
    expect(parseByline("Medienhaus Franken GmbH, Nürnberg, Germany")).toEqual([{ name: "Medienhaus Franken GmbH", kind: "organization" }]);
  });

  it("keeps agencies joined by avec/con or after a pipe, and acronyms as organisations", () => {
    expect(parseByline("Julien Moreau avec AFP")).toEqual([
      { name: "Julien Moreau", kind: "person" },
      { name: "AFP", kind: "organization" },
    ]);
    expect(names("Por Carlos Ruiz y Marta Gil | EFE")).toEqual(["Carlos Ruiz", "Marta Gil", "EFE"]);
    expect(names("By Kevin O'Brien | June 3, 2023")).toEqual(["Kevin O'Brien"]);
    expect(parseByline("ТАСС")).toEqual([{ name: "ТАСС", kind: "organization" }]);
    expect(parseByline("Landesverband der Imker Sachsen e.V.")).toEqual([{ name: "Landesverband der Imker Sachsen e.V.", kind: "organization" }]);
  });

  it("stops a page byline at its date or update note", () => {
    expect(parseByline("By ALICE MORGAN and DEREK FOSTER, Associated Press Updated 8:02 PM EST", undefined, true).map((a) => a.name)).toEqual([
      "Alice Morgan",
      "Derek Foster",
      "Associated Press",
    ]);
    expect(parseByline("Rédigé par Anne Lefèvre le 2 février 2022", undefined, true).map((a) => a.name)).toEqual(["Anne Lefèvre"]);
  });

  it("rejects prose and tag lines when reading page text strictly", () => {
    expect(parseByline("#Krótko o przepisach prawa w Nowej Zelandii i Polsce", undefined, true)).toEqual([]);
    expect(parseByline("Leszek Jażdżewski 28 kwietnia 2021", undefined, true).map((a) => a.name)).toEqual(["Leszek Jażdżewski"]);
  });
});

describe("authors on pages", () => {
  it("reads JSON-LD authors first", () => {
    const m = metaOf(fixture("de-news-header-date.html"));
    expect(m.authors.map((a) => a.name)).toEqual(["Anna Beispiel", "Max Muster"]);
    expect(m.authorsSource).toBe("json-ld");
  });

  it("reads a meta author with by-word and role", () => {
    const m = metaOf(fixture("en-blog-text-date.html"));
    expect(m.authors).toEqual([
      { name: "Jane Doe", kind: "person" },
      { name: "John Roe", kind: "person" },
    ]);
  });

  it("reads a byline element with an agency", () => {
    const m = metaOf(fixture("fr-utc-url.html"));
    expect(m.authors).toEqual([
      { name: "Marie Dupont", kind: "person" },
      { name: "Paul Martin", kind: "person" },
      { name: "AFP", kind: "organization" },
    ]);
    expect(m.authorsSource).toBe("byline");
  });

  it("reads by-words in plain text near the headline", () => {
    const html = `<html><body><h1>Spring Cleanup Day</h1><p><i>Posted by Linda Park on 04/05/2022</i></p><p>Volunteers meet at the pavilion.</p></body></html>`;
    expect(metaOf(html).authors).toEqual([{ name: "Linda Park", kind: "person" }]);
    const ru = `<html><body><h1>Премьера</h1><div class="article-info">15 марта 2023 · Автор: Игорь Козлов · Просмотров: 2 418</div><p>Текст.</p></body></html>`;
    expect(metaOf(ru).authors).toEqual([{ name: "Игорь Козлов", kind: "person" }]);
  });

  it("prefers a person in a byline over an organisation-only meta author", () => {
    const html = `<html><head><meta name="author" content="Medienhaus Franken GmbH, Nürnberg, Germany"></head><body>
      <article><h1>Brücke gesperrt</h1><div class="field--name-field-autor">Von Karl Hofmann</div><p>Text.</p></article></body></html>`;
    expect(metaOf(html).authors).toEqual([{ name: "Karl Hofmann", kind: "person" }]);
  });

  it("treats a newsroom typed as a Person in JSON-LD as an organisation", () => {
    const ld = `{"@type":"NewsArticle","headline":"Calor","author":{"@type":"Person","name":"Redacción"}}`;
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Calor</h1></body></html>`;
    expect(metaOf(html).authors).toEqual([{ name: "Redacción", kind: "organization" }]);
  });

  it("never takes names from a sidebar", () => {
    const html = `<html><body><h1>Titel der Meldung</h1><p>Text der Meldung.</p>
      <aside class="sidebar"><div class="author-name">Sidebar Person</div></aside></body></html>`;
    expect(metaOf(html).authors).toEqual([]);
  });

  it("dedupes the same person from repeated markup", () => {
    const html = `<html><body><article><h1>Titel</h1><span itemprop="author" content="Anna Beispiel"></span>
      <span itemprop="author" content="anna beispiel"></span><p>Text.</p></article></body></html>`;
    expect(metaOf(html).authors).toEqual([{ name: "Anna Beispiel", kind: "person" }]);
  });
});
