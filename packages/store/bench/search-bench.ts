// pnpm --filter @inkstream/store bench: indexer upsert throughput vs redis-benchmark HSET, search latency over
// generated articles, Redis memory per article. Runs in its own namespace and deletes it afterwards.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { resolve } from "node:path";
import { Redis } from "ioredis";
import { DEFAULT_INDEX_OPTIONS, DEFAULT_RANKING, openStore, terms, type IndexOptions, type RecordInput, type SearchOptions } from "../src/index.ts";
import { prepareArticle } from "../src/index-data.ts";
import { deleteNamespaceKeys } from "../src/namespace-keys.ts";
import { defineScripts } from "../src/scripts.ts";
import { searchArticles } from "../src/search.ts";
import { compactSegments, listSegments, planMerge } from "../src/segments.ts";
import { UpsertQueue } from "../src/upsert-queue.ts";
import { WRITE_CHUNK, writeChunk } from "../src/write-chunk.ts";
import { benchConfig } from "./config.ts";
import { generateArticle, loadVocabulary, rng } from "./corpus.ts";
import { timedSearchScripts } from "./timed-search.ts";

const config = benchConfig();
const namespace = `bench_${randomBytes(3).toString("hex")}`;
const redis = new Redis(config.REDIS_URL);
const indexOpts: IndexOptions = {
  ...DEFAULT_INDEX_OPTIONS,
  ranking: { ...DEFAULT_RANKING, ...(config.BENCH_MAX_TERMS ? { maxTerms: config.BENCH_MAX_TERMS } : {}) },
  ...(config.BENCH_MERGE_FANIN ? { mergeFanIn: config.BENCH_MERGE_FANIN } : {}),
};
// analysing in the writing thread (INK_INDEX_ANALYSIS_THREADS=0), and with analysis threads (the indexer's default is
// one), on one namespace
const store = openStore(config.REDIS_URL, namespace, { redis, index: indexOpts });
const threadedStore = openStore(config.REDIS_URL, namespace, { redis, index: indexOpts, analysisThreads: config.BENCH_ANALYSIS_THREADS });
const rows: [string, string][] = [];
const row = (k: string, v: string) => {
  rows.push([k, v]);
  console.error(`${k}: ${v}`);
};

async function usedMemory(): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info("memory"))?.[1] ?? 0);
}

/** CPU seconds the Redis server has used (user + sys), from INFO cpu */
async function redisCpuSeconds(): Promise<number> {
  const info = await redis.info("cpu");
  return Number(/used_cpu_user:([\d.]+)/.exec(info)?.[1] ?? NaN) + Number(/used_cpu_sys:([\d.]+)/.exec(info)?.[1] ?? NaN);
}

async function removeNamespace(ns = namespace): Promise<void> {
  await deleteNamespaceKeys(redis, ns);
}

function redisBenchmarkHset(): number {
  const url = new URL(config.REDIS_URL);
  const out = execFileSync(
    "redis-benchmark",
    ["-h", url.hostname, "-p", url.port || "6379", "-n", "200000", "-P", "16", "-r", "100000", "-q", "HSET", `{${namespace}}:rb`, "f:__rand_int__", "v"],
    { encoding: "utf8" },
  );
  return Number(/([\d.]+) requests per second/.exec(out)?.[1] ?? NaN);
}

/**
 * The write path with merging taken apart: prepared articles written through the store's chunk writer with merges
 * off (what an indexer does with INK_INDEX_MERGES=off), then merged by compact() (what `inkstream compact` does),
 * each timed with the CPU it took in Node and in Redis.
 */
async function writePathApart(vocab: Map<string, string[]>, langs: string[], weights: number[]) {
  const ns = `${namespace}w`;
  const scratch = openStore(config.REDIS_URL, ns, { redis, index: indexOpts, merges: "off" });
  const scripts = defineScripts(redis);
  const queue = new UpsertQueue((chunk) => writeChunk(redis, scripts, scratch.keys, chunk, indexOpts), () => undefined, WRITE_CHUNK);
  const n = config.BENCH_WRITE_ARTICLES;
  const now = Date.now();
  const prepared = Array.from({ length: n }, (_, i) => prepareArticle(scratch.keys, generateArticle(1_000_000 + i, vocab, langs, weights, now), "upsert", indexOpts));
  const cpu = (u: NodeJS.CpuUsage) => u.user + u.system;
  let node0 = process.cpuUsage();
  let redis0 = await redisCpuSeconds();
  let t0 = performance.now();
  for (let i = 0; i < n; i += 250) await Promise.all(prepared.slice(i, i + 250).map((p) => queue.add(p)));
  const writeMs = performance.now() - t0;
  const nodeUs = cpu(process.cpuUsage(node0)) / n;
  const redisUs = (((await redisCpuSeconds()) - redis0) * 1e6) / n;
  node0 = process.cpuUsage();
  redis0 = await redisCpuSeconds();
  t0 = performance.now();
  await scratch.compact();
  const mergeWallUs = ((performance.now() - t0) * 1000) / n;
  const mergeNodeUs = cpu(process.cpuUsage(node0)) / n;
  const mergeRedisUs = (((await redisCpuSeconds()) - redis0) * 1e6) / n;
  await removeNamespace(ns);
  return { n, perSecond: n / (writeMs / 1000), nodeUs, redisUs, mergeWallUs, mergeNodeUs, mergeRedisUs };
}

/**
 * Upserts records one by one with up to `window` in flight, a new one as each settles: what the indexer does with
 * INK_INDEX_CONCURRENCY messages (its consume loop keeps that many handled at once, each an upsert).
 */
function upsertStream(target: typeof store, records: readonly RecordInput[], window: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let active = 0;
    let failed = false;
    const pump = () => {
      while (!failed && active < window && next < records.length) {
        active++;
        target.upsert(records[next++] as RecordInput).then(
          () => {
            active--;
            if (next >= records.length && active === 0) resolve();
            else pump();
          },
          (err: unknown) => {
            failed = true;
            reject(err instanceof Error ? err : new Error(String(err)));
          },
        );
      }
    };
    pump();
  });
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

async function main(): Promise<void> {
  const deadline = Date.now() + config.BENCH_MAX_LOAD_S * 1000;
  const vocab = loadVocabulary(resolve(import.meta.dirname, "../../../samples"), config.BENCH_PAGES_TARBALL);
  const langs = [...vocab.keys()];
  const sizes = langs.map((l) => vocab.get(l)?.length ?? 0);
  const sum = sizes.reduce((a, b) => a + b, 0);
  row("vocabulary", `${sum} real paragraphs in ${langs.length} languages (${langs.map((l, i) => `${l} ${sizes[i]}`).join(", ")})`);

  const hset = redisBenchmarkHset();
  await redis.del(`{${namespace}}:rb`);
  const writes = await writePathApart(vocab, langs, sizes.map((x) => x / sum));
  const memBefore = await usedMemory();
  await redis.config("RESETSTAT");
  const cpu0 = await redisCpuSeconds();
  const now = Date.now();
  // a turn's articles: big enough that the drain at its end (the last chunks' writes, with nothing left to analyse
  // meanwhile) weighs little, as in an indexer that keeps receiving
  const batch = 1000;
  const load0 = loadavg()[0] ?? 0;
  // the write path alone: prepared articles through the store's own chunk writer and queue, merging as the store does
  const scripts = defineScripts(redis);
  const policy = { fanIn: indexOpts.mergeFanIn, maxSegmentDocs: indexOpts.maxSegmentDocs };
  let merging: Promise<unknown> | null = null;
  const mergeSoon = () => {
    merging ??= compactSegments(redis, scripts, store.keys, policy).finally(() => (merging = null));
  };
  const queue = new UpsertQueue((chunk) => writeChunk(redis, scripts, store.keys, chunk, indexOpts), mergeSoon, WRITE_CHUNK);
  // batches take turns: end to end through store.upsert with BENCH_IN_FLIGHT in flight, as the indexer drives it
  // (analysis and writes overlapping), the same with analysis threads, or analysed first (timed alone) and then
  // written from the prepared articles (the write path alone)
  const t = { e2eMs: 0, e2eN: 0, threadedMs: 0, threadedN: 0, analysisMs: 0, analysisCpuUs: 0, writeMs: 0, writeN: 0 };
  let loaded = 0;
  for (let n = 0, turn = 0; n < config.BENCH_ARTICLES && Date.now() < deadline; n += batch, turn++) {
    const records = Array.from({ length: Math.min(batch, config.BENCH_ARTICLES - n) }, (_, i) => generateArticle(n + i, vocab, langs, sizes.map((s) => s / sum), now));
    const t0 = performance.now();
    if (turn % 3 === 0) {
      await upsertStream(store, records, config.BENCH_IN_FLIGHT);
      t.e2eMs += performance.now() - t0;
      t.e2eN += records.length;
    } else if (turn % 3 === 1) {
      await upsertStream(threadedStore, records, config.BENCH_IN_FLIGHT);
      t.threadedMs += performance.now() - t0;
      t.threadedN += records.length;
    } else {
      const c0 = process.cpuUsage();
      const prepared = records.map((r) => prepareArticle(store.keys, r, "upsert", indexOpts));
      const c = process.cpuUsage(c0);
      const t1 = performance.now();
      t.analysisMs += t1 - t0;
      t.analysisCpuUs += c.user + c.system;
      await Promise.all(prepared.map((p) => queue.add(p)));
      t.writeMs += performance.now() - t1;
      t.writeN += records.length;
    }
    loaded += records.length;
    if (loaded % 10_000 === 0) console.error(`  loaded ${loaded}`);
  }
  const tM = performance.now();
  // the background merge of the write-path turns (the store's own are awaited by compact)
  await (merging as Promise<unknown> | null);
  // the two stores merge one at a time (a lease across writers): compact until the tiered plan has nothing left
  for (let i = 0; i < 600 && planMerge(await listSegments(redis, store.keys), policy).length > 0; i++) {
    const done = (await threadedStore.compact()).merges + (await store.compact()).merges;
    if (done === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const mergeTailMs = performance.now() - tM;
  const load1 = loadavg()[0] ?? 0;
  const perSecond = t.e2eN / (t.e2eMs / 1000);
  const threadedPerSecond = t.threadedN / (t.threadedMs / 1000);
  const writeOnly = t.writeN / (t.writeMs / 1000);
  const redisCpuPerRecord = ((await redisCpuSeconds()) - cpu0) / loaded;
  const stats = await redis.info("commandstats");
  const usec = (cmd: string) => Number(new RegExp(`cmdstat_${cmd}:calls=\\d+,usec=(\\d+)`).exec(stats)?.[1] ?? 0);
  const commandUsec = [...stats.matchAll(/usec=(\d+),/g)].reduce((a, m) => a + Number(m[1]), 0);
  const segments = await redis.hlen(store.keys.segments);
  row("machine", `${availableParallelism()} cores; load average (1 min) ${load0.toFixed(1)} at the start of the load, ${load1.toFixed(1)} at its end`);
  row("articles loaded", `${loaded}${loaded < config.BENCH_ARTICLES ? ` (stopped at BENCH_MAX_LOAD_S=${config.BENCH_MAX_LOAD_S})` : ""}; ${indexOpts.ranking.maxTerms} terms per article at most; ${segments} segments after the load (merge fan-in ${indexOpts.mergeFanIn})`);
  row(`indexer upsert end to end, pipelined, analysis included, one Node process, ${config.BENCH_IN_FLIGHT} upserts in flight (records/s)`, perSecond.toFixed(0));
  row(`  the same with ${config.BENCH_ANALYSIS_THREADS} analysis thread(s) beside the writing one (records/s)`, threadedPerSecond.toFixed(0));
  row("Node analysis alone (µs per record: terms, impacts, arguments)", ((t.analysisMs / t.writeN) * 1000).toFixed(0));
  row(`write path alone: prepared articles, chunks of ${WRITE_CHUNK}, merges included, one connection (records/s)`, writeOnly.toFixed(0));
  row("Redis command time per record (µs; scripts: chunk writes and merge swaps / all commands)", `${(usec("evalsha") / loaded).toFixed(0)} / ${(commandUsec / loaded).toFixed(0)}`);
  row("Redis server CPU per record (µs, user + sys: commands, protocol, networking)", (redisCpuPerRecord * 1e6).toFixed(0));
  row("upsert capacity of this Redis, analysis spread over indexer replicas (records/s, from server CPU)", (1 / redisCpuPerRecord).toFixed(0));
  row("merges still pending after the load (ms to finish)", mergeTailMs.toFixed(0));
  // the turns above leave merges behind (background merges share the thread with the analysis); counting the time
  // they took to finish gives what the load sustained, all three kinds of turns together
  const loadMs = t.e2eMs + t.threadedMs + t.analysisMs + t.writeMs;
  row("sustained over the whole load: all articles / (time of every turn + merges left to finish) (records/s)", (loaded / ((loadMs + mergeTailMs) / 1000)).toFixed(0));
  row(`write path alone, merges off while writing (${writes.n} prepared articles in a namespace of their own; records/s)`, writes.perSecond.toFixed(0));
  row("  Node CPU / Redis server CPU per record while writing (µs)", `${writes.nodeUs.toFixed(0)} / ${writes.redisUs.toFixed(0)}`);
  row("  merging those segments afterwards: wall / Node CPU / Redis server CPU per record (µs)", `${writes.mergeWallUs.toFixed(0)} / ${writes.mergeNodeUs.toFixed(0)} / ${writes.mergeRedisUs.toFixed(0)}`);
  row("  ratio write path (merges off) / HSET", (writes.perSecond / hset).toFixed(4));
  // what a record costs, summed from the parts measured apart: how fast one Node thread doing all of its share
  // could go, and how fast every core of this machine could if the work spread over them without any loss
  const analysisUs = t.analysisCpuUs / t.writeN;
  const nodeUs = analysisUs + writes.nodeUs + writes.mergeNodeUs;
  const allUs = nodeUs + writes.redisUs + writes.mergeRedisUs;
  row("CPU per record, summed (µs): Node analysis + writing + merging / Redis writing + merging / all", `${analysisUs.toFixed(0)} + ${writes.nodeUs.toFixed(0)} + ${writes.mergeNodeUs.toFixed(0)} / ${writes.redisUs.toFixed(0)} + ${writes.mergeRedisUs.toFixed(0)} / ${allUs.toFixed(0)}`);
  row(`  ceilings (records/s): one Node thread doing its share / all ${availableParallelism()} cores, nothing lost`, `${(1e6 / nodeUs).toFixed(0)} / ${((availableParallelism() * 1e6) / allUs).toFixed(0)}`);
  row("redis-benchmark HSET -P 16, same run (ops/s)", hset.toFixed(0));
  row("ratio upsert end to end (one process) / HSET", (perSecond / hset).toFixed(4));
  row("  ratio upsert end to end with analysis threads / HSET", (threadedPerSecond / hset).toFixed(4));
  row("ratio write path alone / HSET", (writeOnly / hset).toFixed(4));
  row("ratio upsert (Redis capacity) / HSET", (1 / redisCpuPerRecord / hset).toFixed(4));
  const memAfter = await usedMemory();
  row("Redis memory per article", `${((memAfter - memBefore) / loaded / 1024).toFixed(1)} KiB (records with text and markdown delta, plus all indexes)`);

  // query words: stems of words from the corpus, drawn like query words (not stopwords, any frequency)
  const r = rng(42);
  const sample = () => {
    const lang = langs[Math.floor(r() * langs.length)] ?? "de";
    const pool = vocab.get(lang) ?? [];
    const para = pool[Math.floor(r() * pool.length)] ?? "";
    // words a query without a language keeps: not a stopword in the query languages
    const words = para.split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w) && ["de", "en", "ru", lang].every((l) => terms(w, l).length > 0));
    return { lang, words };
  };
  const pickWords = (k: number) => {
    for (;;) {
      const s = sample();
      if (s.words.length >= k) {
        const start = Math.floor(r() * (s.words.length - k + 1));
        return { lang: s.lang, q: s.words.slice(start, start + k).join(" ") };
      }
    }
  };
  const DAY = 86_400_000;
  const shapes: [string, () => SearchOptions][] = [
    ["one word", () => ({ q: pickWords(1).q })],
    ["three words (AND)", () => ({ q: pickWords(3).q })],
    [
      "tag + date range",
      () => {
        const from = now - Math.floor(r() * 300) * DAY;
        return { tags: [`topic:${["politics", "economy", "sports", "culture", "science"][Math.floor(r() * 5)] ?? "politics"}`], from, to: from + 30 * DAY };
      },
    ],
    [
      "word + lang + topic",
      () => {
        const p = pickWords(1);
        return { q: p.q, lang: p.lang, topic: ["politics", "economy", "sports", "culture"][Math.floor(r() * 4)] ?? "politics" };
      },
    ],
  ];
  // every query of every shape is made before any is timed: making one (picking a paragraph, stemming its words)
  // leaves garbage, and collecting it would land in the search timed next
  const planned = shapes.map(([name, make]) => ({ name, warm: Array.from({ length: 20 }, make), timed: Array.from({ length: config.BENCH_QUERIES }, make) }));
  const table: string[] = [];
  const loadQ0 = loadavg()[0] ?? 0;
  // garbage collection in this process while it queries: a pause lands in the latency of the query it interrupts
  const pauses: number[] = [];
  const gcWatch = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push(e.duration);
  });
  gcWatch.observe({ entryTypes: ["gc"] });
  const heapMiB = process.memoryUsage().heapUsed / 2 ** 20;
  // store.search, with the search script's call timed apart (from the call to its reply, as Node sees it): the rest
  // is Node's own work and the hits' loads
  const timedSearch = timedSearchScripts(redis);
  for (const { name, warm, timed } of planned) {
    for (const o of warm) await searchArticles(redis, timedSearch.scripts, store.keys, o);
    const times: number[] = [];
    const scriptTimes: number[] = [];
    let hits = 0;
    for (const o of timed) {
      const t0 = performance.now();
      const res = await searchArticles(redis, timedSearch.scripts, store.keys, o);
      times.push(performance.now() - t0);
      scriptTimes.push(timedSearch.lastMs());
      hits += res.total;
    }
    const rest = times.map((t, i) => t - (scriptTimes[i] ?? 0));
    table.push(
      `| ${name} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 99).toFixed(2)} | ${percentile(scriptTimes, 50).toFixed(2)} / ${percentile(scriptTimes, 99).toFixed(2)} | ${percentile(rest, 50).toFixed(2)} / ${percentile(rest, 99).toFixed(2)} | ${(hits / timed.length).toFixed(0)} |`,
    );
  }
  gcWatch.disconnect();
  row("load average (1 min) before / after the queries", `${loadQ0.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)}`);
  row(
    "garbage collection during the timed queries (heap in use at their start; pauses; all / longest ms)",
    `${heapMiB.toFixed(0)} MiB; ${pauses.length}; ${pauses.reduce((a, b) => a + b, 0).toFixed(0)} / ${Math.max(0, ...pauses).toFixed(1)}`,
  );
  console.log(`\n## store bench (${new Date().toISOString().slice(0, 10)}, ${loaded} articles, namespace ${namespace})\n`);
  console.log("| measure | value |\n|---|---|");
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  console.log("\n| search (limit 20, facets, snippets) | p50 ms | p99 ms | the search script: p50 / p99 ms | the rest (Node, hit loads): p50 / p99 ms | mean total |\n|---|---|---|---|---|---|");
  for (const line of table) console.log(line);
}

try {
  await main();
} finally {
  await store.close();
  await threadedStore.close();
  await removeNamespace();
  await redis.quit();
}
