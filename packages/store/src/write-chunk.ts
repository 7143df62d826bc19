import type { Redis } from "ioredis";
import type { IndexOptions, PreparedArticle } from "./index-data.ts";
import type { Keys } from "./keys.ts";
import type { Scripts } from "./scripts.ts";
import { HEALTH_KEEP_S, healthDay } from "./source-health.ts";
import { buildSegment, type DocPostings } from "./text/postings.ts";

/** What the script reports per article (or why the article was refused: damaged stored data). */
export interface ChunkOutcome {
  change: "created" | "updated" | "unchanged" | "reindexed" | "skipped";
  version: number;
  duplicateOf: string;
  clusterId: string;
  clusterSize: number;
  error?: Error;
}

/** articles per write script (and per new segment): about 10 ms of script time, during which Redis serves nobody else */
export const WRITE_CHUNK = 50;

/** attempts before giving up when other writers keep changing the same articles between read and write */
const ATTEMPTS = 10;

/**
 * Writes a chunk of prepared articles (distinct ids) in one script call: Node reads each article's stored hash,
 * doc number and whether its postings are in place, reserves doc numbers for new articles, builds the segment of
 * the postings that will be written, and the script writes everything when nothing changed in between (else it
 * writes nothing and this tries again). An article whose postings are missing (a write that failed halfway) is
 * re-indexed even when its content is unchanged. An article the script refuses (damaged stored data) gets an
 * `error` and the rest of the chunk is written without it.
 */
export async function writeChunk(redis: Redis, scripts: Scripts, keys: Keys, articles: readonly PreparedArticle[], opts: IndexOptions): Promise<ChunkOutcome[]> {
  const outcomes = new Map<PreparedArticle, ChunkOutcome>();
  let chunk = [...articles];
  for (let attempt = 0; attempt < ATTEMPTS && chunk.length > 0; attempt++) {
    const read = await scripts.readChunk(keys.byIndexed, keys.prefix, ...chunk.map((p) => p.id));
    const fresh = chunk.filter((_, i) => read[3 * i + 1] === "").length;
    let next = fresh > 0 ? (await redis.incrby(keys.docSeq, fresh)) - fresh + 1 : 0;
    const docs: DocPostings[] = [];
    // per article: its packed block, then the mode, the observed hash and the doc number of this attempt
    const perArticle: (string | Buffer)[] = [];
    const healing = new Set<number>();
    chunk.forEach((p, i) => {
      const observed = read[3 * i] ?? "";
      const stored = read[3 * i + 1] ?? "";
      const num = stored !== "" ? stored : String(next++);
      let mode: string = p.mode;
      let writes = p.mode === "upsert" ? observed !== p.contentHash : observed !== "" && observed === p.contentHash;
      // the same content, but its write never finished (a script that failed halfway): write its index part again,
      // without a new version
      if (!writes && p.mode === "upsert" && observed !== "" && read[3 * i + 2] !== "1") {
        writes = true;
        mode = "reindex";
        healing.add(i);
      }
      if (writes && p.terms.names.length > 0) docs.push({ num: Number(num), terms: p.terms });
      perArticle.push(p.block, mode, observed, num);
    });
    const segment = buildSegment(docs);
    const now = new Date();
    const args: (string | Buffer)[] = [
      keys.prefix, now.toISOString(), String(now.getTime()), String(opts.maxDistance), String(opts.maxCluster),
      String(chunk.length), String(docs.length), String(segment.buckets), String(segment.fields.length / 2),
      healthDay(now.getTime()), String(HEALTH_KEEP_S),
    ];
    for (const f of segment.fields) args.push(f);
    for (const a of perArticle) args.push(a);
    const reply = await scripts.upsert(keys.byIndexed, args);
    if (reply[0] === "retry") continue;
    if (reply[0] === "bad") {
      const bad = chunk[Number(reply[1]) - 1];
      if (!bad) throw new Error(`upsert: the script refused article ${String(reply[1])} of ${chunk.length}`);
      outcomes.set(bad, { change: "skipped", version: 0, duplicateOf: "", clusterId: "", clusterSize: 0, error: new Error(String(reply[2])) });
      chunk = chunk.filter((p) => p !== bad);
      attempt--;
      continue;
    }
    for (let i = 0; i * 5 + 4 < reply.length; i++) {
      const change = String(reply[5 * i]) as ChunkOutcome["change"];
      outcomes.set(chunk[i] as PreparedArticle, {
        // a heal is no new version: the caller asked for an upsert of what is stored
        change: healing.has(i) && change === "reindexed" ? "unchanged" : change,
        version: Number(reply[5 * i + 1]),
        duplicateOf: String(reply[5 * i + 2] ?? ""),
        clusterId: String(reply[5 * i + 3] ?? ""),
        clusterSize: Number(reply[5 * i + 4] ?? 0),
      });
    }
    chunk = [];
  }
  if (chunk.length > 0) throw new Error(`upsert: the articles kept changing under concurrent writers (${ATTEMPTS} attempts)`);
  return articles.map((p) => outcomes.get(p) as ChunkOutcome);
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
