// ioredis 5.11, not 6: 6 defines `class VerbatimString extends String`, after which V8 runs every String.prototype
// method slower in the whole process, and enrich() with it (+15–20 % per article; docs/benchmarks.md)
import { Redis } from "ioredis";

/**
 * Keyword document frequencies learned from the article stream, in Redis under the namespace's hash tag:
 * `{ns}:df:<lang>` is a hash stem → number of articles containing it, with the article count in the
 * field `#docs` (stems never contain "#"); `{ns}:df:seen` is a sorted set of the article ids counted within the
 * dedupe window (id → ms when counted), so a redelivered or re-fetched article is counted once. Ids older than
 * the window leave the set as new ones come, so it stays as large as the window's traffic, not the stream's.
 * A language's hash is kept under a stem cap: past it, the rarest stems (seen in one article, then two, three)
 * are dropped, which only makes them look as rare as they are; `{ns}:df:prune:<lang>` is the lease of the
 * one replica that prunes.
 */
export interface DfStore {
  /** the stream's counts for these stems in one language, with the number of articles counted */
  read(lang: string, stems: readonly string[]): Promise<{ docs: number; df: Map<string, number> }>;
  /** adds one article's stems; false when this article id was counted before */
  count(articleId: string, lang: string, stems: readonly string[]): Promise<boolean>;
  /** drops the rarest stems of a language while it holds more than the cap; how many went */
  prune(lang: string): Promise<number>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const DOCS_FIELD = "#docs";

/** The enricher's Redis keys; the `{ns}` hash tag keeps them in one Redis Cluster slot for the script. */
export function dfKeys(namespace: string) {
  const p = `{${namespace}}:df:`;
  return {
    seen: `${p}seen`,
    language: (lang: string) => `${p}${lang}`,
    pruneLease: (lang: string) => `${p}prune:${lang}`,
    /** the set of every id ever counted, which `seen` replaced; deleted when a store opens */
    legacyCounted: `${p}counted`,
  } as const;
}

// The window's trim, the ZADD and the increments run as one script, so a crash between them cannot count an
// article twice or half. ARGV: id, now ms, window ms, the #docs field, then the stems. Returns the language's
// article count after this one, 0 when the article was counted before.
const COUNT_SCRIPT = `
local now = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (now - tonumber(ARGV[3])))
if redis.call('ZADD', KEYS[1], 'NX', now, ARGV[1]) == 0 then return 0 end
local docs = redis.call('HINCRBY', KEYS[2], ARGV[4], 1)
for i = 5, #ARGV do redis.call('HINCRBY', KEYS[2], ARGV[i], 1) end
return docs`;

/** stems read and dropped per HSCAN step while pruning (Redis is never blocked for long) */
const PRUNE_SCAN = 1000;
/** a pruning pass stops at this share of the cap, so it does not run again after the next few articles */
const PRUNE_TARGET = 0.8;

export interface DfStoreOptions {
  /** an article counted within this many ms is not counted again (its id is forgotten after it) */
  dedupeWindowMs: number;
  /** the clock (tests move it) */
  now?: () => number;
  /** stems kept per language at most (the rarest go first) */
  maxStems: number;
  /** the size is checked every this many counted articles of a language */
  pruneEvery?: number;
}

// language codes come from the detector; anything else must not shape a key
const LANG = /^[a-z]{2,3}$/;

/** Opens the document-frequency store on its own connection. */
export function openDfStore(url: string, namespace: string, opts: DfStoreOptions): DfStore {
  const now = opts.now ?? Date.now;
  const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
  const keys = dfKeys(namespace);
  // earlier versions kept every counted id in a set that only grew; nothing reads it now
  redis.unlink(keys.legacyCounted).catch(() => undefined);
  const store: DfStore = {
    async read(lang, stems) {
      if (!LANG.test(lang)) return { docs: 0, df: new Map() };
      const values = await redis.hmget(keys.language(lang), DOCS_FIELD, ...stems);
      const df = new Map<string, number>();
      stems.forEach((s, i) => {
        const v = values[i + 1];
        if (v) df.set(s, Number(v));
      });
      return { docs: Number(values[0] ?? 0), df };
    },
    async count(articleId, lang, stems) {
      if (!LANG.test(lang)) return false;
      const docs = Number(await redis.eval(COUNT_SCRIPT, 2, keys.seen, keys.language(lang), articleId, now(), opts.dedupeWindowMs, DOCS_FIELD, ...stems));
      if (docs > 0 && docs % (opts.pruneEvery ?? 1000) === 0) await store.prune(lang);
      return docs > 0;
    },
    async prune(lang) {
      if (!LANG.test(lang)) return 0;
      const key = keys.language(lang);
      let size = await redis.hlen(key);
      if (size <= opts.maxStems) return 0;
      if ((await redis.set(keys.pruneLease(lang), "1", "PX", 60_000, "NX")) !== "OK") return 0;
      const target = Math.floor(opts.maxStems * PRUNE_TARGET);
      let removed = 0;
      try {
        // stems seen in one article first; only if that is not enough, two, then three
        for (let rarest = 1; rarest <= 3 && size > target; rarest++) {
          let cursor = "0";
          do {
            const [next, flat] = await redis.hscan(key, cursor, "COUNT", PRUNE_SCAN);
            cursor = next;
            const drop: string[] = [];
            for (let i = 0; i + 1 < flat.length; i += 2) if (flat[i] !== DOCS_FIELD && Number(flat[i + 1]) <= rarest) drop.push(flat[i] as string);
            if (drop.length > 0) {
              const n = await redis.hdel(key, ...drop);
              removed += n;
              size -= n;
            }
          } while (cursor !== "0" && size > target);
        }
      } finally {
        await redis.del(keys.pruneLease(lang));
      }
      return removed;
    },
    async ping() {
      return (await redis.ping().catch(() => "")) === "PONG";
    },
    async close() {
      await redis.quit().catch(() => undefined);
    },
  };
  return store;
}
