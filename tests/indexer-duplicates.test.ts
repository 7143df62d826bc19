import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestUrls } from "@inkstream/bus";
import { articleIdFor } from "@inkstream/contracts";
import { openStore, type ArticleStore } from "@inkstream/store";
import { createTestEnv, startPageServer, type TestEnv } from "@inkstream/testkit";
import { samplePage, startPipeline } from "./pipeline-harness.ts";

let env: TestEnv;
let store: ArticleStore;
let pipeline: { stop(): Promise<void> };
let pages: Awaited<ReturnType<typeof startPageServer>>;

beforeAll(async () => {
  env = await createTestEnv("indexer-dups");
  store = openStore(env.redisUrl, env.namespace);
  // one story on two sites: the second copy is a near-duplicate of the first
  pages = await startPageServer({
    "/original/beavers": { body: samplePage("en-river-restoration.html") },
    "/syndicated/beavers": { body: samplePage("en-river-restoration.html") },
    "/politik/baerbock": { body: samplePage("de-baerbock-waffenruhe.html") },
  });
  // this indexer analyses in the thread that writes (the pipeline test covers the default: one analysis thread)
  pipeline = await startPipeline(env, { INK_RETENTION_MAX_COUNT: "2", INK_RETENTION_INTERVAL_S: "1", INK_INDEX_ANALYSIS_THREADS: "0" });
});
afterAll(async () => {
  await pipeline?.stop();
  await pages?.close();
  await store?.close();
  await env?.cleanup();
});

describe("the indexer links near-duplicates and applies retention", () => {
  it("announces the second copy as a duplicate of the first, in the event and the record", async () => {
    const [original, copy] = [pages.url("/original/beavers"), pages.url("/syndicated/beavers")];
    const [first] = await ingestUrls(env.bus, [original], { source: "test", wait: true, timeoutMs: 30_000 });
    expect(first?.outcome).toBe("indexed");
    const [second] = await ingestUrls(env.bus, [copy], { source: "test", wait: true, timeoutMs: 30_000 });
    if (second?.outcome !== "indexed" || !("indexed" in second)) throw new Error(`not indexed: ${JSON.stringify(second)}`);
    expect(second.indexed).toMatchObject({ duplicateOf: articleIdFor(original), clusterId: articleIdFor(original), clusterSize: 2 });
    expect(await store.get(articleIdFor(copy))).toMatchObject({ duplicateOf: articleIdFor(original), clusterSize: 2 });
    const hits = await store.search({ q: "beavers", lang: "en" });
    expect(hits.hits.map((h) => h.id).sort()).toEqual([articleIdFor(original), articleIdFor(copy)].sort());
  });

  it("keeps at most the configured count, deleting the oldest with its index entries", async () => {
    const url = pages.url("/politik/baerbock");
    await ingestUrls(env.bus, [url], { source: "test", wait: true, timeoutMs: 30_000 });
    const original = articleIdFor(pages.url("/original/beavers"));
    await expect.poll(() => store.get(original), { timeout: 10_000, interval: 200 }).toBeNull();
    expect(await env.redis.zcard(store.keys.byIndexed)).toBe(2);
    expect((await store.search({ q: "beavers", lang: "en" })).hits.map((h) => h.id)).toEqual([articleIdFor(pages.url("/syndicated/beavers"))]);
    expect((await store.get(articleIdFor(pages.url("/syndicated/beavers"))))?.clusterId).toBeUndefined();
  });
});
