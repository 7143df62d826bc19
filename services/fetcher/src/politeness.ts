import type { Redis } from "ioredis";
import type { FetchKeys } from "@inkstream/store";

// Both scripts read the clock of Redis, not of the replica, so replicas with skewed clocks share one timeline.
// Reserve: a host's next free slot is `next`; a caller whose wait is short takes the slot (and moves `next`
// on by the interval), a caller whose wait is long takes nothing and is told how long to come back after.
const RESERVE_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local blocked = tonumber(redis.call('HGET', KEYS[1], 'blockedUntil') or '0')
if blocked > now then return {0, blocked - now, 1} end
local nextFree = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
local slot = math.max(now, nextFree)
local wait = slot - now
if wait > tonumber(ARGV[2]) then return {0, wait, 0} end
redis.call('HSET', KEYS[1], 'next', slot + tonumber(ARGV[1]))
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return {1, wait, 0}
`;

const BLOCK_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
local cur = tonumber(redis.call('HGET', KEYS[1], 'blockedUntil') or '0')
if untilMs > cur then redis.call('HSET', KEYS[1], 'blockedUntil', untilMs) end
local keep = tonumber(ARGV[1]) + 60000
if redis.call('PTTL', KEYS[1]) < keep then redis.call('PEXPIRE', KEYS[1], keep) end
return untilMs
`;

export type Reservation = { granted: true; waitMs: number } | { granted: false; waitMs: number; cause: "interval" | "back-off" };

/** A per-host request limiter shared by every replica (Redis), with back-off windows from Retry-After. */
export interface HostLimiter {
  /** takes the host's next slot when it is at most `maxWaitMs` away (then wait `waitMs` before sending) */
  reserve(host: string, intervalMs: number, maxWaitMs: number): Promise<Reservation>;
  /** closes the host for `ms` (429/503 with Retry-After) */
  block(host: string, ms: number): Promise<void>;
}

type Script = (key: string, ...args: (string | number)[]) => Promise<unknown>;

export function hostLimiter(redis: Redis, keys: FetchKeys): HostLimiter {
  redis.defineCommand("inkFetchReserve", { numberOfKeys: 1, lua: RESERVE_LUA });
  redis.defineCommand("inkFetchBlock", { numberOfKeys: 1, lua: BLOCK_LUA });
  const commands = redis as unknown as { inkFetchReserve: Script; inkFetchBlock: Script };
  return {
    async reserve(host, intervalMs, maxWaitMs) {
      if (intervalMs <= 0) {
        // politeness off for this host: only a back-off window holds requests back
        const r = (await commands.inkFetchReserve.call(redis, keys.host(host), 0, Number.MAX_SAFE_INTEGER, 60_000)) as [number, number, number];
        return r[2] === 1 ? { granted: false, waitMs: r[1], cause: "back-off" } : { granted: true, waitMs: 0 };
      }
      const [granted, waitMs, blocked] = (await commands.inkFetchReserve.call(redis, keys.host(host), intervalMs, maxWaitMs, intervalMs + 60_000)) as [number, number, number];
      if (granted === 1) return { granted: true, waitMs };
      return { granted: false, waitMs, cause: blocked === 1 ? "back-off" : "interval" };
    },
    async block(host, ms) {
      await commands.inkFetchBlock.call(redis, keys.host(host), Math.max(1, Math.round(ms)));
    },
  };
}

/** The politeness interval for a host: the operator's per-host value or the default, raised to Crawl-delay. */
export function hostIntervalMs(host: string, defaults: { intervalMs: number; perHost: Readonly<Record<string, number>> }, crawlDelayMs = 0): number {
  const h = host.toLowerCase();
  const configured = defaults.perHost[h] ?? defaults.perHost[h.replace(/:\d+$/, "")] ?? defaults.intervalMs;
  return Math.max(configured, crawlDelayMs);
}
