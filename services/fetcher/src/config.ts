import { z } from "zod";
import { baseConfigShape, env, loadConfig } from "@inkstream/runtime";

// "news.example=250,slow.example=5000": per-host politeness intervals in ms
const hostIntervals = z
  .string()
  .default("")
  .transform((s, ctx) => {
    const out: Record<string, number> = {};
    for (const part of s.split(",").map((p) => p.trim()).filter(Boolean)) {
      const m = /^([^=\s]+)=(\d+)$/.exec(part);
      if (!m?.[1] || !m[2]) {
        ctx.addIssue({ code: "custom", message: `expected host=ms, got "${part}"` });
        return z.NEVER;
      }
      out[m[1].toLowerCase()] = Number(m[2]);
    }
    return out;
  });

export const fetcherConfigSchema = z.object({
  ...baseConfigShape,
  HTTP_PORT: env.int(9101, 0, 65535),
  INK_FETCH_ALLOW_FILE: env.bool(false),
  INK_FETCH_ALLOW_HOSTS: env.list(),
  INK_FETCH_CONNECT_TIMEOUT_MS: env.int(10_000, 100),
  INK_FETCH_TIMEOUT_MS: env.int(30_000, 100),
  INK_FETCH_MAX_BYTES: env.int(20 * 1024 * 1024, 1024),
  INK_FETCH_MAX_DECODED_BYTES: env.int(50 * 1024 * 1024, 1024),
  INK_FETCH_MAX_REDIRECTS: env.int(5, 0, 20),
  INK_FETCH_CONCURRENCY: env.int(8, 1, 256),
  INK_FETCH_USER_AGENT: z.string().min(1).default("inkstream/0.1 (+https://github.com/inkstream/inkstream)"),
  // incremental fetching
  INK_FETCH_RECRAWL_S: env.int(3600, 0),
  INK_FETCH_RECRAWL_ALL: env.bool(false),
  INK_FETCH_STATE_TTL_S: env.int(90 * 24 * 3600, 60),
  // politeness and back-off
  INK_FETCH_HOST_INTERVAL_MS: env.int(1000, 0),
  INK_FETCH_HOST_INTERVALS: hostIntervals,
  INK_FETCH_MAX_INLINE_WAIT_MS: env.int(2000, 0, 20_000),
  INK_FETCH_MAX_CRAWL_DELAY_S: env.int(30, 0, 3600),
  INK_FETCH_DEFAULT_BACKOFF_S: env.int(60, 1),
  INK_FETCH_MAX_BACKOFF_S: env.int(3600, 1),
  INK_FETCH_MAX_ATTEMPTS: env.int(4, 1, 20),
  INK_FETCH_MAX_DELIVER: env.int(50, 2, 1000),
  // robots.txt
  INK_FETCH_ROBOTS: env.bool(true),
  INK_FETCH_ROBOTS_TTL_S: env.int(6 * 3600, 10),
  // feeds and sitemaps
  INK_FETCH_FEEDS: env.bool(true),
  INK_FETCH_FEED_TICK_MS: env.int(5000, 50),
  INK_FETCH_FEED_MAX_NEW: env.int(1000, 1),
  INK_FETCH_SITEMAP_MAX_CHILDREN: env.int(50, 1),
});
export type FetcherConfig = z.infer<typeof fetcherConfigSchema>;

export const loadFetcherConfig = (source?: Record<string, string | undefined>) => loadConfig(fetcherConfigSchema, source);
