import type { Redis } from "ioredis";
import robotsModule from "robots-parser";
import { StageError } from "@inkstream/contracts";
import type { FetchKeys } from "@inkstream/store";
import type { FetchedBody, RequestOptions } from "./http-fetch.ts";

/** What robots.txt says about one origin, for our User-Agent. */
export interface RobotsVerdict {
  allowed(url: string): boolean;
  /** Crawl-delay in ms, already capped */
  crawlDelayMs: number;
  sitemaps: string[];
}

/** What the cache keeps: the file's text when there was one; `allowAll` for 4xx/absent files. */
interface CachedRobots {
  status: number;
  text: string;
  fetchedAt: number;
}

// a CommonJS module whose typings declare an ES default export: take the function whichever way it arrives
type ParseFn = typeof robotsModule.default;
const robotsInterop = robotsModule as unknown as ParseFn & { default?: ParseFn };
const robotsParser: ParseFn = robotsInterop.default ?? robotsInterop;

const ROBOTS_MAX_BYTES = 512 * 1024;
const MEMORY_MS = 60_000;

/** Reads robots.txt into a verdict (pure): RFC 9309 groups, Allow/Disallow with wildcards, Crawl-delay. */
export function parseRobots(robotsUrl: string, text: string, userAgent: string, maxCrawlDelayS: number): RobotsVerdict {
  const robot = robotsParser(robotsUrl, text);
  const delayS = robot.getCrawlDelay(userAgent) ?? 0;
  return {
    // undefined means "not this file's origin": not ours to forbid
    allowed: (url) => robot.isAllowed(url, userAgent) !== false,
    crawlDelayMs: Math.round(Math.min(Math.max(0, delayS), maxCrawlDelayS) * 1000),
    sitemaps: robot.getSitemaps(),
  };
}

const ALLOW_ALL = (sitemaps: string[] = []): RobotsVerdict => ({ allowed: () => true, crawlDelayMs: 0, sitemaps });

export interface RobotsDeps {
  redis: Redis;
  keys: FetchKeys;
  userAgent: string;
  ttlS: number;
  maxCrawlDelayS: number;
  fetch(url: string, opts: RequestOptions): Promise<FetchedBody>;
}

/**
 * robots.txt per origin, cached in Redis for `ttlS` (and a minute in memory). Following RFC 9309: a 4xx
 * (no file) allows everything; 429, 5xx and network errors mean "unreachable", so nothing is fetched and
 * the request is retried later (the failure is kept a minute, so a dead host is not asked again per URL).
 */
export function robotsCache(deps: RobotsDeps) {
  const memory = new Map<string, { verdict: RobotsVerdict; until: number }>();
  const remember = (origin: string, verdict: RobotsVerdict) => {
    if (memory.size > 5000) memory.clear();
    memory.set(origin, { verdict, until: Date.now() + MEMORY_MS });
    return verdict;
  };
  const verdictOf = (origin: string, c: CachedRobots): RobotsVerdict => {
    if (c.status >= 200 && c.status < 300) return parseRobots(`${origin}/robots.txt`, c.text, deps.userAgent, deps.maxCrawlDelayS);
    if (c.status >= 400 && c.status < 500 && c.status !== 429) return ALLOW_ALL();
    const err = c.status === 429 ? "rate_limited" : "http_5xx";
    throw new StageError(err, `robots.txt of ${origin} is unreachable (HTTP ${c.status}); not fetching until it answers`, { retryable: true });
  };

  async function load(origin: string, signal?: AbortSignal): Promise<CachedRobots> {
    const key = deps.keys.robots(origin);
    const stored = await deps.redis.get(key);
    if (stored) return JSON.parse(stored) as CachedRobots;
    let cached: CachedRobots;
    try {
      const res = await deps.fetch(`${origin}/robots.txt`, {
        anyStatus: true,
        accept: "text/plain,*/*;q=0.5",
        maxBodyBytes: ROBOTS_MAX_BYTES,
        ...(signal ? { signal } : {}),
      });
      cached = { status: res.status, text: new TextDecoder().decode(res.bytes), fetchedAt: Date.now() };
    } catch (err) {
      // an oversized robots.txt is the site's problem, not a reason to stop: treat it as absent
      if (err instanceof StageError && (err.reason === "too_large" || err.reason === "not_html")) cached = { status: 404, text: "", fetchedAt: Date.now() };
      else throw err;
    }
    const unreachable = cached.status === 429 || cached.status >= 500;
    await deps.redis.set(key, JSON.stringify(cached), "EX", unreachable ? 60 : deps.ttlS);
    return cached;
  }

  return {
    /** The verdict for the origin of `url` (an http(s) URL). */
    async forUrl(url: string, signal?: AbortSignal): Promise<RobotsVerdict> {
      const origin = new URL(url).origin;
      const hit = memory.get(origin);
      if (hit && hit.until > Date.now()) return hit.verdict;
      return remember(origin, verdictOf(origin, await load(origin, signal)));
    },
    /** Sitemap: lines of a robots.txt body (pure helper for the feed poller). */
    sitemapsIn: (robotsUrl: string, text: string) => parseRobots(robotsUrl, text, deps.userAgent, deps.maxCrawlDelayS).sitemaps,
  };
}
export type RobotsCache = ReturnType<typeof robotsCache>;
