import { z } from "zod";

const schema = z.object({
  NATS_URL: z.string().default("nats://127.0.0.1:4222"),
  REDIS_URL: z.string().default("redis://127.0.0.1:6379"),
  /** pages each runner fetches (after a warm-up that is not timed) */
  BENCH_PAGES: z.coerce.number().int().min(100).max(1_000_000).default(10_000),
  /** requests in flight, the same for every runner (the fetcher's INK_FETCH_CONCURRENCY) */
  BENCH_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /** size of each generated article page */
  BENCH_PAGE_KB: z.coerce.number().int().min(1).max(2048).default(24),
  /** a runner stops starting requests after this long (the table says how many pages it did) */
  BENCH_MAX_S: z.coerce.number().int().min(5).max(3600).default(180),
  /** runners to run, comma-separated: fetcher, fetch-http, fetch */
  BENCH_RUNNERS: z.string().default("fetcher,fetch-http,fetch"),
});

/** The bench's settings from the environment (the only place the bench reads it). */
export const benchConfig = () => schema.parse(process.env);
export type BenchConfig = ReturnType<typeof benchConfig>;
