import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestEnv, removeNamespace, type TestEnv } from "@inkstream/testkit";
import { MAX_TAGS, openStore, type ArticleStore } from "@inkstream/store";
import { article, dropTerm, fullText, posting, postingCount, rewriteSegments, snapshot, tagged, withoutSegments } from "./store-fixtures.ts";

let env: TestEnv;
let store: ArticleStore;
beforeAll(async () => {
  env = await createTestEnv("store-index");
  store = openStore(env.redisUrl, env.namespace);
});
afterAll(async () => {
  await store?.close();
  await env?.cleanup();
});
beforeEach(async () => {
  await removeNamespace(env.bus, env.redis, env.namespace);
});

const STORY =
  "Die Außenminister der Europäischen Union haben am Donnerstag in Brüssel über neue Sanktionen gegen Russland beraten. " +
  "Mehrere Regierungen forderten schärfere Maßnahmen gegen den Energiesektor, andere warnten vor steigenden Preisen für Verbraucher. " +
  "Eine Entscheidung soll beim Gipfel der Staats- und Regierungschefs im kommenden Monat fallen, hieß es aus Diplomatenkreisen. " +
  "Die Kommission legte dazu ein Papier mit drei Optionen vor, über das die Botschafter bereits am Montag gesprochen hatten. " +
  "Nach Angaben von Diplomaten geht es vor allem um Importe von Flüssiggas, um Finanzgeschäfte russischer Banken und um Exportkontrollen für Technik. " +
  "Ungarn und die Slowakei lehnen einen Stopp der Gaslieferungen bisher ab und verweisen auf ihre Abhängigkeit von Pipelines aus dem Osten. " +
  "Die baltischen Staaten und Polen dringen dagegen auf ein rasches Ende aller Energieimporte und auf strengere Kontrollen an den Außengrenzen. " +
  "Der Außenbeauftragte sagte nach dem Treffen, die Union bleibe geschlossen, auch wenn über den Zeitplan noch gestritten werde. " +
  "Wirtschaftsverbände warnten in einer gemeinsamen Erklärung vor Engpässen in der Chemieindustrie und forderten Übergangsfristen für bestehende Verträge. " +
  "Umweltorganisationen begrüßten dagegen jeden Schritt weg von fossilen Brennstoffen und verlangten mehr Geld für erneuerbare Energien. " +
  "Bis zum Gipfel sollen die Fachleute der Mitgliedstaaten die Optionen prüfen und Vorschläge für Ausnahmen und Entschädigungen ausarbeiten. " +
  "Beobachter rechnen damit, dass am Ende ein Kompromiss mit langen Übergangsfristen steht, wie schon bei früheren Sanktionspaketen.";

const first = article("a0000000000000000001", {
  title: "Sanktionen gegen Russland: EU berät in Brüssel",
  text: STORY,
  tags: ["lang:de", "topic:politics", "org:eu", "source:news.example"],
  publishedAt: "2024-03-14T09:00:00+01:00",
  canonicalUrl: "https://news.example/eu-sanktionen",
});

describe("index consistency", () => {
  it("writes nothing on a replay: every key stays byte for byte the same", async () => {
    expect((await store.upsert(first)).change).toBe("created");
    const before = await snapshot(env.redis, env.namespace);
    expect((await store.upsert(first)).change).toBe("unchanged");
    expect((await store.upsertMany([first, first])).map((r) => r.change)).toEqual(["unchanged", "unchanged"]);
    expect(await snapshot(env.redis, env.namespace)).toEqual(before);
  });

  it("swaps every membership on update: terms, tags by time, tag names, published time", async () => {
    await store.upsert(first);
    expect(await posting(env.redis, store, "sanktion", first.id)).not.toBeNull();
    const edited = article(first.id, {
      title: "Gasembargo: Minister streiten weiter",
      text: "Die Minister konnten sich nicht auf ein Gasembargo einigen. Die Gespräche werden fortgesetzt.",
      tags: ["lang:de", "topic:economy"],
      publishedAt: "2024-03-15T10:00:00Z",
      canonicalUrl: "https://news.example/eu-sanktionen",
    });
    expect(await store.upsert(edited)).toMatchObject({ change: "updated", version: 2 });
    expect(await posting(env.redis, store, "sanktion", first.id)).toBeNull();
    expect(await postingCount(env.redis, store, "sanktion")).toBe(0);
    expect(await posting(env.redis, store, "gasembargo", first.id)).not.toBeNull();
    expect(await env.redis.zscore(store.keys.tagByTime("org:eu"), first.id)).toBeNull();
    expect(await env.redis.zscore(store.keys.tagNames, "org:eu")).toBeNull();
    expect(await env.redis.zscore(store.keys.tagByTime("topic:economy"), first.id)).toBe(String(Date.parse("2024-03-15T10:00:00Z")));
    expect(await env.redis.zscore(store.keys.byPublished, first.id)).toBe(String(Date.parse("2024-03-15T10:00:00Z")));
    expect((await store.get(first.id))?.title).toBe("Gasembargo: Minister streiten weiter");
    // a search checks filters on the doc entry: it follows the update too
    expect((await store.search({ q: "Gasembargo", topic: "economy" })).hits.map((h) => h.id)).toEqual([first.id]);
    expect((await store.search({ q: "Gasembargo", tags: ["org:eu"] })).hits).toEqual([]);
    expect((await store.search({ q: "Gasembargo", from: "2024-03-15T00:00:00Z" })).hits).toHaveLength(1);
    expect((await store.search({ q: "Gasembargo", to: "2024-03-14T23:00:00Z" })).hits).toHaveLength(0);
  });

  it("keeps a tag that one article of a write drops as its last holder while another article of the same write takes it up", async () => {
    // one chunk, one script: the tag sets and tag names of the whole chunk are written after every article's step
    const tag = "org:gdl-only-here";
    const holder = (v: number, tags: string[]) => article("a0000000000000000002", { title: `Bahnstreik ${v}`, text: `${STORY} Fassung ${v}.`, tags });
    const newcomer = (v: number, tags: string[]) =>
      article("a0000000000000000003", { title: `Lokführer verhandeln ${v}`, text: `${STORY} Die Gewerkschaft verhandelt, Fassung ${v}.`, tags, publishedAt: "2024-03-16T08:00:00Z" });
    // the holder's step first, then the newcomer's; and the other way round
    for (const holderFirst of [true, false]) {
      const v = holderFirst ? 1 : 3;
      await store.upsertMany([holder(v, [tag, "lang:de"]), newcomer(v, ["lang:de"])]);
      expect(await store.tags("org:gdl")).toEqual([{ tag, count: 1 }]);
      const write = [holder(v + 1, ["lang:de"]), newcomer(v + 1, [tag])];
      await store.upsertMany(holderFirst ? write : write.reverse());
      expect(await store.tags("org:gdl")).toEqual([{ tag, count: 1 }]);
      expect(await tagged(env.redis, store, tag, "a0000000000000000003")).toBe(true);
      expect(await tagged(env.redis, store, tag, "a0000000000000000002")).toBe(false);
      expect(await env.redis.zscore(store.keys.tagByTime(tag), "a0000000000000000003")).toBe(String(Date.parse("2024-03-16T08:00:00Z")));
      expect((await store.search({ q: "Lokführer", tags: [tag] })).hits.map((h) => h.id)).toEqual(["a0000000000000000003"]);
    }
  });

  it("drops fields the new version no longer has", async () => {
    await store.upsert({ ...first, description: "Ein Teaser" });
    await store.upsert({ ...first, contentHash: "other" });
    expect(await env.redis.hexists(store.keys.record(first.id), "description")).toBe(0);
  });

  it("deletes a record with every index entry: the namespace is empty again", async () => {
    await store.upsert(first);
    expect(await store.delete(first.id)).toBe(true);
    expect(await snapshot(env.redis, env.namespace)).toEqual({});
    expect(await store.delete(first.id)).toBe(false);
    expect(await store.idForUrl("https://news.example/eu-sanktionen")).toBeNull();
  });

  it("keeps indexes in agreement with the record under concurrent versions", async () => {
    const versions = Array.from({ length: 12 }, (_, i) =>
      article(first.id, { title: `Fassung ${i} Schlagwort${i}`, text: `Text der Fassung ${i}.`, tags: [`topic:t${i}`] }),
    );
    await Promise.all(versions.map((v) => store.upsert(v)));
    const rec = await store.get(first.id);
    const n = Number(/Fassung (\d+)/.exec(rec?.title ?? "")?.[1]);
    expect(rec?.version).toBe(12);
    for (let i = 0; i < 12; i++) {
      expect(await posting(env.redis, store, `schlagwort${i}`, first.id)).toSatisfy((v) => (i === n ? v !== null : v === null));
      expect(await tagged(env.redis, store, `topic:t${i}`, first.id)).toBe(i === n);
    }
  });
});

describe("near-duplicates", () => {
  // syndicated copies: the same wire text under another headline, once with a line appended
  const copy = (id: string, tail: string) => article(id, { title: "EU berät Sanktionen", text: STORY + tail, tags: ["lang:de"] });

  it("links a copy to the earliest stored article and reports the cluster", async () => {
    await store.upsert(first);
    const second = await store.upsert(copy("a0000000000000000002", ""));
    expect(second).toMatchObject({ change: "created", duplicateOf: first.id, clusterId: first.id, clusterSize: 2 });
    const third = await store.upsert(copy("a0000000000000000003", " Mehr dazu später."));
    expect(third).toMatchObject({ duplicateOf: first.id, clusterSize: 3 });
    const root = await store.get(first.id);
    expect(root).toMatchObject({ clusterId: first.id, clusterSize: 3 });
    expect(root?.duplicateOf).toBeUndefined();
    const other = await store.upsert(article("a0000000000000000009", { title: "Biber bauen Dämme", text: "Biber kehren an den Fluss zurück und bauen neue Dämme. ".repeat(8) }));
    expect(other.clusterId).toBeUndefined();
    expect((await store.similar(first.id)).filter((s) => s.reason === "near_duplicate").map((s) => s.id)).toEqual(["a0000000000000000002", "a0000000000000000003"]);
  });

  it("promotes the earliest remaining copy when the root is deleted, and dissolves a cluster of one", async () => {
    await store.upsert(first);
    await store.upsert(copy("a0000000000000000002", ""));
    await store.upsert(copy("a0000000000000000003", " Mehr dazu später."));
    await store.delete(first.id);
    expect(await store.get("a0000000000000000003")).toMatchObject({ duplicateOf: "a0000000000000000002", clusterId: "a0000000000000000002", clusterSize: 2 });
    await store.delete("a0000000000000000002");
    const last = await store.get("a0000000000000000003");
    expect(last?.clusterId).toBeUndefined();
    expect(last?.duplicateOf).toBeUndefined();
  });
});

describe("retention and reindex", () => {
  const many = () =>
    Array.from({ length: 4 }, (_, i) => article(`b000000000000000000${i}`, { title: `Meldung ${i}`, text: `Kurzmeldung Nummer ${i} über Verkehr.`, tags: ["lang:de"] }));

  it("deletes the oldest beyond a maximum count, with their index entries", async () => {
    for (const a of many()) {
      await store.upsert(a);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await store.retain({ maxCount: 2 })).toBe(2);
    expect(await store.get("b0000000000000000000")).toBeNull();
    expect(await store.get("b0000000000000000003")).not.toBeNull();
    expect(await env.redis.zcard(store.keys.tagByTime("lang:de"))).toBe(2);
    expect(await env.redis.hlen(store.keys.docs)).toBe(2);
    expect(await postingCount(env.redis, store, "kurzmeld")).toBe(2);
    expect(await store.retain({ maxAgeMs: 0 })).toBe(2);
    expect(await snapshot(env.redis, env.namespace)).toEqual({});
  });

  it("reindex counts a stored record it would refuse now (over the tag limit) and leaves it as it is", async () => {
    for (const a of many()) await store.upsert(a);
    const id = "b0000000000000000001";
    const crowded = JSON.stringify(Array.from({ length: MAX_TAGS + 1 }, (_, i) => `keyword:k${i}`));
    await env.redis.hset(store.keys.record(id), "tags", crowded);
    expect(await store.reindex()).toEqual({ scanned: 4, reindexed: 3, skipped: 0, refused: 1 });
    expect(await store.search({ q: "Kurzmeldung", lang: "de" })).toMatchObject({ total: 4 });
  });

  it("rebuilds lost index entries from the stored records without a new version", async () => {
    for (const a of many()) await store.upsert(a);
    const before = await snapshot(env.redis, env.namespace);
    const postings = await fullText(env.redis, store);
    expect(postings["verkehr"]).toHaveLength(4);
    await dropTerm(env.redis, store, "verkehr");
    await env.redis.del(store.keys.tagByTime("lang:de"));
    expect(await store.reindex()).toEqual({ scanned: 4, reindexed: 4, skipped: 0, refused: 0 });
    // the same keys and contents; the postings are the same, in new segments
    expect(withoutSegments(await snapshot(env.redis, env.namespace), store)).toEqual(withoutSegments(before, store));
    expect(await fullText(env.redis, store)).toEqual(postings);
  });

  it("completes on replay the articles a write that failed halfway left without their shared entries, with or without terms", async () => {
    // a chunk's entries in shared keys come after every article's own keys; make the third article's own step fail
    // (its SimHash bucket is a key of the wrong type), after the first two wrote their record and ix hash
    const [withTerms] = many();
    const noTerms = article("a0000000000000000009", { title: "", text: "", tags: ["topic:empty-page", "lang:de"] });
    // long enough for near-duplicate linking: its step writes SimHash buckets
    const trap = first;
    if (!withTerms) throw new Error("fixtures");
    await env.redis.set(store.keys.simBucket(0, trap.simhash.slice(0, 4)), "not a sorted set");
    await expect(store.upsertMany([withTerms, noTerms, trap])).rejects.toThrow(/WRONGTYPE/);
    // the store retried each article alone: the first two were completed as they were (no new version), the trap fails
    await env.redis.del(store.keys.simBucket(0, trap.simhash.slice(0, 4)));
    for (const a of [withTerms, noTerms]) {
      expect(await store.upsert(a)).toMatchObject({ change: "unchanged", version: 1 });
      expect(await env.redis.zscore(store.keys.byIndexed, a.id)).not.toBeNull();
      expect(await env.redis.hexists(store.keys.docs, (await env.redis.hget(store.keys.indexed(a.id), "n")) ?? "")).toBe(1);
    }
    expect(await tagged(env.redis, store, "topic:empty-page", noTerms.id)).toBe(true);
    expect(await store.tags("topic:empty")).toEqual([{ tag: "topic:empty-page", count: 1 }]);
    expect((await store.search({ q: "Verkehr", tags: withTerms.tags.slice(0, 1) })).hits.map((h) => h.id)).toContain(withTerms.id);
    // nothing is left for a later replay to complete: it changes no key
    const settled = await snapshot(env.redis, env.namespace);
    for (const a of [withTerms, noTerms]) expect((await store.upsert(a)).change).toBe("unchanged");
    expect(await snapshot(env.redis, env.namespace)).toEqual(settled);
  });

  // The layouts before segments: postings in a sorted set per term (`ft:<term>`) and the terms listed in the ix hash;
  // keyed by doc number with a doc entry, or (before doc numbers) by id, with a tag:<tag> set per tag.
  async function toOldLayout(id: string, byDocNumber: boolean) {
    const ix = store.keys.indexed(id);
    const [num, tagJson] = await env.redis.hmget(ix, "n", "tags");
    const fwd = (await env.redis.hget(store.keys.forward, num ?? "")) ?? "";
    const terms: string[] = [];
    for (const [, t, impact] of fwd.matchAll(/(\S+)=(\d+)/g)) {
      terms.push(t ?? "");
      await env.redis.zadd(store.keys.legacyTerm(t ?? ""), byDocNumber ? Number(impact) : Number(impact) / 10_000, byDocNumber ? (num ?? "") : id);
    }
    // out of its segment
    await rewriteSegments(env.redis, store, (_, n) => n !== Number(num));
    await env.redis.hdel(store.keys.forward, num ?? "");
    await env.redis.hdel(store.keys.docSegment, num ?? "");
    await env.redis.hset(ix, "terms", terms.join(" "));
    if (byDocNumber) return;
    for (const tag of JSON.parse(tagJson ?? "[]") as string[]) await env.redis.sadd(`${store.keys.prefix}tag:${tag}`, id);
    await env.redis.hdel(ix, "n");
    await env.redis.hdel(store.keys.docs, num ?? "");
  }

  it("removes every entry of a record written in the layout before doc numbers", async () => {
    const [a] = many();
    await store.upsert(a!);
    await toOldLayout(a!.id, false);
    await env.redis.del(store.keys.docSeq);
    expect(await store.delete(a!.id)).toBe(true);
    expect(await snapshot(env.redis, env.namespace)).toEqual({});
  });

  it("gives such a record a doc number on reindex, with no id postings or tag sets left", async () => {
    for (const a of many()) await store.upsert(a);
    const before = await snapshot(env.redis, env.namespace);
    const postings = await fullText(env.redis, store);
    await toOldLayout("b0000000000000000002", false);
    expect(await env.redis.zscore(store.keys.legacyTerm("kurzmeld"), "b0000000000000000002")).not.toBeNull();
    expect(await store.reindex()).toEqual({ scanned: 4, reindexed: 4, skipped: 0, refused: 0 });
    const after = await snapshot(env.redis, env.namespace);
    expect(Object.keys(after).filter((k) => k.startsWith(`${store.keys.prefix}tag:`) || k.startsWith(`${store.keys.prefix}ft:`))).toEqual([]);
    expect(await posting(env.redis, store, "kurzmeld", "b0000000000000000002")).not.toBeNull();
    expect(await fullText(env.redis, store)).toEqual(postings);
    expect(await store.search({ q: "Kurzmeldung", lang: "de" })).toMatchObject({ total: 4 });
    // the same keys as before; only the doc number of the converted record is new
    expect(Object.keys(withoutSegments(after, store))).toEqual(Object.keys(withoutSegments(before, store)));
  });

  it("moves a record of the layout before segments (sorted-set postings by doc number) into a segment on update", async () => {
    for (const a of many()) await store.upsert(a);
    await toOldLayout("b0000000000000000001", true);
    expect(await store.search({ q: "Kurzmeldung", lang: "de" })).toMatchObject({ total: 3 });
    const edited = article("b0000000000000000001", { title: "Meldung 1", text: "Kurzmeldung Nummer 1 über Verkehr und Baustellen.", tags: ["lang:de"] });
    expect((await store.upsert(edited)).change).toBe("updated");
    const after = await snapshot(env.redis, env.namespace);
    expect(Object.keys(after).filter((k) => k.startsWith(`${store.keys.prefix}ft:`))).toEqual([]);
    expect(await env.redis.hexists(store.keys.indexed("b0000000000000000001"), "terms")).toBe(0);
    expect(await posting(env.redis, store, "baustell", "b0000000000000000001")).not.toBeNull();
    expect(await store.search({ q: "Kurzmeldung", lang: "de" })).toMatchObject({ total: 4 });
  });
});
