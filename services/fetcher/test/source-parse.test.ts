import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { StageError } from "@inkstream/contracts";
import { parseSource } from "../src/index.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const MAX = 10 * 1024 * 1024;

function failure(fn: () => unknown): StageError | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    return err as StageError;
  }
}

describe("parseSource: feeds", () => {
  it("reads RSS 2.0 items with CDATA titles, categories and RFC 822 dates; a permalink guid stands in for a missing link", () => {
    const s = parseSource(fixture("rss2.xml"), "application/rss+xml", "https://www.rundschau.example/politik/feed.rss", MAX);
    expect(s.kind).toBe("rss");
    expect(s.entries).toHaveLength(2);
    expect(s.entries[0]).toEqual({
      url: "https://www.rundschau.example/politik/baerbock-waffenruhe-100.html?utm_source=rss&utm_medium=feed",
      title: "Baerbock: Keine Einigung über Waffenruhe ohne die Ukraine",
      publishedAt: "2024-03-14T08:41:12.000Z",
      dateMs: Date.parse("2024-03-14T08:41:12Z"),
      categories: ["Politik", "Ukraine"],
    });
    expect(s.entries[1]).toMatchObject({ url: "https://www.rundschau.example/politik/haushalt-101.html", title: "Haushalt: Ausschuss vertagt Beratung & Abstimmung" });
  });

  it("reads Atom entries: the alternate link resolved against the feed, published before updated, category labels, plain-text titles", () => {
    const s = parseSource(fixture("atom.xml"), "application/atom+xml", "https://river.example/atom.xml", MAX);
    expect(s.kind).toBe("atom");
    expect(s.entries[0]).toEqual({
      url: "https://river.example/environment/beavers",
      title: "Beavers return to the upper valley",
      publishedAt: "2024-03-14T12:30:00.000Z",
      dateMs: Date.parse("2024-03-15T08:00:00Z"),
      categories: ["Environment", "wildlife"],
    });
    expect(s.entries[1]).toMatchObject({ url: "https://river.example/local/flood-plan", publishedAt: "2024-03-13T12:00:00.000Z" });
  });

  it("reads JSON Feed 1.1 items with url or external_url and tags", () => {
    const s = parseSource(fixture("feed.json"), "application/feed+json", "https://quotidien.example/feed.json", MAX);
    expect(s.kind).toBe("jsonfeed");
    expect(s.entries.map((e) => e.url)).toEqual(["https://quotidien.example/economie/immobilier-prix", "https://autre.example/article"]);
    expect(s.entries[0]).toMatchObject({ title: "Immobilier : les prix reculent à Lyon et Bordeaux", categories: ["Économie", "Immobilier"], dateMs: Date.parse("2024-03-12T09:15:00+01:00") });
  });

  it("decodes a feed in the encoding its XML declaration names", () => {
    const s = parseSource(fixture("rss-cp1251.xml"), "text/xml", "https://sport.example/rss", MAX);
    expect(s.entries[0]?.title).toBe("Зенит обыграл Спартак");
  });
});

describe("parseSource: sitemaps", () => {
  it("reads a Google News sitemap: title, publication date and keywords become hints; lastmod dates the entry", () => {
    const s = parseSource(fixture("news-sitemap.xml"), "application/xml", "https://sport.example/sitemaps/news.xml", MAX);
    expect(s.kind).toBe("urlset");
    expect(s.entries[0]).toEqual({
      url: "https://sport.example/football/zenit-spartak",
      title: "«Зенит» обыграл «Спартак» в Петербурге",
      publishedAt: "2024-03-10T17:45:00.000Z",
      dateMs: Date.parse("2024-03-10T21:05:00+03:00"),
      categories: ["футбол", "РПЛ", "Зенит"],
    });
    expect(s.entries[1]).toEqual({ url: "https://sport.example/hockey/ska-cska", dateMs: Date.parse("2024-03-09") });
  });

  it("reads a gzip'd sitemap and a sitemap index with relative locations", () => {
    const gz = parseSource(gzipSync(fixture("news-sitemap.xml")), "application/gzip", "https://sport.example/sitemaps/news.xml.gz", MAX);
    expect(gz.entries).toHaveLength(2);
    const index = parseSource(fixture("sitemap-index.xml"), "application/xml", "https://sport.example/sitemap.xml", MAX);
    expect(index).toEqual({ kind: "sitemapindex", entries: [], children: ["https://sport.example/sitemaps/news.xml.gz", "https://sport.example/sitemaps/archive-2023.xml"] });
  });

  it("finds the sitemaps a robots.txt names", () => {
    const robots = "User-agent: *\nDisallow: /search\n\nSitemap: https://sport.example/sitemap.xml\nsitemap: /news-sitemap.xml\n";
    expect(parseSource(Buffer.from(robots), "text/plain", "https://sport.example/robots.txt", MAX)).toEqual({
      kind: "robots",
      entries: [],
      children: ["https://sport.example/sitemap.xml", "https://sport.example/news-sitemap.xml"],
    });
  });
});

describe("parseSource: hostile and broken documents", () => {
  it("refuses a gzip bomb past the decoded limit", () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, " "));
    expect(failure(() => parseSource(bomb, "application/gzip", "https://x.example/sitemap.xml.gz", 1024 * 1024))).toMatchObject({ reason: "too_large" });
  });

  it("says no_content for HTML, other JSON and unknown XML", () => {
    expect(failure(() => parseSource(Buffer.from("<html><body>hi</body></html>"), "text/html", "https://x.example/", MAX))).toMatchObject({ reason: "no_content" });
    expect(failure(() => parseSource(Buffer.from('{"hello": 1}'), "application/json", "https://x.example/f.json", MAX))).toMatchObject({ reason: "no_content" });
    expect(failure(() => parseSource(Buffer.from("<?xml version='1.0'?><opml/>"), "text/xml", "https://x.example/o.xml", MAX))).toMatchObject({ reason: "no_content" });
  });

  it("does not expand entities without bound (billion laughs)", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]><rss><channel><item><title>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</title><link>https://x.example/a</link></item></channel></rss>`;
    let title = "";
    try {
      title = parseSource(Buffer.from(lol), "text/xml", "https://x.example/rss", MAX).entries[0]?.title ?? "";
    } catch (err) {
      expect((err as StageError).reason).toBe("no_content");
    }
    expect(title.length).toBeLessThan(200_000);
  });
});
