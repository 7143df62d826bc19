import { Redis } from "ioredis";

/**
 * Keyword document frequencies learned from the article stream, in Redis under the namespace's hash tag:
 * `{ns}:df:<lang>` is a hash stem → number of articles containing it, with the article count in the
 * field `#docs` (stems never contain "#"); `{ns}:df:seen` is a sorted set of the article ids counted within the
 * dedupe window (id → ms when counted), so a redelivered or re-fetched article is counted once. Ids older than
 * the window leave the set as new ones come, so it stays as large as the window's traffic, not the stream's.
 */
export interface DfStore {
  /** the stream's counts for these stems in one language, with the number of articles counted */
  read(lang: string, stems: readonly string[]): Promise<{ docs: number; df: Map<string, number> }>;
  /** adds one article's stems; false when this article id was counted before */
  count(articleId: string, lang: string, stems: readonly string[]): Promise<boolean>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const DOCS_FIELD = "#docs";

/** The enricher's Redis keys; the `{ns}` hash tag keeps them in one Redis Cluster slot for the script. */
export function dfKeys(namespace: string) {
  const p = `{${namespace}}:df:`;
  return { seen: `${p}seen`, language: (lang: string) => `${p}${lang}` } as const;
}

// The window's trim, the ZADD and the increments run as one script, so a crash between them cannot count an
// article twice or half. ARGV: id, now ms, window ms, the #docs field, then the stems.
const COUNT_SCRIPT = `
local now = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (now - tonumber(ARGV[3])))
if redis.call('ZADD', KEYS[1], 'NX', now, ARGV[1]) == 0 then return 0 end
redis.call('HINCRBY', KEYS[2], ARGV[4], 1)
for i = 5, #ARGV do redis.call('HINCRBY', KEYS[2], ARGV[i], 1) end
return 1`;

export interface DfStoreOptions {
  /** an article counted within this many ms is not counted again (its id is forgotten after it) */
  dedupeWindowMs: number;
  /** the clock (tests move it) */
  now?: () => number;
}

// language codes come from the detector; anything else must not shape a key
const LANG = /^[a-z]{2,3}$/;

/** Opens the document-frequency store on its own connection. */
export function openDfStore(url: string, namespace: string, opts: DfStoreOptions): DfStore {
  const now = opts.now ?? Date.now;
  const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
  const keys = dfKeys(namespace);
  return {
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
      const added = await redis.eval(COUNT_SCRIPT, 2, keys.seen, keys.language(lang), articleId, now(), opts.dedupeWindowMs, DOCS_FIELD, ...stems);
      return added === 1;
    },
    async ping() {
      return (await redis.ping().catch(() => "")) === "PONG";
    },
    async close() {
      await redis.quit().catch(() => undefined);
    },
  };
}
