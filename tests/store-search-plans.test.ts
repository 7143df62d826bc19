import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { openStore, type ArticleStore, type RecordInput } from "@inkstream/store";
import { parseQuery } from "../packages/store/src/query.ts";
import { defineScripts, type Scripts } from "../packages/store/src/scripts.ts";
import { article } from "./store-fixtures.ts";

// A one-word search with filters reads the word's postings in impact order and checks each article's filters; when
// the filters are selective, it checks the few articles carrying them for the word instead. Both must give the same
// results; the second finds every match, so its total is exact.
let env: TestEnv;
let store: ArticleStore;
let scripts: Scripts;

const SENTENCES = [
  "Die Regierung legte am Dienstag den Entwurf für den Haushalt vor, die Opposition kritisierte neue Schulden.",
  "Nach Angaben der Regierung sollen die Mittel für Schulen und Kitas im kommenden Jahr steigen.",
  "Die Regierung will die Bahnstrecke zwischen den beiden Städten bis zum Herbst sanieren lassen.",
  "Vertreter der Regierung trafen sich mit den Gewerkschaften, eine Einigung gab es zunächst nicht.",
];
const TOPICS = ["politics", "economy", "sports", "science"];

/** 150 German articles that all mention the government; one in 25 is about culture from the Kreisbote */
function corpus(): RecordInput[] {
  return Array.from({ length: 150 }, (_, i) => {
    const culture = i % 25 === 7;
    const body = Array.from({ length: 1 + (i % 4) }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(" ");
    return article(`p${String(i).padStart(19, "0")}`, {
      title: `Meldung ${i}: ${i % 3 === 0 ? "Regierung unter Druck" : "Neues aus dem Landkreis"}`,
      text: `${body} Bericht Nummer ${i}.`,
      url: `https://${culture ? "kreisbote" : "tagesblatt"}.example/artikel/${i}`,
      // the first 100 also carry four tags that always go together (a planner that takes tags as independent
      // expects them on 30 articles)
      tags: ["lang:de", `topic:${culture ? "culture" : (TOPICS[i % TOPICS.length] ?? "politics")}`, `source:${culture ? "kreisbote" : "tagesblatt"}.example`, ...(i < 100 ? ["region:nord", "region:kueste", "region:hafen", "region:elbe"] : [])],
      publishedAt: new Date(Date.UTC(2024, 2, 1) + i * 3_600_000).toISOString(),
    });
  });
}

beforeAll(async () => {
  env = await createTestEnv("store-search-plans");
  store = openStore(env.redisUrl, env.namespace);
  scripts = defineScripts(env.redis);
  await store.upsertMany(corpus());
});
afterAll(async () => {
  await store?.close();
  await env?.cleanup();
});

/** The script's reply for one word and filters; `scan` turns the filters into one-of lists, which the filter-driven plan does not take, and reads every posting. */
async function raw(word: string, filters: string[], scan: boolean) {
  const parsed = parseQuery(word, "de");
  const request = {
    groups: parsed.groups,
    mode: parsed.mode,
    filters: filters.map((t) => (scan ? [t, t] : [t])),
    sort: "relevance",
    limit: 100,
    facets: 200,
    perTerm: scan ? 1_000_000 : 2000,
    maxScan: scan ? 1_000_000 : 4000,
  };
  const [total, exact, scanned, page, facets] = await scripts.search(store.keys.byIndexed, store.keys.prefix, JSON.stringify(request));
  return { total: Number(total), exact: Number(exact), scanned: Number(scanned), page, facets };
}

describe("one word with filters", () => {
  const cultureIds = corpus()
    .filter((r) => r.tags.includes("topic:culture"))
    .map((r) => r.id);

  it("checks the few articles carrying selective filters, with the same hits, order, scores and facets as reading every posting", async () => {
    expect(cultureIds).toHaveLength(6);
    const byFilters = await raw("Regierung", ["lang:de", "topic:culture"], false);
    const byPostings = await raw("Regierung", ["lang:de", "topic:culture"], true);
    // six candidates checked, not the 150 postings of the word
    expect(byFilters.scanned).toBe(6);
    expect(byPostings.scanned).toBe(150);
    expect(byFilters).toMatchObject({ total: 6, exact: 1 });
    expect(byFilters.page).toEqual(byPostings.page);
    expect(byFilters.facets).toEqual(byPostings.facets);
    const ids = byFilters.page.filter((_, i) => i % 3 === 0);
    expect([...ids].sort()).toEqual([...cultureIds].sort());
    // by score, highest first (a title mention outweighs the body)
    const scores = byFilters.page.filter((_, i) => i % 3 === 1).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("gives the same through the store: exact total, hits by score, facets, a date range and the cursor", async () => {
    const all = await store.search({ q: "Regierung", lang: "de", topic: "culture", limit: 4 });
    expect(all).toMatchObject({ total: 6, exact: true });
    expect(all.facets?.sources).toEqual([{ value: "kreisbote.example", count: 6 }]);
    const next = await store.search({ q: "Regierung", lang: "de", topic: "culture", limit: 4, cursor: all.nextCursor ?? "" });
    expect([...all.hits, ...next.hits].map((h) => h.id).sort()).toEqual([...cultureIds].sort());
    expect(next.nextCursor).toBeUndefined();
    // the first three culture articles by time: i = 7, 32, 57
    const ranged = await store.search({ q: "Regierung", lang: "de", topic: "culture", from: "2024-03-01T00:00:00Z", to: "2024-03-03T12:00:00Z" });
    expect(ranged.hits.map((h) => h.id).sort()).toEqual(cultureIds.slice(0, 3).sort());
    expect(ranged.total).toBe(3);
  });

  it("reads the postings after all when tags that go together leave far more articles than expected", async () => {
    const tags = ["region:nord", "region:kueste", "region:hafen", "region:elbe"];
    const planned = await raw("Regierung", tags, false);
    // the intersection (100 articles) would cost more to check than the word's 150 postings: the scan ran
    expect(planned.scanned).toBe(150);
    const exhaustive = await raw("Regierung", tags, true);
    expect(planned.page).toEqual(exhaustive.page);
    expect(planned).toMatchObject({ total: 100, exact: 1 });
    expect((await store.search({ q: "Regierung", tags })).total).toBe(100);
  });

  it("never turns away a candidate whose doc entry carries the filter tag, wherever the tag stands; a tag's prefix matches nothing", async () => {
    // a tag's prefix matches nothing; the last tag of a list (region:elbe for the first 100, the source for the rest)
    // and one in the middle match their articles
    expect((await store.search({ q: "Regierung", tags: ["region:elb"] })).total).toBe(0);
    expect((await store.search({ q: "Regierung", lang: "d" })).total).toBe(0);
    expect((await store.search({ q: "Regierung", tags: ["region:elbe"], limit: 100 })).total).toBe(100);
    expect((await store.search({ q: "Regierung", tags: ["source:kreisbote.example"] })).hits.map((h) => h.id).sort()).toEqual([...cultureIds].sort());
    const both = await store.search({ q: "Regierung", tags: ["region:kueste", "source:tagesblatt.example"], limit: 100 });
    expect(both.total).toBe(100 - cultureIds.filter((id) => Number(id.slice(1)) < 100).length);
  });

  it("reads the postings when the filters are not selective, and finds the same as checking every article", async () => {
    const byPostings = await raw("Regierung", ["lang:de"], false);
    // 150 articles carry lang:de, more than a third of the word's 150 postings: the word drives
    expect(byPostings.scanned).toBe(150);
    const exhaustive = await raw("Regierung", ["lang:de"], true);
    expect(byPostings.page).toEqual(exhaustive.page);
    expect(byPostings.total).toBe(150);
  });
});
