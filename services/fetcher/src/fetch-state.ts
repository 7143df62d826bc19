import type { Redis } from "ioredis";
import type { FetchKeys } from "@inkstream/store";

/** What the fetcher remembers about an article between fetches. */
export interface FetchState {
  /** ms since the epoch */
  fetchedAt: number;
  etag?: string;
  lastModified?: string;
  finalUrl?: string;
  status?: number;
}

/** Per-article fetch state and per-event attempt counters in Redis. */
export interface FetchStateStore {
  get(articleId: string): Promise<FetchState | undefined>;
  /** records a fetch (200) or a revalidation (304: validators kept unless the server sent new ones) */
  put(articleId: string, state: FetchState, opts?: { replace?: boolean }): Promise<void>;
  /** counts a real attempt that failed transiently; returns the count so far */
  countFailure(eventId: string): Promise<number>;
  clearAttempts(eventId: string): Promise<void>;
}

export function fetchStateStore(redis: Redis, keys: FetchKeys, ttlS: number): FetchStateStore {
  return {
    async get(articleId) {
      const h = await redis.hgetall(keys.state(articleId));
      const fetchedAt = Number(h["fetchedAt"]);
      if (!Number.isFinite(fetchedAt) || fetchedAt <= 0) return undefined;
      return {
        fetchedAt,
        ...(h["etag"] ? { etag: h["etag"] } : {}),
        ...(h["lastModified"] ? { lastModified: h["lastModified"] } : {}),
        ...(h["finalUrl"] ? { finalUrl: h["finalUrl"] } : {}),
        ...(h["status"] ? { status: Number(h["status"]) } : {}),
      };
    },
    async put(articleId, s, opts = {}) {
      const key = keys.state(articleId);
      const fields: Record<string, string> = { fetchedAt: String(s.fetchedAt) };
      if (s.etag) fields["etag"] = s.etag;
      if (s.lastModified) fields["lastModified"] = s.lastModified;
      if (s.finalUrl) fields["finalUrl"] = s.finalUrl;
      if (s.status !== undefined) fields["status"] = String(s.status);
      const tx = redis.multi();
      // a fresh 200 replaces old validators; a 304 only refreshes what the server sent again
      if (opts.replace) tx.del(key);
      await tx.hset(key, fields).expire(key, ttlS).exec();
    },
    async countFailure(eventId) {
      const key = keys.attempts(eventId);
      const [[, n] = [null, 1]] = (await redis.multi().incr(key).expire(key, 7 * 24 * 3600).exec()) ?? [];
      return Number(n);
    },
    async clearAttempts(eventId) {
      await redis.del(keys.attempts(eventId));
    },
  };
}

/** Headers of a conditional GET from what the last fetch kept. */
export function conditionalHeaders(state: FetchState | undefined): Record<string, string> {
  const h: Record<string, string> = {};
  if (state?.etag) h["if-none-match"] = state.etag;
  if (state?.lastModified) h["if-modified-since"] = state.lastModified;
  return h;
}
