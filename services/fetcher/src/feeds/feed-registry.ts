import type { Redis } from "ioredis";
import { z } from "zod";
import type { FetchKeys } from "@inkstream/store";

/** A registered feed or sitemap, as `inkstream feeds add` writes it. */
export const registrationSchema = z.object({
  url: z.string().url(),
  intervalS: z.number().int().positive(),
  addedAt: z.string(),
});
export type Registration = z.infer<typeof registrationSchema>;

/** What the poller remembers about one source (or one child sitemap). */
export interface SourceState {
  etag?: string;
  lastModified?: string;
  kind?: string;
  children?: string[];
}

const RELEASE_LUA = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** The poller's view of the registrations, their schedule, leases, state and seen entries in Redis. */
export function feedRegistry(redis: Redis, keys: FetchKeys) {
  redis.defineCommand("inkFeedRelease", { numberOfKeys: 1, lua: RELEASE_LUA });
  const release = (redis as unknown as { inkFeedRelease: (k: string, owner: string) => Promise<number> }).inkFeedRelease;
  return {
    /** sources whose next poll time has come */
    due: (now: number, max: number) => redis.zrangebyscore(keys.feedsDue, 0, now, "LIMIT", 0, max),
    async registration(url: string): Promise<Registration | undefined> {
      const raw = await redis.hget(keys.feeds, url);
      if (!raw) return undefined;
      const parsed = registrationSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    },
    unschedule: (url: string) => redis.zrem(keys.feedsDue, url),
    /** the source's next poll time, or null when it was removed */
    dueAt: async (url: string) => {
      const s = await redis.zscore(keys.feedsDue, url);
      return s === null ? null : Number(s);
    },
    /** moves the next poll; a source removed meanwhile stays removed (XX) */
    reschedule: (url: string, at: number) => redis.zadd(keys.feedsDue, "XX", at, url),
    /** one replica polls a source at a time: SET NX PX, released only by its owner */
    lease: async (url: string, owner: string, ms: number) => (await redis.set(keys.feedLease(url), owner, "PX", ms, "NX")) === "OK",
    release: (url: string, owner: string) => release.call(redis, keys.feedLease(url), owner),
    async state(url: string): Promise<SourceState> {
      const h = await redis.hgetall(keys.feedState(url));
      return {
        ...(h["etag"] ? { etag: h["etag"] } : {}),
        ...(h["lastModified"] ? { lastModified: h["lastModified"] } : {}),
        ...(h["kind"] ? { kind: h["kind"] } : {}),
        ...(h["children"] ? { children: JSON.parse(h["children"]) as string[] } : {}),
      };
    },
    /** records a poll: validators, kind, children, counts, status or error */
    async record(url: string, fields: Record<string, string | number>) {
      await redis.hset(keys.feedState(url), Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])));
    },
    /** the stored date (ms) of each URL the source listed before, null when it is new */
    async seenDates(source: string, urls: string[]): Promise<(number | null)[]> {
      if (urls.length === 0) return [];
      const scores = await redis.zmscore(keys.feedSeen(source), ...urls);
      return scores.map((s) => (s === null ? null : Number(s)));
    },
    /** replaces the seen set with the entries the source lists now (so it never outgrows the source) */
    async replaceSeen(source: string, seen: Map<string, number>) {
      const key = keys.feedSeen(source);
      const tx = redis.multi().del(key);
      const pairs = [...seen].flatMap(([url, date]) => [date, url] as (string | number)[]);
      for (let i = 0; i < pairs.length; i += 2000) tx.zadd(key, ...pairs.slice(i, i + 2000));
      await tx.exec();
    },
  };
}
export type FeedRegistry = ReturnType<typeof feedRegistry>;
