import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, removeNamespace, type TestEnv } from "@inkstream/testkit";
import { MAX_TAGS, RecordInputError, openStore, type ArticleStore, type RecordInput } from "@inkstream/store";
import type { Worker } from "node:worker_threads";
import { AnalysisPool } from "../packages/store/src/analysis-pool.ts";
import { DEFAULT_INDEX_OPTIONS, prepareArticle } from "../packages/store/src/index-data.ts";
import { keysFor } from "../packages/store/src/keys.ts";
import { article, fullText } from "./store-fixtures.ts";

// A store that analyses records in worker threads (StoreOptions.analysisThreads, the indexer's
// INK_INDEX_ANALYSIS_THREADS) against one that analyses inline, on real Redis: same records, same postings, versions
// in the order given, a refused record failing alone.

let env: TestEnv;
let threaded: ArticleStore;
let inline: ArticleStore;
const nsThreaded = () => `${env.namespace}_t`;
const nsInline = () => `${env.namespace}_i`;

beforeAll(async () => {
  env = await createTestEnv("store-threads");
  threaded = openStore(env.redisUrl, nsThreaded(), { analysisThreads: 2 });
  inline = openStore(env.redisUrl, nsInline());
});
afterAll(async () => {
  await threaded?.close();
  await inline?.close();
  for (const ns of [nsThreaded(), nsInline()]) await removeNamespace(env.bus, env.redis, ns);
  await env?.cleanup();
});

/** sentences of the bundled sample pages, by language */
function sentences(file: string, encoding: "utf8" | "windows-1251"): string[] {
  const raw = readFileSync(resolve(import.meta.dirname, "../samples", file));
  const html = encoding === "utf8" ? raw.toString("utf8") : new TextDecoder("windows-1251").decode(raw);
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  return text.split(/(?<=[.!?»])\s+/).filter((s) => s.split(" ").length >= 6);
}

const SOURCES = [
  { lang: "de", s: sentences("de-baerbock-waffenruhe.html", "utf8") },
  { lang: "en", s: sentences("en-river-restoration.html", "utf8") },
  { lang: "fr", s: sentences("fr-marche-immobilier.html", "utf8") },
  { lang: "ru", s: sentences("ru-zenit-spartak.html", "windows-1251") },
];

/** article i: six sentences of one sample page from an offset, a title from a seventh, tags by language */
function articleNo(i: number): RecordInput {
  const { lang, s } = SOURCES[i % SOURCES.length] ?? { lang: "de", s: [] };
  const pick = (k: number) => s[(i * 3 + k) % s.length] ?? "";
  const text = [0, 1, 2, 3, 4, 5].map(pick).join("\n\n");
  return article(`t${i}`, { title: pick(6), text, language: lang, tags: [`lang:${lang}`, `topic:${["politics", "economy", "sports"][i % 3] ?? "politics"}`] });
}

// a full collection on demand: the flag takes effect for contexts made after it is set
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

describe("analysis in worker threads", () => {
  it("stores the same records and postings, in the same order, as analysis in the writing thread", async () => {
    expect(SOURCES.every((x) => x.s.length >= 8)).toBe(true);
    const records = Array.from({ length: 120 }, (_, i) => articleNo(i));
    const [a, b] = await Promise.all([threaded.upsertMany(records), inline.upsertMany(records)]);
    expect(a.map((r) => r.change)).toEqual(records.map(() => "created"));
    expect(a).toEqual(b);
    // doc numbers are given in write order: equal postings mean the threads handed the articles over in order
    const [pa, pb] = await Promise.all([fullText(env.redis, threaded), fullText(env.redis, inline)]);
    expect(Object.keys(pa).length).toBeGreaterThan(300);
    expect(pa).toEqual(pb);
    // per language, a long word of the first article
    const words = SOURCES.map((_, i) => (articleNo(i).text.match(/\p{L}{7,}/u) ?? [""])[0]);
    for (const q of words) {
      const [ra, rb] = await Promise.all([threaded.search({ q }), inline.search({ q })]);
      expect(ra.total).toBeGreaterThan(0);
      expect(ra.hits.map((h) => [h.id, h.score])).toEqual(rb.hits.map((h) => [h.id, h.score]));
    }
    const strip = ({ createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    expect(strip({ ...(await threaded.get("t7")) })).toEqual(strip({ ...(await inline.get("t7")) }));
  });

  it("writes versions of one article given at once in the order given", async () => {
    const versions = [1, 2, 3, 4].map((v) => article("versions", { title: `Fassung ${v}`, text: `${(SOURCES[0]?.s ?? []).slice(v, v + 5).join(" ")} Fassung ${v}.` }));
    const results = await Promise.all(versions.map((r) => threaded.upsert(r)));
    expect(results.map((r) => r.version)).toEqual([1, 2, 3, 4]);
    expect((await threaded.get("versions"))?.title).toBe("Fassung 4");
    expect((await threaded.search({ q: "Fassung" })).hits.map((h) => h.id)).toEqual(["versions"]);
  });

  it("refuses a record it cannot store with the store's own error, and writes the others", async () => {
    const tags = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `tag:${i}`);
    const [ok1, bad, ok2] = [articleNo(200), { ...articleNo(201), tags }, articleNo(202)];
    const err = await threaded.upsertMany([ok1, bad, ok2]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RecordInputError);
    expect(String((err as Error).message)).toMatch(/distinct tags/);
    expect(await threaded.get("t200")).not.toBeNull();
    expect(await threaded.get("t202")).not.toBeNull();
    expect(await threaded.get("t201")).toBeNull();
  });

  it("finishes the upserts it was given before it closes", async () => {
    const store = openStore(env.redisUrl, nsThreaded(), { analysisThreads: 1 });
    const pending = store.upsertMany([articleNo(300), articleNo(301)]);
    await store.close();
    expect((await pending).map((r) => r.change)).toEqual(["created", "created"]);
    expect(await threaded.get("t301")).not.toBeNull();
  });

  it("fails the jobs of a thread that dies with a clear error, and analyses on in the thread that replaces it", async () => {
    const pool = new AnalysisPool(1, { namespace: "crash", index: DEFAULT_INDEX_OPTIONS });
    try {
      const lost = Array.from({ length: 60 }, (_, i) => pool.prepare(articleNo(400 + i)).then(() => "analysed", (e: unknown) => String((e as Error).message)));
      // the jobs go out at the end of this turn of the event loop; the thread dies before it can answer any
      await new Promise<void>((resolve) => setImmediate(resolve));
      const { slots } = pool as unknown as { slots: { worker: Worker }[] };
      await slots[0]?.worker.terminate();
      const outcomes = await Promise.all(lost);
      // (the exit code is 1, or 0 when the thread is stopped before it ran: a matter of timing)
      expect(outcomes).toHaveLength(60);
      for (const o of outcomes) expect(o).toMatch(/^analysis thread exited with code [01]$/);
      // the thread that took its place analyses as the writing thread would
      const records = [articleNo(500), articleNo(501), articleNo(502)];
      const again = await Promise.all(records.map((r) => pool.prepare(r)));
      const keys = keysFor("crash");
      expect(again.map((p) => p.terms)).toEqual(records.map((r) => prepareArticle(keys, r, "upsert", DEFAULT_INDEX_OPTIONS).terms));
      expect(again.map((p) => p.block)).toEqual(records.map((r) => prepareArticle(keys, r, "upsert", DEFAULT_INDEX_OPTIONS).block));
    } finally {
      await pool.close();
    }
  });

  it("keeps no record alive once it is posted to a thread, while its analysis is still pending", async () => {
    // an indexer keeps hundreds of records in flight: held until their replies, their texts would be copied by every
    // scavenge meanwhile. A WeakRef made in an earlier turn tells, after a full collection, whether anything holds it.
    const pool = new AnalysisPool(1, { namespace: "held", index: DEFAULT_INDEX_OPTIONS });
    try {
      let settled = false;
      const post = () => {
        const record = articleNo(600);
        const pending = pool.prepare(record).finally(() => (settled = true));
        return { pending, ref: new WeakRef(record) };
      };
      const { pending, ref } = post();
      // the pool posts at the end of this turn; a reply is handled in a later phase of the event loop, not before
      // this await resumes
      await new Promise<void>((resolve) => setImmediate(resolve));
      collectGarbage();
      expect(settled).toBe(false);
      expect(ref.deref()).toBeUndefined();
      // and the thread still answers with what the writing thread would make
      const keys = keysFor("held");
      expect((await pending).block).toEqual(prepareArticle(keys, articleNo(600), "upsert", DEFAULT_INDEX_OPTIONS).block);
    } finally {
      await pool.close();
    }
  });
});
