import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";

const lua = (name: string) => readFileSync(new URL(`./lua/${name}.lua`, import.meta.url), "utf8");
const FORMAT = lua("segment-format");
const COMMON = `${FORMAT}\n${lua("common")}`;

/** per article: change, version, duplicateOf, clusterId, clusterSize; or ['retry'] when Node's read went stale */
export type ChunkReply = (string | number)[];
/** page: id, value, tie-break (doc number or id) per hit */
export type SearchReply = [total: number, exact: number, scanned: number, page: string[], facets: (string | number)[]];

export interface Scripts {
  /** per article id: stored content hash, doc number, '1' when its postings are in a segment (read-chunk.lua) */
  readChunk(indexedKey: string, prefix: string, ...ids: string[]): Promise<string[]>;
  /** one chunk of articles and their segment: the arguments built by write-chunk.ts (one flat array) */
  upsert(indexedKey: string, args: readonly (string | Buffer)[]): Promise<ChunkReply>;
  /** swaps source segments for their merge (segments.ts); 0 when a source changed meanwhile */
  merge(segmentsKey: string, args: readonly string[]): Promise<number>;
  /** writes a batch of a merged segment's fields while its id is listed as being written; 0 when it was swept */
  segmentPart(writingKey: string, prefix: string, id: string, fields: readonly (string | Buffer)[]): Promise<number>;
  /** removes the unfinished segments of mergers that died or outlived their lease; how many ids were listed */
  sweep(writingKey: string, prefix: string): Promise<number>;
  /** deletes a lease key when it still holds the token */
  release(key: string, token: string): Promise<number>;
  remove(recordKey: string, prefix: string, id: string, maxCluster: string): Promise<number>;
  search(indexedKey: string, prefix: string, query: string): Promise<SearchReply>;
}

/** Registers the store's Lua scripts on a connection (EVALSHA, loaded on first use). */
export function defineScripts(redis: Redis): Scripts {
  redis.defineCommand("inkReadChunk", { numberOfKeys: 1, lua: lua("read-chunk") });
  redis.defineCommand("inkUpsert", { numberOfKeys: 1, lua: `${COMMON}\n${lua("upsert")}` });
  redis.defineCommand("inkMerge", { numberOfKeys: 1, lua: `${COMMON}\n${lua("merge")}` });
  redis.defineCommand("inkSegmentPart", { numberOfKeys: 1, lua: lua("segment-part") });
  redis.defineCommand("inkSweep", { numberOfKeys: 1, lua: lua("sweep") });
  redis.defineCommand("inkRelease", { numberOfKeys: 1, lua: "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0" });
  redis.defineCommand("inkDelete", { numberOfKeys: 1, lua: `${COMMON}\n${lua("delete")}` });
  redis.defineCommand("inkSearch", { numberOfKeys: 1, lua: [FORMAT, ...["search-prelude", "search-text", "search-walk", "search"].map(lua)].join("\n") });
  const r = redis as unknown as {
    inkReadChunk: Scripts["readChunk"];
    inkUpsert: Scripts["upsert"];
    inkMerge: Scripts["merge"];
    inkSegmentPart: Scripts["segmentPart"];
    inkSweep: Scripts["sweep"];
    inkRelease: Scripts["release"];
    inkDelete: Scripts["remove"];
    inkSearch: Scripts["search"];
  };
  return {
    readChunk: r.inkReadChunk.bind(redis),
    upsert: r.inkUpsert.bind(redis),
    merge: r.inkMerge.bind(redis),
    segmentPart: r.inkSegmentPart.bind(redis),
    sweep: r.inkSweep.bind(redis),
    release: r.inkRelease.bind(redis),
    remove: r.inkDelete.bind(redis),
    search: r.inkSearch.bind(redis),
  };
}
