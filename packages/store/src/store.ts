import { Redis } from "ioredis";
import type { ArticleRecord } from "@inkstream/contracts";
import { AnalysisPool } from "./analysis-pool.ts";
import { DEFAULT_INDEX_OPTIONS, prepareArticle, safeNormalise, type IndexOptions, type PreparedArticle, type RecordInput } from "./index-data.ts";
import { keysFor, type Keys } from "./keys.ts";
import { decodeRecord } from "./record-codec.ts";
import { defineScripts } from "./scripts.ts";
import { compactSegments, type CompactReport } from "./segments.ts";
import { UpsertQueue } from "./upsert-queue.ts";
import { WRITE_CHUNK, writeChunk, type ChunkOutcome } from "./write-chunk.ts";
import { searchArticles, type SearchOptions, type SearchResult } from "./search.ts";
import { similarArticles, tagsByPrefix, type SimilarArticle, type TagCount } from "./related.ts";
import { reindexAll, retainArticles, type ReindexReport, type RetentionPolicy } from "./maintenance.ts";
import { observeSource, sourceHealth, type HealthOptions, type SourceHealth } from "./source-health.ts";

export type Change = "created" | "updated" | "unchanged";

export interface UpsertResult {
  change: Change;
  version: number;
  /** near-duplicates: the root of the article's cluster when it is not the root itself */
  duplicateOf?: string;
  clusterId?: string;
  clusterSize?: number;
}

export interface ArticleStore {
  readonly keys: Keys;
  readonly redis: Redis;
  upsert(record: RecordInput): Promise<UpsertResult>;
  /** many upserts, written in chunks (each chunk one atomic script), in the order given */
  upsertMany(records: readonly RecordInput[]): Promise<UpsertResult[]>;
  get(id: string): Promise<ArticleRecord | null>;
  /** the id stored for a URL (normalised first), or null */
  idForUrl(url: string): Promise<string | null>;
  /** deletes the record with every index entry; false when there was none */
  delete(id: string): Promise<boolean>;
  search(opts: SearchOptions): Promise<SearchResult>;
  similar(id: string, limit?: number): Promise<SimilarArticle[]>;
  tags(prefix: string, limit?: number): Promise<TagCount[]>;
  /** rebuilds every article's index entries from its stored record */
  reindex(opts?: { batch?: number }): Promise<ReindexReport>;
  /** deletes the articles past the policy's age or count, oldest indexed first */
  retain(policy: RetentionPolicy): Promise<number>;
  /**
   * Merges full-text segments now (writes merge them in the background as they go): by the tiered policy, or
   * `all` into as few segments as the size cap allows. Waits for pending writes first.
   */
  compact(opts?: { all?: boolean }): Promise<CompactReport>;
  /** counts a new or changed record's fields into its source's extraction health (source-health.ts) */
  observeSource(record: RecordInput, at?: Date): Promise<void>;
  /** extraction health of one source, or of the sources seen most recently */
  sourceHealth(source?: string, opts?: HealthOptions): Promise<SourceHealth[]>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** share a connection; it is then not closed here */
  redis?: Redis;
  index?: Partial<IndexOptions>;
  /**
   * `background` (default): writes start segment merges as they go. `off`: writes never merge; `compact()` does
   * (`inkstream compact` from another process or a timer), which takes the merge work off the writer.
   */
  merges?: "background" | "off";
  /** errors of background segment merges (the writes themselves have succeeded); default: ignored */
  onBackgroundError?: (err: unknown) => void;
  /**
   * Worker threads that analyse upserted records (terms, impacts, index arguments), so the thread that writes to
   * Redis does not; 0 (default): analysed in the calling thread.
   */
  analysisThreads?: number;
}

/** Opens the article store on one Redis (or one connection of a Redis Cluster deployment). */
export function openStore(redisUrl: string, namespace: string, opts: StoreOptions = {}): ArticleStore {
  const redis = opts.redis ?? new Redis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false });
  const scripts = defineScripts(redis);
  const keys = keysFor(namespace);
  const indexOpts: IndexOptions = { ...DEFAULT_INDEX_OPTIONS, ...opts.index };

  const policy = { fanIn: indexOpts.mergeFanIn, maxSegmentDocs: indexOpts.maxSegmentDocs };
  // background merges: one at a time; a write that lands meanwhile asks for another pass afterwards
  let merging: Promise<unknown> | null = null;
  let again = false;
  const mergeSoon = () => {
    if (opts.merges === "off") return;
    if (merging) {
      again = true;
      return;
    }
    merging = compactSegments(redis, scripts, keys, policy)
      .catch((err: unknown) => opts.onBackgroundError?.(err))
      .finally(() => {
        merging = null;
        if (again) {
          again = false;
          mergeSoon();
        }
      });
  };
  const queue = new UpsertQueue((chunk) => writeChunk(redis, scripts, keys, chunk, indexOpts), mergeSoon, WRITE_CHUNK);
  const pool = (opts.analysisThreads ?? 0) > 0 ? new AnalysisPool(opts.analysisThreads ?? 0, { namespace, index: indexOpts }) : null;
  // records analysed in threads come back in any order; they go to the write queue in the order they were given
  let handoff: Promise<unknown> = Promise.resolve();
  const enqueue = (records: readonly RecordInput[]): Promise<ChunkOutcome>[] => {
    if (!pool) {
      return records.map((r) => {
        try {
          return queue.add(prepareArticle(keys, r, "upsert", indexOpts));
        } catch (err) {
          return Promise.reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    }
    const prepared = records.map((r) => {
      const p = pool.prepare(r, "upsert");
      // its failure is reported by the step below, which may attach only after it failed
      p.catch(() => undefined);
      return p;
    });
    // the queue's promise is wrapped, so that each step settles when its article is handed over, not written
    const steps = prepared.map((p) => {
      const step = handoff.then(() => p).then((a: PreparedArticle) => ({ written: queue.add(a) }));
      handoff = step.catch(() => undefined);
      return step.then((s) => s.written);
    });
    return steps;
  };
  const settle = async () => {
    await handoff;
    await queue.drain();
    while (merging) await merging;
  };

  const store: ArticleStore = {
    keys,
    redis,
    // not async: an awaiting frame would hold the record (its text) until the write is done, long after analysis
    upsert: (record) => (enqueue([record])[0] as Promise<ChunkOutcome>).then(toResult),
    async upsertMany(records) {
      const results: Promise<ChunkOutcome>[] = [];
      // analysed a chunk at a time in this thread (Redis writes one chunk while Node analyses the next); all at
      // once when threads analyse
      const step = pool ? records.length : WRITE_CHUNK;
      for (let i = 0; i < records.length; i += step) {
        for (const p of enqueue(records.slice(i, i + step))) {
          // handled here at once (the loop yields below); allSettled below reports the first failure
          p.catch(() => undefined);
          results.push(p);
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      // every write settles before the call does, so a failure never leaves writes of this call still running
      const settled = await Promise.allSettled(results);
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed) throw failed.reason;
      return settled.map((r) => toResult((r as PromiseFulfilledResult<ChunkOutcome>).value));
    },
    async get(id) {
      const hash = await redis.hgetall(keys.record(id));
      if (Object.keys(hash).length === 0) return null;
      const clusterId = hash["clusterId"];
      if (clusterId) hash["clusterSize"] = String(await redis.scard(keys.cluster(clusterId)));
      return decodeRecord(hash);
    },
    idForUrl: (url) => redis.hget(keys.urls, safeNormalise(url)),
    async delete(id) {
      return (await scripts.remove(keys.record(id), keys.prefix, id, String(indexOpts.maxCluster))) === 1;
    },
    search: (o) => searchArticles(redis, scripts, keys, o),
    similar: (id, limit = 10) => similarArticles(store, id, limit),
    tags: (prefix, limit = 20) => tagsByPrefix(redis, keys, prefix, limit),
    reindex: (o = {}) => reindexAll(store, (chunk) => writeChunk(redis, scripts, keys, chunk, indexOpts), indexOpts, o.batch ?? 200),
    retain: (policy) => retainArticles(store, policy),
    observeSource: (record, at) => observeSource(redis, keys, record, at),
    sourceHealth: (source, o) => sourceHealth(redis, keys, source, o),
    ping: async () => (await redis.ping()) === "PONG",
    async compact(o = {}) {
      await settle();
      return compactSegments(redis, scripts, keys, policy, o.all ?? false);
    },
    close: async () => {
      await settle();
      await pool?.close();
      if (!opts.redis) await redis.quit();
    },
  };
  return store;
}

function toResult({ change, version, duplicateOf, clusterId, clusterSize }: ChunkOutcome): UpsertResult {
  return {
    change: change as Change,
    version,
    ...(duplicateOf ? { duplicateOf } : {}),
    ...(clusterId ? { clusterId, clusterSize } : {}),
  };
}
