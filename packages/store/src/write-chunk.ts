import type { Redis } from "ioredis";
import type { IndexOptions, PreparedArticle } from "./index-data.ts";
import type { Keys } from "./keys.ts";
import type { Scripts } from "./scripts.ts";
import { buildSegment, type DocPostings } from "./text/postings.ts";

/** What the script reports per article. */
export interface ChunkOutcome {
  change: "created" | "updated" | "unchanged" | "reindexed" | "skipped";
  version: number;
  duplicateOf: string;
  clusterId: string;
  clusterSize: number;
}

/** articles per write script (and per new segment): about 10 ms of script time, during which Redis serves nobody else */
export const WRITE_CHUNK = 50;

/** attempts before giving up when other writers keep changing the same articles between read and write */
const ATTEMPTS = 10;

/**
 * Writes a chunk of prepared articles (distinct ids) in one script call: Node reads each article's stored hash and
 * doc number, reserves doc numbers for new articles, builds the segment of the postings that will be written,
 * and the script writes everything when nothing changed in between (else it writes nothing and this tries again).
 */
export async function writeChunk(redis: Redis, scripts: Scripts, keys: Keys, chunk: readonly PreparedArticle[], opts: IndexOptions): Promise<ChunkOutcome[]> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const read = redis.pipeline();
    for (const p of chunk) {
      read.hget(p.args[0] as string, "contentHash");
      read.hget(keys.indexed(p.id), "n");
    }
    const replies = (await read.exec()) ?? [];
    const value = (i: number) => {
      const [err, v] = replies[i] ?? [null, null];
      if (err) throw err;
      return v as string | null;
    };
    const fresh = chunk.filter((_, i) => value(2 * i + 1) === null).length;
    let next = fresh > 0 ? (await redis.incrby(keys.docSeq, fresh)) - fresh + 1 : 0;
    const docs: DocPostings[] = [];
    const blocks: string[][] = [];
    chunk.forEach((p, i) => {
      const observed = value(2 * i) ?? "";
      const num = value(2 * i + 1) ?? String(next++);
      const writes = p.mode === "upsert" ? observed !== p.contentHash : observed !== "" && observed === p.contentHash;
      if (writes && p.terms.length > 0) docs.push({ num: Number(num), terms: p.terms });
      const block = p.args.slice();
      block[4] = observed;
      block[5] = num;
      blocks.push(block);
    });
    const segment = buildSegment(docs);
    const now = new Date();
    const args: (string | Buffer)[] = [
      keys.prefix, now.toISOString(), String(now.getTime()), String(opts.maxDistance), String(opts.maxCluster),
      String(chunk.length), String(docs.length), String(segment.buckets), String(segment.fields.length / 2),
    ];
    for (const f of segment.fields) args.push(f);
    for (const b of blocks) {
      args.push(String(b.length));
      for (const a of b) args.push(a);
    }
    const reply = await scripts.upsert(keys.byIndexed, args);
    if (reply[0] === "retry") continue;
    const out: ChunkOutcome[] = [];
    for (let i = 0; i + 4 < reply.length; i += 5) {
      out.push({
        change: String(reply[i]) as ChunkOutcome["change"],
        version: Number(reply[i + 1]),
        duplicateOf: String(reply[i + 2] ?? ""),
        clusterId: String(reply[i + 3] ?? ""),
        clusterSize: Number(reply[i + 4] ?? 0),
      });
    }
    return out;
  }
  throw new Error(`upsert: the articles kept changing under concurrent writers (${ATTEMPTS} attempts)`);
}

/**
 * Splits prepared articles into chunks of at most `size` with no id twice in one chunk (a second version of an
 * article goes into a later chunk, so versions are written in the order given).
 */
export function chunksOf<T extends { id: string }>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  let cur: T[] = [];
  let ids = new Set<string>();
  for (const it of items) {
    if (cur.length >= size || ids.has(it.id)) {
      chunks.push(cur);
      cur = [];
      ids = new Set();
    }
    cur.push(it);
    ids.add(it.id);
  }
  if (cur.length > 0) chunks.push(cur);
  return chunks;
}
