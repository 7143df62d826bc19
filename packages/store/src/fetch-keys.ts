import { createHash } from "node:crypto";

/** A short stable id for a URL in key names (feeds, sitemaps). */
export const urlKeyId = (url: string) => createHash("sha256").update(url).digest("hex").slice(0, 20);

/**
 * The fetcher's Redis keys, in one place for the fetcher and the CLI (`inkstream feeds`). All start with
 * `{<namespace>}:fetch:`, so they share the namespace's hash tag (Redis Cluster slot) with the rest of it.
 */
export function fetchKeysFor(namespace: string) {
  const p = `{${namespace}}:fetch:`;
  return {
    prefix: p,
    /** hash: fetchedAt, etag, lastModified, finalUrl, status — per article; TTL INK_FETCH_STATE_TTL_S */
    state: (articleId: string) => `${p}state:${articleId}`,
    /** counter of real (non-deferred) attempts of one ingest event; TTL 7 days */
    attempts: (eventId: string) => `${p}attempts:${eventId}`,
    /** string (JSON {status, text, fetchedAt}): the cached robots.txt of an origin; TTL INK_FETCH_ROBOTS_TTL_S */
    robots: (origin: string) => `${p}robots:${origin}`,
    /** hash: next (ms, next free slot), blockedUntil (ms, from Retry-After) — per host[:port] */
    host: (host: string) => `${p}host:${host}`,
    /** hash: normalised source URL -> registration JSON {url, intervalS, addedAt} */
    feeds: `${p}feeds`,
    /** sorted set: source URL by next poll time (ms) */
    feedsDue: `${p}feeds:due`,
    /** hash: etag, lastModified, lastPolledAt, lastStatus, lastError, kind, entries — per source or child sitemap */
    feedState: (url: string) => `${p}feed:${urlKeyId(url)}`,
    /** sorted set: entry URL -> its date (ms, 0 when undated), trimmed to the newest entries */
    feedSeen: (url: string) => `${p}feed:${urlKeyId(url)}:seen`,
    /** string: the replica that polls this source now (SET NX PX) */
    feedLease: (url: string) => `${p}feed:${urlKeyId(url)}:lease`,
  } as const;
}
export type FetchKeys = ReturnType<typeof fetchKeysFor>;
