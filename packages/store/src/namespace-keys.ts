import type { Redis } from "ioredis";
import { keysFor } from "./keys.ts";

// keys per SCAN step, and so per UNLINK
const SCAN_COUNT = 500;

// every key of the namespace (the store's, the fetcher's, the indexer's counters) starts with its `{namespace}:` prefix
async function* namespaceKeyBatches(redis: Redis, namespace: string): AsyncGenerator<string[]> {
  const match = `${keysFor(namespace).prefix}*`;
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", match, "COUNT", SCAN_COUNT);
    cursor = next;
    if (keys.length > 0) yield keys;
  } while (cursor !== "0");
}

/** How many Redis keys the namespace holds (SCAN, so a key written or rehashed meanwhile may be missed or counted twice). */
export async function countNamespaceKeys(redis: Redis, namespace: string): Promise<number> {
  let count = 0;
  for await (const keys of namespaceKeyBatches(redis, namespace)) count += keys.length;
  return count;
}

/** Deletes every Redis key of the namespace (SCAN + UNLINK, freed in the background) and returns how many were deleted. */
export async function deleteNamespaceKeys(redis: Redis, namespace: string): Promise<number> {
  let deleted = 0;
  for await (const keys of namespaceKeyBatches(redis, namespace)) deleted += await redis.unlink(...keys);
  return deleted;
}
