import type { Redis } from "ioredis";
import { normaliseUrl } from "@inkstream/contracts";
import { fetchKeysFor, type FetchKeys } from "@inkstream/store";
import { UsageError } from "../command.ts";
import type { CliConfig } from "../config.ts";
import { printJson, say } from "../output.ts";
import { withRedis } from "../with-redis.ts";

function sourceUrl(input: string): string {
  let url: string;
  try {
    url = normaliseUrl(input);
  } catch {
    throw new UsageError(`not an absolute URL: ${input}`);
  }
  if (!/^https?:/.test(url)) throw new UsageError(`feeds and sitemaps are fetched over http or https: ${input}`);
  return url;
}

const withFetchKeys = <T>(config: CliConfig, fn: (redis: Redis, keys: FetchKeys) => Promise<T>): Promise<T> =>
  withRedis(config, (redis) => fn(redis, fetchKeysFor(config.INK_NAMESPACE)));

/** Registers (or re-registers with a new interval) feeds, sitemaps or robots.txt files; each is polled at once. */
export function feedsAdd(inputs: readonly string[], intervalS: number, config: CliConfig): Promise<number> {
  // every input is checked before anything is written
  const urls = inputs.map(sourceUrl);
  return withFetchKeys(config, async (redis, keys) => {
    for (const url of urls) {
      const existed = await redis.hexists(keys.feeds, url);
      const registration = { url, intervalS, addedAt: new Date().toISOString() };
      await redis.multi().hset(keys.feeds, url, JSON.stringify(registration)).zadd(keys.feedsDue, Date.now(), url).exec();
      printJson({ ...registration, outcome: existed ? "updated" : "added" });
    }
    return 0;
  });
}

/** One JSON line per registered source with its schedule and the last poll's result. */
export function feedsList(config: CliConfig): Promise<number> {
  return withFetchKeys(config, async (redis, keys) => {
    const all = await redis.hgetall(keys.feeds);
    for (const url of Object.keys(all).sort()) {
      const reg = JSON.parse(all[url] ?? "{}") as Record<string, unknown>;
      const [due, state] = await Promise.all([redis.zscore(keys.feedsDue, url), redis.hgetall(keys.feedState(url))]);
      printJson({
        ...reg,
        ...(due !== null ? { nextPollAt: new Date(Number(due)).toISOString() } : {}),
        ...(state["kind"] ? { kind: state["kind"] } : {}),
        ...(state["lastPolledAt"] ? { lastPolledAt: state["lastPolledAt"] } : {}),
        ...(state["lastStatus"] ? { lastStatus: Number(state["lastStatus"]) } : {}),
        ...(state["lastError"] ? { lastError: state["lastError"] } : {}),
        ...(state["entries"] ? { entries: Number(state["entries"]) } : {}),
        ...(state["published"] ? { lastPublished: Number(state["published"]) } : {}),
      });
    }
    return 0;
  });
}

/** Unregisters a source and forgets its poll state; exit 1 when it was not registered. */
export function feedsRemove(input: string, config: CliConfig): Promise<number> {
  const url = sourceUrl(input);
  return withFetchKeys(config, async (redis, keys) => {
    const [[, removed] = [null, 0]] = (await redis.multi().hdel(keys.feeds, url).zrem(keys.feedsDue, url).del(keys.feedState(url), keys.feedSeen(url)).exec()) ?? [];
    if (Number(removed) === 0) {
      say(`inkstream feeds remove: ${url} is not registered in namespace ${config.INK_NAMESPACE}`);
      return 1;
    }
    printJson({ url, outcome: "removed" });
    return 0;
  });
}
