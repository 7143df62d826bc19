import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sourceSlug } from "@inkstream/contracts";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { openStore, type ArticleStore, type SearchOptions } from "@inkstream/store";
import { article } from "./store-fixtures.ts";

let env: TestEnv;
let store: ArticleStore;

const corpus = [
  article("c0000000000000000001", {
    title: "Waffenruhe in der Ukraine: Baerbock fordert Gespräche",
    text: "Außenministerin Baerbock sagte in Kiew, ohne die Ukraine gebe es keine Entscheidung über eine Waffenruhe. Die Gespräche sollen im Frühjahr beginnen.",
    language: "de",
    url: "https://www.tagesblatt.de/politik/baerbock",
    section: "Politik",
    tags: ["lang:de", "topic:politics", "person:annalena-baerbock", "place:ukraine", "source:tagesblatt.de", "section:politik"],
    publishedAt: "2024-03-14T09:00:00+01:00",
  }),
  article("c0000000000000000002", {
    title: "Nato-Treffen in Brüssel",
    text: "Die Nato-Außenminister berieten über die Lage in der Ukraine. Eine Waffenruhe sei nicht in Sicht, hieß es. Baerbock nahm nicht teil.",
    language: "de",
    url: "https://tagesblatt.de/politik/nato",
    tags: ["lang:de", "topic:politics", "org:nato", "place:ukraine", "person:markus-soeder", "source:tagesblatt.de", "section:politik"],
    publishedAt: "2024-03-12T12:00:00Z",
  }),
  article("c0000000000000000003", {
    title: "Beavers return to the river",
    text: "Beavers are back on the river after two centuries. Their dams slow floods and restore wetlands, ecologists say.",
    language: "en",
    url: "https://riverpost.example/environment/beavers",
    tags: ["lang:en", "topic:environment", "source:riverpost.example"],
    publishedAt: "2024-02-01T08:00:00Z",
  }),
  article("c0000000000000000004", {
    title: "River restoration: dams removed",
    text: "Engineers removed two old dams so the river can flow freely. Beavers may follow, the agency said.",
    language: "en",
    url: "https://riverpost.example/environment/dams",
    tags: ["lang:en", "topic:environment", "source:riverpost.example"],
    publishedAt: "2024-02-03T08:00:00Z",
  }),
  article("c0000000000000000005", {
    title: "«Зенит» обыграл «Спартак»",
    text: "Петербургский «Зенит» в воскресенье обыграл московский «Спартак» со счетом 2:1. Победный гол забил нападающий в конце матча.",
    language: "ru",
    url: "https://sport.example/zenit",
    tags: ["lang:ru", "topic:sports", "org:zenit", "person:sergej-semak", "source:sport.example"],
    publishedAt: "2024-03-10T18:00:00+03:00",
  }),
  ...Array.from({ length: 7 }, (_, i) =>
    article(`c00000000000000001${i}0`.slice(0, 20), {
      title: `Verkehrsmeldung ${i}`,
      text: `Stau auf der Autobahn ${i} wegen einer Baustelle. Die Waffenruhe der Baustellen endet am Montag.`,
      language: "de",
      url: `https://verkehr.example/${i}`,
      tags: ["lang:de", "topic:traffic", "source:verkehr.example"],
      publishedAt: `2024-01-1${i}T07:00:00Z`,
    }),
  ),
];

beforeAll(async () => {
  env = await createTestEnv("store-search");
  store = openStore(env.redisUrl, env.namespace);
  await store.upsertMany(corpus);
});
afterAll(async () => {
  await store?.close();
  await env?.cleanup();
});

const ids = async (o: SearchOptions) => (await store.search(o)).hits.map((h) => h.id);

describe("full-text search", () => {
  it("finds inflected forms through stems and ranks a title match above a body match", async () => {
    const r = await store.search({ q: "Waffenruhen", lang: "de", facets: false });
    expect(r.hits[0]?.id).toBe("c0000000000000000001");
    expect(r.hits.map((h) => h.id)).toContain("c0000000000000000002");
    expect(r.total).toBe(9);
    expect(r.exact).toBe(true);
    expect(r.hits[0]?.score).toBeGreaterThan(r.hits[1]?.score ?? Infinity);
  });

  it("ANDs words by default, ORs them with OR, and checks quoted phrases", async () => {
    expect((await ids({ q: "Baerbock Nato" })).sort()).toEqual(["c0000000000000000002"]);
    expect((await ids({ q: "Baerbock OR Beavers" })).sort()).toEqual(["c0000000000000000001", "c0000000000000000002", "c0000000000000000003", "c0000000000000000004"]);
    expect(await ids({ q: '"river can flow"' })).toEqual(["c0000000000000000004"]);
    expect(await ids({ q: '"flow river"' })).toEqual([]);
  });

  it("searches Russian text by stem without a language filter", async () => {
    expect(await ids({ q: "Спартака обыграли" })).toEqual(["c0000000000000000005"]);
  });

  it("marks the query terms in a snippet of the text", async () => {
    const r = await store.search({ q: "dams", lang: "en" });
    const hit = r.hits.find((h) => h.id === "c0000000000000000003");
    expect(hit?.snippet).toContain("<mark>dams</mark>");
    expect(hit?.snippet).toMatch(/^… |^Beavers/);
  });
});

describe("filters, sorting, facets and cursors", () => {
  it("applies each filter and ANDs them", async () => {
    expect((await ids({ lang: "en" })).sort()).toEqual(["c0000000000000000003", "c0000000000000000004"]);
    expect(await ids({ source: "www.sport.example" })).toEqual(["c0000000000000000005"]);
    expect((await ids({ section: "Politik" })).sort()).toEqual(["c0000000000000000001", "c0000000000000000002"]);
    expect(await ids({ entity: "nato" })).toEqual(["c0000000000000000002"]);
    expect(await ids({ entity: "person:annalena-baerbock" })).toEqual(["c0000000000000000001"]);
    // a name is read as the enricher slugs it: umlauts as ae/oe/ue, Cyrillic transliterated the German way
    expect(await ids({ entity: "Markus Söder" })).toEqual(["c0000000000000000002"]);
    expect(await ids({ entity: "Сергей Семак" })).toEqual(["c0000000000000000005"]);
    expect((await ids({ topic: "environment" })).length).toBe(2);
    expect(await ids({ tags: ["place:ukraine", "org:nato"] })).toEqual(["c0000000000000000002"]);
    expect(await ids({ q: "Waffenruhe", topic: "politics", from: "2024-03-13T00:00:00Z" })).toEqual(["c0000000000000000001"]);
    // a date alone is its whole UTC day, at either end of the range (c1 is 2024-03-14T08:00Z, c2 2024-03-12T12:00Z)
    expect(await ids({ lang: "de", from: "2024-03-14", to: "2024-03-14" })).toEqual(["c0000000000000000001"]);
    expect(await ids({ lang: "de", from: "2024-03-12", to: "2024-03-12" })).toEqual(["c0000000000000000002"]);
    expect(await ids({ lang: "de", from: "2024-03-13", to: "2024-03-13" })).toEqual([]);
  });

  it("reads the source filter as the indexer keys sources: www., letter case and an internationalised host's spelling do not matter", async () => {
    const url = "https://www.zeitung-für-alle.example/lokales/1";
    const local = article("c0000000000000000099", { title: "Markt am Samstag", text: "Der Wochenmarkt zieht auf den Rathausplatz.", url, tags: ["lang:de", `source:${sourceSlug(url)}`] });
    await store.upsert(local);
    try {
      for (const given of ["zeitung-für-alle.example", "WWW.Zeitung-Für-Alle.example", "xn--zeitung-fr-alle-7vb.example"]) {
        expect(await ids({ source: given }), given).toEqual(["c0000000000000000099"]);
      }
      // not a host: no source, so nothing rather than everything
      expect(await ids({ source: "https://www.zeitung-für-alle.example/lokales" })).toEqual([]);
    } finally {
      await store.delete(local.id);
    }
  });

  it("sorts by time, newest first, with a date range", async () => {
    const r = await store.search({ from: "2024-02-01T00:00:00Z", to: "2024-03-13T00:00:00Z" });
    expect(r.hits.map((h) => h.id)).toEqual(["c0000000000000000002", "c0000000000000000005", "c0000000000000000004", "c0000000000000000003"]);
    expect(r.total).toBe(4);
    expect(await ids({ q: "Waffenruhe", sort: "published", limit: 2 })).toEqual(["c0000000000000000001", "c0000000000000000002"]);
  });

  it("pages with a stable cursor through every match exactly once", async () => {
    // equal scores among the traffic notes: the tie-break (doc numbers 6..12) must page like the script orders
    const bases: SearchOptions[] = [{ q: "Waffenruhe" }, { q: "Waffenruhe", lang: "de" }, { q: "Waffenruhe Baustelle" }, { lang: "de" }, { topic: "traffic", from: "2024-01-12T00:00:00Z" }];
    for (const base of bases) {
      const all = await ids({ ...base, limit: 100 });
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const r = await store.search({ ...base, limit: 3, ...(cursor ? { cursor } : {}) });
        paged.push(...r.hits.map((h) => h.id));
        cursor = r.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all);
      expect(all.length).toBeGreaterThan(3);
    }
    const first = await store.search({ q: "Waffenruhe", limit: 2 });
    await expect(store.search({ q: "Baerbock", cursor: first.nextCursor ?? "" })).rejects.toThrow(/another search/);
  });

  it("counts tags, languages and sources over the result set", async () => {
    const r = await store.search({ q: "Waffenruhe OR beavers" });
    expect(r.facets?.languages).toEqual([
      { value: "de", count: 9 },
      { value: "en", count: 2 },
    ]);
    expect(r.facets?.sources).toContainEqual({ value: "verkehr.example", count: 7 });
    expect(r.facets?.tags).toContainEqual({ value: "topic:politics", count: 2 });
  });
});

describe("get, similar, tags", () => {
  it("reads by id and by URL, suggests tags by prefix and finds articles sharing entities", async () => {
    expect(await store.idForUrl("https://tagesblatt.de/politik/nato?utm_source=x")).toBe("c0000000000000000002");
    expect(await store.tags("place:")).toEqual([{ tag: "place:ukraine", count: 2 }]);
    expect((await store.tags("topic:", 2)).map((t) => t.tag)).toEqual(["topic:traffic", "topic:environment"]);
    const similar = await store.similar("c0000000000000000001");
    expect(similar[0]).toMatchObject({ id: "c0000000000000000002", reason: "shared_entities", shared: ["place:ukraine"] });
  });
});

describe("tags the doc entry cannot hold", () => {
  it("still filters and counts an article whose tag contains a newline", async () => {
    const odd = article("c0000000000000000099", { title: "Seltsames Schlagwort", text: "Ein Schlagwort mit Zeilenumbruch im Namen.", tags: ["lang:de", "odd\ntag"] });
    await store.upsert(odd);
    expect(await ids({ q: "Schlagwort", tags: ["odd\ntag"] })).toEqual([odd.id]);
    expect(await ids({ q: "Schlagwort", lang: "de" })).toEqual([odd.id]);
    expect(await ids({ q: "Schlagwort", lang: "en" })).toEqual([]);
    expect((await store.search({ q: "Schlagwort" })).facets?.tags).toContainEqual({ value: "odd\ntag", count: 1 });
  });
});
