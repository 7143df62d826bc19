import { describe, expect, it } from "vitest";
import { fixture, metaOf } from "./meta-fixtures.ts";

const wrap = (head: string, body: string): string => `<!DOCTYPE html><html lang="de"><head>${head}</head><body>${body}</body></html>`;

describe("publication dates on pages", () => {
  it("takes JSON-LD from an @graph and keeps its offset, ignoring the header's crawl-day date", () => {
    const m = metaOf(fixture("de-news-header-date.html"));
    expect(m.publishedAt).toEqual({ value: "2021-12-28T09:41:12+01:00", source: "json-ld", raw: "2021-12-28T09:41:12+01:00" });
    expect(m.modifiedAt?.value).toBe("2021-12-28T15:02:00+01:00");
  });

  it("finds the date by the headline, not the top bar, the sidebar or the copyright line", () => {
    const m = metaOf(fixture("en-blog-text-date.html"));
    expect(m.publishedAt?.value).toBe("2021-12-28");
  });

  it("reads genitive month names", () => {
    expect(metaOf(fixture("ru-news-genitive.html")).publishedAt?.value).toBe("2021-12-28");
    const pl = metaOf(fixture("pl-no-structure.html"));
    expect(pl.publishedAt).toMatchObject({ value: "2021-12-28", source: "text" });
  });

  it("lets the URL's day settle a UTC timestamp that crossed midnight", () => {
    const m = metaOf(fixture("fr-utc-url.html"));
    expect(m.publishedAt?.value.slice(0, 10)).toBe("2021-12-28");
  });

  it("reads JSON-LD with a stray closing brace or a trailing semicolon instead of dropping it", () => {
    // as CMS templates print it: the article block closed once too often, the breadcrumb block ended with ";"
    const head = `<script type="application/ld+json">
      {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": "Generalni direktor EPRS pozitivan na koronavirus",
        "datePublished": "2020-10-26T18:10:00+01:00",
        "dateModified": "2020-10-26T18:13:30+01:00",
        "publisher": { "@type": "Organization", "name": "Dnevni list", "logo": { "@type": "ImageObject", "url": "https://news.example/logo.png", "height": 60 } }
      }
      }</script>
      <script type="application/ld+json">[{"@context":"https:\\/\\/www.schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@id":"https:\\/\\/news.example\\/","name":"Naslovna"}},{"@type":"ListItem","position":2,"item":{"@id":"https:\\/\\/news.example\\/kantoni","name":"Kantoni"}}]}];</script>`;
    const body = `<article><h1>Generalni direktor EPRS pozitivan na koronavirus</h1><p>Generalni direktor je danas potvrdio da je pozitivan na koronavirus i da se nalazi u samoizolaciji.</p></article>
      <div class="related"><a href="/vijesti/586924">Još dvoje preminulo od posljedica korone</a><div class="article-date-time"><span>09.08.2020 u 10:52</span></div></div>`;
    const m = metaOf(wrap(head, body));
    expect(m.publishedAt).toMatchObject({ value: "2020-10-26T18:10:00+01:00", source: "json-ld" });
    expect(m.modifiedAt?.value).toBe("2020-10-26T18:13:30+01:00");
    expect(m.breadcrumbs).toEqual(["Naslovna", "Kantoni"]);
  });

  it("takes the URL's day over a later structured date the page does not show, and not over one it shows", () => {
    // Squarespace: the JSON-LD's datePublished is the day the post was last saved; the URL keeps the first day
    const head = (published: string) => `<link rel="canonical" href="https://magazin.example/home/2017/7/12/unter-uns-montauk">
      <script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"Unter uns: Montauk","datePublished":"${published}"}</script>`;
    const body = (shown: string) => `<article><h1>Unter uns: Montauk</h1>${shown}<p>Montauk liegt am östlichen Ende von Long Island, gut drei Stunden von Manhattan entfernt, und war lange ein Fischerdorf.</p></article>`;
    const resaved = metaOf(wrap(head("2019-06-17T18:28:00+0200"), body("")));
    expect(resaved.publishedAt).toMatchObject({ value: "2017-07-12", source: "url" });
    // the later day is the one readers see under the headline: the page stands by it
    const shown = metaOf(wrap(head("2019-06-17T18:28:00+0200"), body(`<p class="date">17.06.2019</p>`)));
    expect(shown.publishedAt).toMatchObject({ value: "2019-06-17T18:28:00+02:00", source: "json-ld" });
    // an earlier structured day than the URL's is left alone
    const earlier = metaOf(wrap(head("2017-07-01T10:00:00+0200"), body("")));
    expect(earlier.publishedAt?.source).toBe("json-ld");
  });

  it("rejects dates in the future and before 1995", () => {
    const future = metaOf(wrap(`<meta property="article:published_time" content="2030-01-01T10:00:00+01:00">`, `<h1>Titel</h1><p>Text</p>`));
    expect(future.publishedAt).toBeUndefined();
    const old = metaOf(wrap(`<meta name="date" content="1970-01-01">`, `<h1>Titel</h1><p>Text</p>`));
    expect(old.publishedAt).toBeUndefined();
  });

  it("never reads dates from scripts other than JSON-LD", () => {
    const m = metaOf(wrap(`<script>var published = "2021-12-28";</script>`, `<h1>Titel</h1><script>document.write("28.12.2021")</script><p>Kein Datum.</p>`));
    expect(m.publishedAt).toBeUndefined();
  });

  it("skips comment dates and related-article lists", () => {
    const body = `<article><h1>Titel der Meldung</h1><p>Ein langer Text ohne Datum, der die Meldung erzählt.</p></article>
      <div class="comments"><div class="comment"><span class="date">03.01.2022</span> Toll!</div></div>
      <ul class="related"><li><span>01.12.2021</span></li><li><span>02.12.2021</span></li><li><span>03.12.2021</span></li></ul>`;
    expect(metaOf(wrap("", body)).publishedAt).toBeUndefined();
  });

  it("prefers the original over the updated date shown together", () => {
    const body = `<article><h1>Titel</h1><p class="dateline">Veröffentlicht am 10.01.2021, aktualisiert am 12.01.2021</p><p>Text.</p></article>`;
    const m = metaOf(wrap("", body));
    expect(m.publishedAt?.value).toBe("2021-01-10");
    expect(m.modifiedAt?.value).toBe("2021-01-12");
  });

  it("ignores the site's 'today' line and coming events in a schedule", () => {
    const body = `<div class="left">Сегодня: 01.06.2024</div><h1>Ремонт моста</h1><div class="data">07.11.2021</div><p>Движение открыто.</p>`;
    expect(metaOf(wrap("", body)).publishedAt?.value).toBe("2021-11-07");
    const sched = `<td>Termine<br>02.06.2024 Relegation</td><td><h1>Punkt in letzter Minute</h1><p class="datum">28.05.2024, 21:47 Uhr</p><p>Text.</p></td>`;
    expect(metaOf(wrap("", sched)).publishedAt?.value).toBe("2024-05-28");
  });

  it("ignores copyright years", () => {
    const m = metaOf(wrap("", `<h1>Titel</h1><p>Text</p><footer>© 28.12.2021 Verlag</footer>`));
    expect(m.publishedAt).toBeUndefined();
  });
});
