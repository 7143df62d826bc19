import { existsSync } from "node:fs";
import { z } from "zod";

const schema = z.object({
  REDIS_URL: z.string().url().default("redis://127.0.0.1:6379"),
  /** articles generated for the search benchmark */
  BENCH_ARTICLES: z.coerce.number().int().min(1000).max(1_000_000).default(100_000),
  /** articles of the separate write-path measurement (merges off while writing, then timed on their own) */
  BENCH_WRITE_ARTICLES: z.coerce.number().int().min(1000).max(1_000_000).default(20_000),
  /** timed queries per query shape */
  BENCH_QUERIES: z.coerce.number().int().min(10).max(100_000).default(400),
  /** the load stops here even when not all articles are in (the table says how many were) */
  BENCH_MAX_LOAD_S: z.coerce.number().int().min(10).max(3600).default(300),
  /** upserts in flight in the end-to-end turns, each started as one settles (the indexer's INK_INDEX_CONCURRENCY) */
  BENCH_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(200),
  /** analysis threads of the second store the bench writes through (INK_INDEX_ANALYSIS_THREADS) */
  BENCH_ANALYSIS_THREADS: z.coerce.number().int().min(0).max(16).default(1),
  /** distinct terms indexed per article (the store's default when unset) */
  BENCH_MAX_TERMS: z.coerce.number().int().min(1).max(1000).optional(),
  /** segments of one size tier merged into one (the store's default when unset) */
  BENCH_MERGE_FANIN: z.coerce.number().int().min(2).max(100).optional(),
  /** extra real text: a tarball of HTML pages (read at bench time, never copied) */
  BENCH_PAGES_TARBALL: z.string().default("/work/shared/data/extraction-eval/pages.tar.gz"),
});

/** The bench's settings from the environment (the only place the bench reads it). */
export function benchConfig() {
  const c = schema.parse(process.env);
  return { ...c, BENCH_PAGES_TARBALL: existsSync(c.BENCH_PAGES_TARBALL) ? c.BENCH_PAGES_TARBALL : undefined };
}
