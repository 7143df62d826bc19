import { Redis } from "ioredis";
import { openPageStore, type Bus, type HandlerContext } from "@inkstream/bus";
import { toStageError, type IngestRequested } from "@inkstream/contracts";
import { startStageService, type Logger, type RunningService } from "@inkstream/runtime";
import { fetchKeysFor } from "@inkstream/store";
import { parseAllowList } from "./address-policy.ts";
import type { FetcherConfig } from "./config.ts";
import { Deferral } from "./deferral.ts";
import { fetchMetrics } from "./fetch-metrics.ts";
import { fetchStateStore } from "./fetch-state.ts";
import { startFeedPoller, type FeedPoller } from "./feeds/feed-poller.ts";
import { fetchFile } from "./file-fetch.ts";
import { handleIngest, type FetchDeps, type FetchResult } from "./handle.ts";
import { fetchHttp } from "./http-fetch.ts";
import { hostIntervalMs, hostLimiter } from "./politeness.ts";
import { robotsCache } from "./robots.ts";

/** Wires the fetcher: ingest requests in, pages into the object store, fetched/skipped events out; the feed poller beside. */
export function startFetcher(config: FetcherConfig, logger: Logger, opts: { bus?: Bus } = {}): Promise<RunningService> {
  const allow = parseAllowList(config.INK_FETCH_ALLOW_HOSTS);
  const limits = {
    connectTimeoutMs: config.INK_FETCH_CONNECT_TIMEOUT_MS,
    totalTimeoutMs: config.INK_FETCH_TIMEOUT_MS,
    maxBodyBytes: config.INK_FETCH_MAX_BYTES,
    maxDecodedBytes: config.INK_FETCH_MAX_DECODED_BYTES,
    maxRedirects: config.INK_FETCH_MAX_REDIRECTS,
    userAgent: config.INK_FETCH_USER_AGENT,
  };
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3 });
  const keys = fetchKeysFor(config.INK_NAMESPACE);
  const metrics = fetchMetrics();
  const http = (url: string, o: Parameters<typeof fetchHttp>[3] = {}) => fetchHttp(url, limits, allow, o);
  const robots = robotsCache({ redis, keys, userAgent: config.INK_FETCH_USER_AGENT, ttlS: config.INK_FETCH_ROBOTS_TTL_S, maxCrawlDelayS: config.INK_FETCH_MAX_CRAWL_DELAY_S, fetch: http });
  const limiter = hostLimiter(redis, keys);
  const policy = {
    recrawlMs: config.INK_FETCH_RECRAWL_S * 1000,
    recrawlAll: config.INK_FETCH_RECRAWL_ALL,
    hostIntervalMs: (host: string, crawlDelayMs: number) => hostIntervalMs(host, { intervalMs: config.INK_FETCH_HOST_INTERVAL_MS, perHost: config.INK_FETCH_HOST_INTERVALS }, crawlDelayMs),
    maxInlineWaitMs: config.INK_FETCH_MAX_INLINE_WAIT_MS,
    defaultBackoffMs: config.INK_FETCH_DEFAULT_BACKOFF_S * 1000,
    maxBackoffMs: config.INK_FETCH_MAX_BACKOFF_S * 1000,
    maxAttempts: config.INK_FETCH_MAX_ATTEMPTS,
  };
  let poller: FeedPoller | undefined;

  return startStageService<"ingestRequested">({
    name: "fetcher",
    natsUrl: config.NATS_URL,
    namespace: config.INK_NAMESPACE,
    httpPort: config.HTTP_PORT,
    logger,
    ...(opts.bus ? { bus: opts.bus } : {}),
    checks: { redis: async () => (await redis.ping()) === "PONG" },
    onStop: async () => {
      await poller?.stop();
      await redis.quit();
    },
    stage: async (bus) => {
      const pages = await openPageStore(bus);
      const deps: FetchDeps = {
        allowFile: config.INK_FETCH_ALLOW_FILE,
        fetchHttp: http,
        fetchFile: (url) => fetchFile(url, limits.maxBodyBytes),
        putPage: (name, bytes, originalCharset) => pages.put(name, bytes, { originalCharset }),
        now: () => new Date(),
        state: fetchStateStore(redis, keys, config.INK_FETCH_STATE_TTL_S),
        limiter,
        robots: config.INK_FETCH_ROBOTS ? robots : undefined,
        policy,
      };
      if (config.INK_FETCH_FEEDS) {
        poller = startFeedPoller({
          bus, redis, keys, logger: logger.child({ component: "feed-poller" }), metrics, robots: deps.robots, limiter, policy,
          fetch: http,
          tickMs: config.INK_FETCH_FEED_TICK_MS,
          maxNewPerPoll: config.INK_FETCH_FEED_MAX_NEW,
          maxChildren: config.INK_FETCH_SITEMAP_MAX_CHILDREN,
          maxDecodedBytes: config.INK_FETCH_MAX_DECODED_BYTES,
        });
      }
      const maxDeliver = config.INK_FETCH_MAX_DELIVER;
      return {
        stage: "fetcher",
        consumes: "ingestRequested",
        concurrency: config.INK_FETCH_CONCURRENCY,
        maxDeliver,
        handle: async (event: IngestRequested, ctx: HandlerContext) => {
          const host = hostOf(event.url);
          try {
            const out: FetchResult = await handleIngest(event, deps, { eventId: ctx.meta.id, signal: ctx.signal });
            const outcome = out.key === "articleFetched" ? "fetched" : out.payload.reason === "not_modified" ? "unchanged" : "skipped";
            metrics.outcomes.inc({ outcome, reason: "" });
            ctx.logger.info({ host, outcome, ...(out.key === "articleSkipped" ? { skip: out.payload.reason } : { status: out.payload.status }) }, "fetch outcome");
            return out;
          } catch (err) {
            const se = toStageError(err);
            const final = !se.retryable || ctx.deliveryCount >= maxDeliver;
            if (final) {
              metrics.outcomes.inc({ outcome: "failed", reason: se.reason });
              ctx.logger.info({ host, outcome: "failed", reason: se.reason }, "fetch outcome");
            } else if (se instanceof Deferral) {
              metrics.deferrals.inc({ cause: se.why });
              ctx.logger.debug({ host, reason: se.reason, waitMs: se.retryAfterMs }, "deferred");
            } else {
              metrics.retries.inc({ reason: se.reason });
            }
            throw se;
          }
        },
      };
    },
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}
