import { Redis } from "ioredis";
import type { ArticleRecord } from "@inkstream/contracts";
import { DEFAULT_INDEX_OPTIONS, safeNormalise, upsertArgs, type IndexOptions, type RecordInput } from "./index-data.ts";
import { keysFor, type Keys } from "./keys.ts";
import { decodeRecord } from "./record-codec.ts";
import { defineScripts, type UpsertReply } from "./scripts.ts";
import { searchArticles, type SearchOptions, type SearchResult } from "./search.ts";
import { similarArticles, tagsByPrefix, type SimilarArticle, type TagCount } from "./related.ts";
import { reindexAll, retainArticles, type ReindexReport, type RetentionPolicy } from "./maintenance.ts";
import { observeSource, sourceHealth, type HealthOptions, type SourceHealth } from "./source-health.ts";

/** upserts per pipeline in upsertMany */
const PIPELINE_CHUNK = 25;

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
  /** many upserts in one pipeline (each still its own atomic script) */
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
}

/** Opens the article store on one Redis (or one connection of a Redis Cluster deployment). */
export function openStore(redisUrl: string, namespace: string, opts: StoreOptions = {}): ArticleStore {
  const redis = opts.redis ?? new Redis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false });
  const scripts = defineScripts(redis);
  const keys = keysFor(namespace);
  const indexOpts: IndexOptions = { ...DEFAULT_INDEX_OPTIONS, ...opts.index };

  const store: ArticleStore = {
    keys,
    redis,
    async upsert(record) {
      return toResult(await scripts.upsert(...upsertArgs(keys, record, "upsert", new Date(), indexOpts)));
    },
    async upsertMany(records) {
      // small pipelines sent as soon as they are built: Redis runs one chunk while Node analyses the next
      const now = new Date();
      const sent: Promise<[Error | null, unknown][] | null>[] = [];
      for (let i = 0; i < records.length; i += PIPELINE_CHUNK) {
        const pipe = redis.pipeline() as unknown as { inkUpsert(...args: string[]): void; exec(): Promise<[Error | null, unknown][] | null> };
        for (const r of records.slice(i, i + PIPELINE_CHUNK)) pipe.inkUpsert(...upsertArgs(keys, r, "upsert", now, indexOpts));
        const replies = pipe.exec();
        replies.catch(() => undefined); // rejected through Promise.all below, not as an unhandled rejection
        sent.push(replies);
        // let the socket write this chunk before analysing the next
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      const replies = (await Promise.all(sent)).flatMap((r) => r ?? []);
      return replies.map(([err, reply]) => {
        if (err) throw err;
        return toResult(reply as UpsertReply);
      });
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
    reindex: (o = {}) => reindexAll(store, scripts, indexOpts, o.batch ?? 200),
    retain: (policy) => retainArticles(store, policy),
    observeSource: (record, at) => observeSource(redis, keys, record, at),
    sourceHealth: (source, o) => sourceHealth(redis, keys, source, o),
    ping: async () => (await redis.ping()) === "PONG",
    close: async () => {
      if (!opts.redis) await redis.quit();
    },
  };
  return store;
}

function toResult([change, version, duplicateOf, clusterId, clusterSize]: UpsertReply): UpsertResult {
  return {
    change: change as Change,
    version: Number(version),
    ...(duplicateOf ? { duplicateOf } : {}),
    ...(clusterId ? { clusterId, clusterSize: Number(clusterSize) } : {}),
  };
}
