import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";

const lua = (name: string) => readFileSync(new URL(`./lua/${name}.lua`, import.meta.url), "utf8");
const COMMON = lua("common");

export type UpsertReply = [change: string, version: number, duplicateOf: string, clusterId: string, clusterSize: number];
/** page: id, value, tie-break (doc number or id) per hit */
export type SearchReply = [total: number, exact: number, scanned: number, page: string[], facets: (string | number)[]];

export interface Scripts {
  /** the arguments built by upsertArgs() (index-data.ts) */
  upsert(...args: string[]): Promise<UpsertReply>;
  remove(recordKey: string, prefix: string, id: string, maxCluster: string): Promise<number>;
  search(indexedKey: string, prefix: string, query: string): Promise<SearchReply>;
}

/** Registers the store's Lua scripts on a connection (EVALSHA, loaded on first use). */
export function defineScripts(redis: Redis): Scripts {
  redis.defineCommand("inkUpsert", { numberOfKeys: 1, lua: `${COMMON}\n${lua("upsert")}` });
  redis.defineCommand("inkDelete", { numberOfKeys: 1, lua: `${COMMON}\n${lua("delete")}` });
  redis.defineCommand("inkSearch", { numberOfKeys: 1, lua: ["search-prelude", "search-text", "search-walk", "search"].map(lua).join("\n") });
  const r = redis as unknown as {
    inkUpsert: Scripts["upsert"];
    inkDelete: Scripts["remove"];
    inkSearch: Scripts["search"];
  };
  return { upsert: r.inkUpsert.bind(redis), remove: r.inkDelete.bind(redis), search: r.inkSearch.bind(redis) };
}
