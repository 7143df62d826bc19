import { describe, expect, it } from "vitest";
import { ARTICLE_ID_PATTERN, articleIdFor, normaliseUrl } from "../src/index.ts";

describe("normaliseUrl", () => {
  it("lower-cases scheme and host, drops default ports, fragments and tracking parameters", () => {
    expect(normaliseUrl("HTTPS://WWW.Example.COM:443/Politik/Artikel.html?utm_source=x&b=2&fbclid=abc&a=1#kommentare")).toBe(
      "https://www.example.com/Politik/Artikel.html?a=1&b=2",
    );
    expect(normaliseUrl("http://example.com:80")).toBe("http://example.com/");
    expect(normaliseUrl("http://example.com/a/./b/../c?gclid=1")).toBe("http://example.com/a/c");
  });

  it("turns internationalised host names into punycode", () => {
    expect(normaliseUrl("https://www.bücher.de/neu")).toBe("https://www.xn--bcher-kva.de/neu");
  });

  it("keeps parameters that select content, in a stable order", () => {
    expect(normaliseUrl("https://news.example/view?id=42&page=2")).toBe(normaliseUrl("https://news.example/view?page=2&id=42"));
    expect(normaliseUrl("https://news.example/view?id=42")).not.toBe(normaliseUrl("https://news.example/view?id=43"));
  });

  it("rejects strings that are not absolute URLs", () => {
    expect(() => normaliseUrl("not a url")).toThrow(TypeError);
    expect(() => normaliseUrl("/relative/path")).toThrow(TypeError);
  });
});

describe("articleIdFor", () => {
  it("gives one id to every spelling of the same article and different ids to different articles", () => {
    const id = articleIdFor("https://www.example.com/politik/lawrow-verhandlungen-123.html");
    expect(id).toMatch(ARTICLE_ID_PATTERN);
    expect(articleIdFor("https://WWW.EXAMPLE.COM/politik/lawrow-verhandlungen-123.html?utm_medium=social#top")).toBe(id);
    expect(articleIdFor("https://www.example.com/politik/lawrow-verhandlungen-124.html")).not.toBe(id);
    expect(articleIdFor("http://www.example.com/politik/lawrow-verhandlungen-123.html")).not.toBe(id);
  });

  it("is stable across releases (a changed rule would orphan every stored record)", () => {
    expect(articleIdFor("https://www.example.com/politik/lawrow-verhandlungen-123.html")).toBe("3324336afd5b8f4d2107") // sha256 of the normalised URL, first 20 hex digits;
  });
});
