import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestEnv, removeNamespace, type TestEnv } from "@inkstream/testkit";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { MAX_TAGS, RecordInputError, openStore, planMerge, termBucket, type ArticleStore, type RecordInput, type SegmentInfo } from "@inkstream/store";
import { article, fullText, posting, rewriteSegments, snapshot } from "./store-fixtures.ts";

// Full-text postings live in segments: each write chunk adds one, merges fold fanIn of a size tier into one.
// A small fan-in makes merges happen with a handful of articles.
let env: TestEnv;
let store: ArticleStore;
const errors: unknown[] = [];
beforeAll(async () => {
  env = await createTestEnv("store-segments");
  store = openStore(env.redisUrl, env.namespace, { index: { mergeFanIn: 3 }, onBackgroundError: (e) => errors.push(e) });
});
afterAll(async () => {
  await store?.close();
  await env?.cleanup();
});
beforeEach(async () => {
  await store.compact();
  await removeNamespace(env.bus, env.redis, env.namespace);
  errors.length = 0;
});

const TOPICS = [
  ["Hochwasser", "Pegel an der Elbe steigen nach tagelangem Regen, die Feuerwehr füllt Sandsäcke in Dresden und Pirna."],
  ["Bahnstreik", "Die Lokführergewerkschaft ruft zum Streik auf, Pendler müssen sich auf Ausfälle im Fernverkehr einstellen."],
  ["Haushalt", "Der Bundestag berät den Haushalt, die Opposition kritisiert neue Schulden und Kürzungen bei der Bildung."],
  ["Wahl", "Bei der Landtagswahl in Sachsen liegt die Union knapp vorn, die Wahlbeteiligung stieg deutlich an."],
] as const;

/** n distinct articles, each about one of four stories, with a running number in title and text */
function articles(n: number, from = 0): RecordInput[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const [word, text] = TOPICS[i % TOPICS.length] ?? TOPICS[0];
    return article(`d${String(i).padStart(19, "0")}`, {
      title: `${word}: Meldung ${i}`,
      text: `${text} Dies ist Bericht Nummer ${i} aus unserer Redaktion. ${i % 2 === 0 ? "Gerade Ausgabe." : "Ungerade Ausgabe."}`,
      tags: ["lang:de", `topic:t${i % TOPICS.length}`],
    });
  });
}

/** Every doc number's segment entry `<segment>:<k>` names a registered segment whose n<k> list holds it. */
async function docsegConsistent(expected: number): Promise<void> {
  const entries = await env.redis.hgetall(store.keys.docSegment);
  expect(Object.keys(entries)).toHaveLength(expected);
  const lists = new Map<string, Set<number>>();
  for (const [num, where] of Object.entries(entries)) {
    const [seg, k] = where.split(":");
    const field = `${seg}:n${k}`;
    let set = lists.get(field);
    if (!set) {
      const packed = (await env.redis.hgetBuffer(store.keys.segment(seg ?? ""), `n${k}`)) ?? Buffer.alloc(0);
      set = new Set(Array.from({ length: packed.length / 4 }, (_, i) => packed.readUInt32BE(i * 4)));
      lists.set(field, set);
    }
    expect(set.has(Number(num)), `doc ${num} in ${field}`).toBe(true);
  }
}

const segmentCount = async () => (await env.redis.hlen(store.keys.segments));
const hitIds = async (q: string, extra: object = {}) => (await store.search({ q, limit: 100, facets: false, ...extra })).hits.map((h) => h.id);

describe("segments", () => {
  it("writes one segment per chunk and merges a tier of fanIn segments into one, without changing a search", async () => {
    // three separate writes (three segments of one article each, a full tier) are merged in the background
    for (const a of articles(3)) await store.upsert(a);
    await store.compact();
    expect(await segmentCount()).toBe(1);
    expect(await env.redis.hget(store.keys.segments, (await env.redis.hkeys(store.keys.segments))[0] ?? "")).toBe("3:0:1");
    // concurrent upserts in one turn share one chunk, one segment
    await Promise.all(articles(5, 3).map((a) => store.upsert(a)));
    const before = await fullText(env.redis, store);
    expect(Object.values(before).flat()).not.toHaveLength(0);
    const queries = ["Hochwasser", "Streik Pendler", "Haushalt OR Wahl", "Bericht", "Ausgabe"];
    const results = await Promise.all(queries.map((q) => hitIds(q)));
    expect(results[3]).toHaveLength(8);
    const report = await store.compact({ all: true });
    expect(report).toMatchObject({ conflicts: 0, segments: 1 });
    expect(await fullText(env.redis, store)).toEqual(before);
    expect(await Promise.all(queries.map((q) => hitIds(q)))).toEqual(results);
    const [only] = await env.redis.hkeys(store.keys.segments);
    // every doc number points at the one segment left, and at its first list of doc numbers (8 docs: n0)
    expect(new Set(Object.values(await env.redis.hgetall(store.keys.docSegment)))).toEqual(new Set([`${only}:0`]));
    expect(errors).toEqual([]);
  });

  it("keeps a tiered namespace at a few segments per size tier while 60 articles arrive in small writes", async () => {
    const all = articles(60);
    for (let i = 0; i < all.length; i += 2) await store.upsertMany(all.slice(i, i + 2));
    await store.compact();
    // tiers by article count with fan-in 3: 1–2, 3–8, 9–26, 27–80; fewer than 3 segments in each
    expect(await segmentCount()).toBeLessThanOrEqual(8);
    const docs = Object.values(await env.redis.hgetall(store.keys.segments)).map((e) => Number(e.split(":")[0]));
    expect(docs.reduce((a, b) => a + b, 0)).toBe(60);
    expect(await hitIds("Bericht")).toHaveLength(60);
    expect(await hitIds("Hochwasser", { topic: "t0" })).toHaveLength(15);
  });

  it("takes an updated or deleted article's postings out of whatever segment holds them", async () => {
    const all = articles(9);
    await store.upsertMany(all);
    await store.compact({ all: true });
    const target = all[4] as RecordInput;
    await store.upsert({ ...target, title: "Gletscherschmelze: Meldung 4", text: "Die Gletscher der Alpen verlieren weiter an Masse.", contentHash: "v2" });
    expect(await hitIds("Gletscher")).toEqual([target.id]);
    expect(await hitIds("Bericht")).not.toContain(target.id);
    await store.delete((all[5] as RecordInput).id);
    const postings = await fullText(env.redis, store); // throws if a posting names a doc that is gone
    expect(postings["gletsch"]).toEqual([[target.id, expect.any(Number) as number]]);
    expect(postings["bericht"]?.map(([id]) => id)).toHaveLength(7);
    // the merged segment lost two articles and its generation moved on twice; the new version has a segment of its own
    const num = await env.redis.hget(store.keys.indexed(target.id), "n");
    const own = (await env.redis.hget(store.keys.docSegment, num ?? ""))?.split(":")[0];
    const entries = await env.redis.hgetall(store.keys.segments);
    expect(entries[own ?? ""]).toBe("1:0:1");
    expect(Object.entries(entries).filter(([id]) => id !== own).map(([, e]) => e)).toEqual(["7:2:1"]);
  });

  it("gives up a merge whose source changed after it was read, and merges it on the next pass", async () => {
    const all = articles(6);
    await store.upsertMany(all.slice(0, 3));
    await store.upsertMany(all.slice(3, 6));
    await store.compact();
    // two segments of 3: below fan-in, so nothing merged yet; merge them while a delete lands in between
    expect(await segmentCount()).toBe(2);
    const racing = openStore(env.redisUrl, env.namespace);
    // the merger reads its two sources (one HGETALL each, sent together); right after the second read of the first
    // pass, another client deletes an article
    const read = racing.redis.hgetallBuffer.bind(racing.redis);
    let reads = 0;
    (racing.redis as unknown as { hgetallBuffer: (key: string) => Promise<Record<string, Buffer>> }).hgetallBuffer = async (key: string) => {
      const out = await read(key);
      if (reads++ === 1) await store.delete((all[0] as RecordInput).id);
      return out;
    };
    const report = await racing.compact({ all: true });
    await racing.close();
    // two passes: the first gave up, the second merged
    expect(reads).toBe(4);
    expect(report).toMatchObject({ merges: 1, conflicts: 1, segments: 1 });
    expect(await segmentCount()).toBe(1);
    const postings = await fullText(env.redis, store);
    expect(postings["bericht"]?.map(([id]) => id)).toEqual(all.slice(1).map((a) => a.id));
  });

  /** segment keys of the namespace that no search reads (not in the registry) */
  const unregisteredSegments = async () => {
    const registered = new Set(await env.redis.hkeys(store.keys.segments));
    const found: string[] = [];
    let cursor = "0";
    do {
      const [next, keys] = await env.redis.scan(cursor, "MATCH", store.keys.segment("*"), "COUNT", 500);
      cursor = next;
      found.push(...keys.map((k) => k.slice(store.keys.segment("").length)).filter((id) => !registered.has(id)));
    } while (cursor !== "0");
    return found;
  };

  /**
   * A store on its own connection that runs `then` as soon as its merger has written the first part of a merged
   * segment (the write-part script, named by its key and more than the prefix as arguments), before the swap.
   */
  function mergerWithHook(then: (racing: ArticleStore) => Promise<void>): ArticleStore {
    const racing = openStore(env.redisUrl, env.namespace, { merges: "off" });
    const r = racing.redis as unknown as { sendCommand(cmd: { name: string; args: unknown[] }): Promise<unknown> };
    const send = r.sendCommand.bind(r);
    let fired = false;
    r.sendCommand = (cmd) => {
      const out = send(cmd);
      // named eval once the send has turned it into one (the first time a script goes over a connection)
      const isPart = (cmd.name === "evalsha" || cmd.name === "eval") && String(cmd.args[2]) === store.keys.segmentsWriting && cmd.args.length > 5;
      if (!isPart || fired) return out;
      fired = true;
      return out.then(async (v) => {
        await then(racing);
        return v;
      });
    };
    return racing;
  }

  it("sweeps away the half-written segment of a merger that died before its swap, once its lease has run out", async () => {
    const all = articles(6);
    await store.upsertMany(all.slice(0, 3));
    await store.upsertMany(all.slice(3, 6));
    const before = await Promise.all(["Bericht", "Hochwasser OR Wahl"].map((q) => hitIds(q)));
    // the merger's connection drops right after its first write: it can neither swap nor clean up
    const dying = mergerWithHook((racing) => {
      racing.redis.disconnect();
      return Promise.resolve();
    });
    await expect(dying.compact({ all: true })).rejects.toThrow(/closed/i);
    const orphans = await unregisteredSegments();
    expect(orphans).toHaveLength(1);
    expect(await env.redis.hkeys(store.keys.segmentsWriting)).toEqual(orphans);
    // its lease would run out after 60 s; here it runs out at once
    expect(await env.redis.del(store.keys.mergeLease)).toBe(1);
    const report = await store.compact({ all: true });
    expect(report).toMatchObject({ merges: 1, conflicts: 0, swept: 1, segments: 1 });
    expect(await unregisteredSegments()).toEqual([]);
    expect(await env.redis.exists(store.keys.segmentsWriting)).toBe(0);
    expect(await Promise.all(["Bericht", "Hochwasser OR Wahl"].map((q) => hitIds(q)))).toEqual(before);
    await docsegConsistent(6);
  });

  it("gives up the swap of a merger that outlived its lease and whose segment the next merger swept away, losing nothing", async () => {
    const all = articles(6);
    await store.upsertMany(all.slice(0, 3));
    await store.upsertMany(all.slice(3, 6));
    const before = await Promise.all(["Bericht", "Streik", "Ausgabe"].map((q) => hitIds(q)));
    let taken: Awaited<ReturnType<ArticleStore["compact"]>> | undefined;
    // the slow merger stalls after its first write; meanwhile its lease runs out and another merger takes the lease,
    // sweeps, and finds nothing to merge (two segments are below the fan-in of 3), so the sources stay as they were
    const slow = mergerWithHook(async () => {
      expect(await env.redis.del(store.keys.mergeLease)).toBe(1);
      taken = await store.compact();
    });
    const report = await slow.compact({ all: true });
    await slow.close();
    expect(taken).toMatchObject({ merges: 0, swept: 1, segments: 2 });
    // its swap found its id swept and changed nothing (deleting the unchanged sources would have lost their
    // postings); its next round merged them
    expect(report).toMatchObject({ merges: 1, conflicts: 1, segments: 1 });
    expect(await segmentCount()).toBe(1);
    expect(await unregisteredSegments()).toEqual([]);
    expect(await env.redis.exists(store.keys.segmentsWriting)).toBe(0);
    expect(await Promise.all(["Bericht", "Streik", "Ausgabe"].map((q) => hitIds(q)))).toEqual(before);
    await docsegConsistent(6);
  });

  it("leaves nothing behind when the last article goes", async () => {
    const all = articles(7);
    await store.upsertMany(all);
    await store.compact({ all: true });
    for (const a of all) await store.delete(a.id);
    expect(await snapshot(env.redis, env.namespace)).toEqual({});
  });

  it("counts a word's articles right while updated articles' old postings wait for a merge", async () => {
    const all = articles(250);
    await store.upsertMany(all);
    await store.compact({ all: true });
    // 50 articles change but still say "Bericht": their old postings are zeroed, the directory still counts them
    await store.upsertMany(all.slice(0, 50).map((a) => ({ ...a, title: `${a.title} (aktualisiert)`, contentHash: `${a.contentHash}-2` })));
    const r = await store.search({ q: "Bericht", limit: 20 });
    expect(r.total).toBe(250);
    expect(r.exact).toBe(false);
    const scores = r.hits.map((h) => h.score ?? NaN);
    expect(scores.every((x) => x > 0)).toBe(true);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    // merged, the counts are exact again
    await store.compact({ all: true });
    expect(await store.search({ q: "Bericht", limit: 20 })).toMatchObject({ total: 250, exact: true });
  });

  it("merges a tier near the size cap as far as it fits instead of leaving it to pile up", () => {
    const seg = (id: number, docs: number): SegmentInfo => ({ id: String(id), docs, gen: 0, buckets: 1, entry: `${docs}:0:1` });
    const tier = Array.from({ length: 10 }, (_, i) => seg(i + 1, 50_000));
    expect(planMerge(tier, { fanIn: 10, maxSegmentDocs: 250_000 }).map((s) => s.id)).toEqual(["1", "2", "3", "4", "5"]);
    expect(planMerge(tier.slice(0, 9), { fanIn: 10, maxSegmentDocs: 250_000 })).toEqual([]);
    expect(planMerge([seg(1, 200_000), seg(2, 200_000)], { fanIn: 2, maxSegmentDocs: 250_000 })).toEqual([]);
  });

  it("rejects upsertMany for a refused record and still writes the others, with no unhandled rejection", async () => {
    const [a, b] = articles(2);
    const bad = { ...(a as RecordInput), id: "e0000000000000000009", tags: Array.from({ length: MAX_TAGS + 5 }, (_, i) => `keyword:k${i}`) };
    await expect(store.upsertMany([a as RecordInput, bad, b as RecordInput])).rejects.toThrow(RecordInputError);
    await store.compact();
    expect((await hitIds("Bericht")).sort()).toEqual([(a as RecordInput).id, (b as RecordInput).id].sort());
  });

  it("hashes a term to the same bucket in Node and in the Lua scripts, whatever its script", async () => {
    const format = readFileSync(resolve(import.meta.dirname, "../packages/store/src/lua/segment-format.lua"), "utf8");
    const terms = ["wahl", "sandsäck", "ausfäll", "übergangsfrist", "санкц", "москв", "élection", "política", "żołnierz", "2024", "𝔘nicode"];
    for (const n of [1, 2, 7, 64, 4096]) {
      const lua = (await env.redis.eval(`${format}\nlocal out = {}\nfor i, t in ipairs(ARGV) do out[i] = termBucket(t, ${n}) end\nreturn out`, 0, ...terms)) as number[];
      expect(lua).toEqual(terms.map((t) => termBucket(t, n)));
    }
    // the terms spread over buckets: the check above is not all zeros
    expect(new Set(terms.map((t) => termBucket(t, 64))).size).toBeGreaterThan(5);
  });

  it("finds every article in a merged segment of several buckets, ASCII, German and Russian terms alike", async () => {
    const russian = (i: number) =>
      article(`r${String(i).padStart(19, "0")}`, {
        title: `Санкции: сообщение ${i}`,
        text: `Министры иностранных дел обсудили в Москве новые санкции и поставки газа. Это сообщение номер ${i} нашей редакции.`,
        language: "ru",
        tags: ["lang:ru"],
      });
    const all = [...articles(1200), ...Array.from({ length: 200 }, (_, i) => russian(2000 + i))];
    await store.upsertMany(all);
    await store.compact({ all: true });
    const entries = Object.values(await env.redis.hgetall(store.keys.segments));
    expect(entries).toHaveLength(1);
    expect(Number(entries[0]?.split(":")[2])).toBeGreaterThan(1);
    const total = async (q: string, extra: object = {}) => (await store.search({ q, facets: false, ...extra })).total;
    expect(await total("Bericht")).toBe(1200);
    expect(await total("Sandsäcke")).toBe(300);
    expect(await total("санкции")).toBe(200);
    expect(await total("Москве", { lang: "ru" })).toBe(200);
    // each running number is a term of its own article only: every bucket is looked up where Node put it
    for (const i of [10, 77, 58, 123, 239, 777, 1199, 2000, 2033, 2199]) {
      expect(await hitIds(String(i))).toEqual([i >= 2000 ? `r${String(i).padStart(19, "0")}` : `d${String(i).padStart(19, "0")}`]);
    }
    // 1,400 doc numbers fill two lists (n0, n1); every article's segment entry names the list that holds it
    await docsegConsistent(1400);
    // take articles out of both lists: their postings go and the lists zero them
    const gone = [all[0], all[1100], all[1399]].map((a) => (a as RecordInput).id);
    for (const id of gone) await store.delete(id);
    await docsegConsistent(1397);
    await fullText(env.redis, store); // throws if a posting of a deleted doc is left
    await store.compact({ all: true });
    await docsegConsistent(1397);
    expect(await total("Bericht")).toBe(1198);
  });

  it("refuses a record with more tags than a write can carry, before it reaches Redis", async () => {
    const bad = article("e0000000000000000001", { title: "Zu viele Schlagworte", text: "Ein Artikel mit absurd vielen Schlagworten.", tags: Array.from({ length: MAX_TAGS + 1 }, (_, i) => `keyword:k${i}`) });
    await expect(store.upsert(bad)).rejects.toThrow(RecordInputError);
    await expect(store.upsert({ ...bad, tags: bad.tags.slice(0, MAX_TAGS) })).resolves.toMatchObject({ change: "created" });
  });

  it("fails only the bad article of a shared chunk: the others are written, and the refused one is left as it was", async () => {
    const [good, damaged, other] = articles(3);
    await store.upsert(damaged as RecordInput);
    const id = (damaged as RecordInput).id;
    // damaged index data: the tags it was indexed with are unreadable in the ix hash; the record's copy still serves
    await env.redis.hset(store.keys.indexed(id), "tags", "{not json");
    const retitled = { ...(damaged as RecordInput), title: "Hochwasser: neue Fassung", tags: ["lang:de"], contentHash: "v2" };
    expect(await store.upsert(retitled)).toMatchObject({ change: "updated", version: 2 });
    expect(await env.redis.zscore(store.keys.tagByTime("topic:t1"), id)).toBeNull();
    // both copies unreadable: the old entries cannot be found, so the update is refused before anything is written
    await env.redis.hset(store.keys.indexed(id), "tags", "{not json");
    await env.redis.hset(store.keys.record(id), "tags", "{not json");
    const edited = { ...retitled, title: "Hochwasser: dritte Fassung", contentHash: "v3" };
    const results = await Promise.allSettled([store.upsert(good as RecordInput), store.upsert(edited), store.upsert(other as RecordInput)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/stored index data of article d0+1 is damaged/);
    expect(await env.redis.hget(store.keys.record(id), "title")).toBe("Hochwasser: neue Fassung");
    expect((await hitIds("Bericht")).sort()).toEqual([(good as RecordInput).id, id, (other as RecordInput).id].sort());
    expect(await posting(env.redis, store, "bericht", (good as RecordInput).id)).not.toBeNull();
  });

  it("writes the postings of an unchanged article again when an earlier write lost them", async () => {
    const [a, b] = articles(2);
    await store.upsertMany([a as RecordInput, b as RecordInput]);
    const num = await env.redis.hget(store.keys.indexed((a as RecordInput).id), "n");
    // what a write that failed halfway leaves: the record, no postings, no segment entry
    await rewriteSegments(env.redis, store, (_, n) => n !== Number(num));
    await env.redis.hdel(store.keys.docSegment, num ?? "");
    expect(await hitIds("Bericht")).toEqual([(b as RecordInput).id]);
    expect(await store.upsert(a as RecordInput)).toMatchObject({ change: "unchanged", version: 1 });
    expect((await hitIds("Bericht")).sort()).toEqual([(a as RecordInput).id, (b as RecordInput).id].sort());
    // and a replay after that writes nothing
    const before = await snapshot(env.redis, env.namespace);
    expect((await store.upsert(a as RecordInput)).change).toBe("unchanged");
    expect(await snapshot(env.redis, env.namespace)).toEqual(before);
  });
});
