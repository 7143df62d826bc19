import { readFileSync } from "node:fs";
import { Redis } from "ioredis";
import { normaliseUrl, type ArticleRecord } from "@inkstream/contracts";
import { keysFor, type Keys } from "./keys.ts";
import { decodeRecord, encodeRecord } from "./record-codec.ts";

const UPSERT_LUA = readFileSync(new URL("./upsert.lua", import.meta.url), "utf8");

export type Change = "created" | "updated" | "unchanged";

/** What the indexer hands over; version and timestamps are the store's to set. */
export type RecordInput = Omit<ArticleRecord, "version" | "createdAt" | "updatedAt">;

export interface ArticleStore {
  readonly keys: Keys;
  readonly redis: Redis;
  upsert(record: RecordInput): Promise<{ change: Change; version: number }>;
  get(id: string): Promise<ArticleRecord | null>;
  /** the id stored for a URL (normalised first), or null */
  idForUrl(url: string): Promise<string | null>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

type UpsertFn = (rec: string, urls: string, byIndexed: string, byPublished: string, ...args: string[]) => Promise<[Change, number]>;

/** Opens the article store on one Redis (or one connection of a Redis Cluster deployment). */
export function openStore(redisUrl: string, namespace: string, opts: { redis?: Redis } = {}): ArticleStore {
  const redis = opts.redis ?? new Redis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false });
  redis.defineCommand("inkUpsert", { numberOfKeys: 4, lua: UPSERT_LUA });
  const upsertCmd = (redis as unknown as { inkUpsert: UpsertFn }).inkUpsert.bind(redis);
  const keys = keysFor(namespace);

  return {
    keys,
    redis,
    async upsert(record) {
      const now = new Date();
      const fields = Object.fromEntries(chunkPairs(encodeRecord({ ...record, version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString() })));
      delete fields["version"];
      delete fields["createdAt"];
      delete fields["updatedAt"];
      const published = record.publishedAt ? Date.parse(record.publishedAt) : NaN;
      const urls = [...new Set([record.url, record.finalUrl, record.canonicalUrl].filter((u): u is string => !!u).map(safeNormalise))];
      const [change, version] = await upsertCmd(
        keys.record(record.id),
        keys.urls,
        keys.byIndexed,
        keys.byPublished,
        record.id,
        record.contentHash,
        now.toISOString(),
        String(now.getTime()),
        Number.isFinite(published) ? String(published) : "",
        keys.tagPrefix,
        JSON.stringify(record.tags),
        JSON.stringify(urls),
        JSON.stringify(fields),
      );
      return { change, version: Number(version) };
    },
    async get(id) {
      const hash = await redis.hgetall(keys.record(id));
      return Object.keys(hash).length === 0 ? null : decodeRecord(hash);
    },
    idForUrl: (url) => redis.hget(keys.urls, safeNormalise(url)),
    ping: async () => (await redis.ping()) === "PONG",
    close: async () => {
      if (!opts.redis) await redis.quit();
    },
  };
}

function safeNormalise(url: string): string {
  try {
    return normaliseUrl(url);
  } catch {
    return url;
  }
}

function chunkPairs(flat: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] as string, flat[i + 1] as string]);
  return out;
}
