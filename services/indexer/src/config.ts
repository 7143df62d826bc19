import { z } from "zod";
import { baseConfigShape, env, loadConfig } from "@inkstream/runtime";

export const indexerConfigSchema = z.object({
  ...baseConfigShape,
  HTTP_PORT: env.int(9104, 0, 65535),
  /**
   * messages in flight: their upserts share write chunks of up to 50 (one script call and one segment each); 200 keeps
   * chunks queued at Redis while Node analyses the next ones (at 50, Node waits for each chunk's write)
   */
  INK_INDEX_CONCURRENCY: env.int(200, 1, 256),
  /** retention: delete articles last indexed more than this many days ago (0: keep) */
  INK_RETENTION_MAX_AGE_DAYS: env.int(0, 0, 36_500),
  /** retention: keep at most this many articles, the most recently indexed (0: no limit) */
  INK_RETENTION_MAX_COUNT: env.int(0, 0, 1_000_000_000),
  /** seconds between retention passes */
  INK_RETENTION_INTERVAL_S: env.int(300, 1, 86_400),
  /**
   * worker threads that analyse records (terms, impacts, index arguments) beside the thread writing to Redis (0: none,
   * the writing thread analyses). One measured 3–31 % more records/s than none on 2 cores, warm (docs/benchmarks.md);
   * set 0 where the indexer has a single core.
   */
  INK_INDEX_ANALYSIS_THREADS: env.int(1, 0, 16),
  /** full-text segment merges: `background` in this indexer as it writes, or `off` (run `inkstream compact` elsewhere) */
  INK_INDEX_MERGES: z.enum(["background", "off"]).default("background"),
  /** SimHash bits two copies of one story may differ in (4 bands of 16 bits find up to 3) */
  INK_DUPLICATE_MAX_DISTANCE: env.int(3, 0, 3),
});
export type IndexerConfig = z.infer<typeof indexerConfigSchema>;

export const loadIndexerConfig = (source?: Record<string, string | undefined>) => loadConfig(indexerConfigSchema, source);
