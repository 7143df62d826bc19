import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { openStore, type ArticleStore } from "@inkstream/store";
import { article } from "./store-fixtures.ts";

// A regional paper's pages: for a week every page has its byline, date and image; then the site changes its
// layout and the extractor stops finding authors and dates. Source health must say so, for that site only.
let env: TestEnv;
let store: ArticleStore;
beforeAll(async () => {
  env = await createTestEnv("store-source-health");
  store = openStore(env.redisUrl, env.namespace);
});
afterAll(async () => {
  await store?.close();
  await env?.cleanup();
});

const DAY = 86_400_000;
const today = new Date("2024-03-14T12:00:00Z");
const BODY = Array.from({ length: 40 }, (_, i) => `Der Gemeinderat beriet am Abend über den Haushalt, Punkt ${i + 1} der Tagesordnung.`).join(" ");

function page(site: string, n: number, layoutChanged: boolean) {
  return article(`${site.slice(0, 4)}${String(n).padStart(16, "0")}`.slice(0, 20), {
    url: `https://www.${site}/lokales/artikel-${n}`,
    title: `Haushalt beschlossen (${n})`,
    text: BODY,
    description: "Der Gemeinderat hat den Haushalt beschlossen.",
    section: "Lokales",
    image: { url: `https://www.${site}/img/${n}.jpg`, alt: "Sitzung des Gemeinderats" },
    ...(layoutChanged ? {} : { authors: [{ name: "Petra Schulz", kind: "person" as const }], publishedAt: "2024-03-01T08:00:00+01:00" }),
  });
}

describe("extraction health per source", () => {
  it("flags the fields a site stopped giving, against its own last week, and leaves a steady site alone", async () => {
    let n = 0;
    for (let d = 7; d >= 1; d--) {
      for (let i = 0; i < 4; i++) {
        await store.observeSource(page("landbote.example", n++, false), new Date(today.getTime() - d * DAY));
        await store.observeSource(page("stadtanzeiger.example", n++, false), new Date(today.getTime() - d * DAY));
      }
    }
    for (let i = 0; i < 12; i++) {
      await store.observeSource(page("landbote.example", n++, true), today);
      await store.observeSource(page("stadtanzeiger.example", n++, false), today);
    }
    const all = await store.sourceHealth(undefined, { now: today });
    expect(all.map((h) => h.source).sort()).toEqual(["landbote.example", "stadtanzeiger.example"]);

    const [land] = await store.sourceHealth("landbote.example", { now: today });
    expect(land?.recent.articles).toBe(12);
    expect(land?.baseline.articles).toBe(28);
    expect(land?.baseline.fields.authors).toBe(1);
    expect(land?.recent.fields.authors).toBe(0);
    expect(land?.recent.fields.text).toBe(1);
    expect(land?.alerts.map((a) => a.field).sort()).toEqual(["authors", "publishedAt"]);
    expect(land?.alerts.find((a) => a.field === "publishedAt")).toEqual({ field: "publishedAt", recent: 0, baseline: 1 });

    const [stadt] = await store.sourceHealth("stadtanzeiger.example", { now: today });
    expect(stadt?.recent.fields).toEqual({ title: 1, authors: 1, publishedAt: 1, description: 1, section: 1, image: 1, text: 1, isArticle: 1 });
    expect(stadt?.alerts).toEqual([]);
  });

  it("does not judge a source on too few articles, and knows nothing of a source it never saw", async () => {
    const quiet = new Date(today.getTime() + 20 * DAY);
    await store.observeSource(page("dorfblatt.example", 1, false), new Date(quiet.getTime() - 2 * DAY));
    await store.observeSource(page("dorfblatt.example", 2, true), quiet);
    const [h] = await store.sourceHealth("dorfblatt.example", { now: quiet });
    expect(h?.recent.fields.authors).toBe(0);
    expect(h?.baseline.fields.authors).toBe(1);
    expect(h?.alerts).toEqual([]);
    expect(await store.sourceHealth("nie-gesehen.example", { now: quiet })).toEqual([]);
  });

  it("counts in the write itself, for a store opened with sourceHealth, what observeSource counts: new and changed records only", async () => {
    // two namespaces: one counted by the writes, one by observeSource for the records that were new or changed
    const [writes, observed] = await Promise.all([createTestEnv("health-writes"), createTestEnv("health-observed")]);
    const counting = openStore(writes.redisUrl, writes.namespace, { index: { sourceHealth: true } });
    const reference = openStore(observed.redisUrl, observed.namespace);
    try {
      const first = [page("landbote.example", 1, false), page("landbote.example", 2, true), page("kurier.example", 3, false), article("ohnequelle0000000001", { url: "file:///tmp/seite.html", title: "Lokal", text: BODY })];
      // one chunk: four created, of two sources and one without a source
      const created = await counting.upsertMany(first);
      expect(created.map((r) => r.change)).toEqual(["created", "created", "created", "created"]);
      // the same again: unchanged, counts nothing; one changed (its byline gone): counts again
      const changed = { ...page("landbote.example", 1, true), id: first[0]?.id ?? "" };
      const second = await counting.upsertMany([...first.slice(1), changed]);
      expect(second.map((r) => r.change)).toEqual(["unchanged", "unchanged", "unchanged", "updated"]);
      // re-indexing rewrites the index from the records and counts nothing
      await counting.reindex();
      for (const r of [...first, changed]) await reference.observeSource(r);
      const healthOf = async (e: TestEnv) => {
        const keys = (await e.redis.keys(`{${e.namespace}}:health:*`)).sort();
        return Promise.all(keys.map(async (k) => [k.slice(`{${e.namespace}}:`.length), k.endsWith(":sources") ? await e.redis.zrange(k, "0", "-1") : await e.redis.hgetall(k)]));
      };
      const counted = await healthOf(writes);
      expect(counted).toEqual(await healthOf(observed));
      const day = new Date().toISOString().slice(0, 10).replaceAll("-", "");
      expect(Object.fromEntries(counted)).toMatchObject({
        [`health:landbote.example:${day}`]: { articles: "3", authors: "1", publishedAt: "1", title: "3", text: "3" },
        [`health:kurier.example:${day}`]: { articles: "1", authors: "1" },
        "health:sources": expect.arrayContaining(["landbote.example", "kurier.example"]) as unknown,
      });
      expect(await writes.redis.ttl(`{${writes.namespace}}:health:kurier.example:${day}`)).toBeGreaterThan(30 * 86_400);
    } finally {
      await counting.close();
      await reference.close();
      await writes.cleanup();
      await observed.cleanup();
    }
  });

  it("keeps its keys under the namespace, with an expiry on every day bucket", async () => {
    const keys = await env.redis.keys(`{${env.namespace}}:health:*`);
    expect(keys.length).toBeGreaterThan(3);
    for (const k of keys.filter((k) => !k.endsWith(":sources"))) expect(await env.redis.ttl(k)).toBeGreaterThan(30 * 86_400);
  });
});
