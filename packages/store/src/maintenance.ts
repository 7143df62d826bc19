import { RecordInputError, prepareArticle, type IndexOptions, type PreparedArticle } from "./index-data.ts";
import type { ArticleStore } from "./store.ts";
import { WRITE_CHUNK, chunksOf, type ChunkOutcome } from "./write-chunk.ts";

export interface RetentionPolicy {
  /** delete articles last indexed longer ago than this */
  maxAgeMs?: number;
  /** keep at most this many articles (the most recently indexed) */
  maxCount?: number;
  /** deletions per call, so one pass stays short; default 1000 */
  batch?: number;
}

export interface ReindexReport {
  scanned: number;
  reindexed: number;
  /** changed or deleted between reading and rewriting: their own upsert indexed them */
  skipped: number;
  /** records the store refuses as they are (over MAX_TAGS, stored before the limit): left with their old entries */
  refused: number;
}

/** Deletes, oldest indexed first, what the policy no longer keeps; each article with all its index entries. */
export async function retainArticles(store: ArticleStore, policy: RetentionPolicy): Promise<number> {
  const { redis, keys } = store;
  const batch = policy.batch ?? 1000;
  const victims = new Set<string>();
  if (policy.maxAgeMs !== undefined) {
    for (const id of await redis.zrangebyscore(keys.byIndexed, "-inf", `(${Date.now() - policy.maxAgeMs}`, "LIMIT", "0", String(batch))) victims.add(id);
  }
  if (policy.maxCount !== undefined) {
    const excess = (await redis.zcard(keys.byIndexed)) - policy.maxCount;
    if (excess > 0) for (const id of await redis.zrange(keys.byIndexed, "0", String(Math.min(excess, batch) - 1))) victims.add(id);
  }
  let deleted = 0;
  for (const id of [...victims].slice(0, batch)) if (await store.delete(id)) deleted++;
  return deleted;
}

/** Rewrites every article's index entries from its stored record (after a change of analysis or ranking). */
export async function reindexAll(
  store: ArticleStore,
  write: (chunk: readonly PreparedArticle[]) => Promise<ChunkOutcome[]>,
  opts: IndexOptions,
  batch: number,
): Promise<ReindexReport> {
  const { redis, keys } = store;
  const report: ReindexReport = { scanned: 0, reindexed: 0, skipped: 0, refused: 0 };
  let cursor = "0";
  do {
    const [next, ids] = await redis.zscan(keys.byIndexed, cursor, "COUNT", batch);
    cursor = next;
    const prepared: PreparedArticle[] = [];
    for (let i = 0; i < ids.length; i += 2) {
      const id = ids[i] as string;
      report.scanned++;
      const record = await store.get(id);
      if (!record) report.skipped++;
      else {
        try {
          prepared.push(prepareArticle(keys, record, "reindex", opts));
        } catch (err) {
          // a record the store refuses now (e.g. over MAX_TAGS, stored before the limit): left as it is
          if (!(err instanceof RecordInputError)) throw err;
          report.refused++;
        }
      }
    }
    for (const chunk of chunksOf(prepared, WRITE_CHUNK)) {
      for (const o of await write(chunk)) {
        if (o.error) report.refused++;
        else if (o.change === "reindexed") report.reindexed++;
        else report.skipped++;
      }
    }
  } while (cursor !== "0");
  await store.compact();
  return report;
}
