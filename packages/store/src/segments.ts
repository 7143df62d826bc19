import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { Keys } from "./keys.ts";
import type { Scripts } from "./scripts.ts";
import { sendTogether } from "./send-together.ts";
import { mergeSegmentsAsync, segmentSource, type SegmentSource } from "./text/postings.ts";

/** A segment as the registry lists it: id, live articles, generation (bumped whenever postings are taken out), buckets. */
export interface SegmentInfo {
  id: string;
  docs: number;
  gen: number;
  buckets: number;
  /** the registry entry as read, which the merge script compares */
  entry: string;
}

export interface MergePolicy {
  fanIn: number;
  maxSegmentDocs: number;
}

export interface CompactReport {
  merges: number;
  /** merges given up because a source changed meanwhile (retried on the next pass) */
  conflicts: number;
  /** unfinished merged segments of mergers that died (or outlived their lease) taken away */
  swept: number;
  segments: number;
}

export async function listSegments(redis: Redis, keys: Keys): Promise<SegmentInfo[]> {
  const all = await redis.hgetall(keys.segments);
  return Object.entries(all).map(([id, entry]) => {
    const [docs, gen, buckets] = entry.split(":").map(Number);
    return { id, docs: docs ?? 0, gen: gen ?? 0, buckets: buckets ?? 1, entry };
  });
}

/** bucket fields per write while a merge writes its new segment (about 4 KiB each; more for a very common term or a segment past ~85,000 articles) */
const MERGE_WRITE_BUCKETS = 64;

/** The size tier of a segment: segments of one tier hold within a factor fanIn of each other's articles. */
const tierOf = (docs: number, fanIn: number) => Math.floor(Math.log(Math.max(docs, 1)) / Math.log(fanIn));

/**
 * Tiered merging: when a tier holds fanIn segments, its smallest fanIn become one (of about the next tier), so
 * a namespace of n articles keeps about (fanIn - 1) × log_fanIn(n) segments and each posting is rewritten about
 * log_fanIn(n) times. `all` merges everything into as few segments as maxSegmentDocs allows, then rewrites each
 * segment that lost postings to updates or deletes on its own.
 */
export function planMerge(segments: readonly SegmentInfo[], policy: MergePolicy, all = false): SegmentInfo[] {
  const bySize = [...segments].filter((s) => s.docs < policy.maxSegmentDocs).sort((a, b) => a.docs - b.docs || Number(a.id) - Number(b.id));
  if (all) {
    const pick: SegmentInfo[] = [];
    let docs = 0;
    for (const s of bySize) {
      if (docs + s.docs > policy.maxSegmentDocs) break;
      pick.push(s);
      docs += s.docs;
    }
    if (pick.length > 1) return pick;
    // nothing left to combine: rewrite a segment that lost postings on its own (its taken-out postings go)
    const dirty = segments.find((seg) => seg.gen > 0);
    return dirty ? [dirty] : [];
  }
  const tiers = new Map<number, SegmentInfo[]>();
  for (const s of bySize) {
    const t = tierOf(s.docs, policy.fanIn);
    const list = tiers.get(t);
    if (list) list.push(s);
    else tiers.set(t, [s]);
  }
  for (const t of [...tiers.keys()].sort((a, b) => a - b)) {
    const list = tiers.get(t) ?? [];
    if (list.length < policy.fanIn) continue;
    // the smallest fanIn; when they would pass the size cap, as many as fit (at least two), so a tier near the
    // cap still merges instead of piling up segments
    const pick: SegmentInfo[] = [];
    let docs = 0;
    for (const s of list.slice(0, policy.fanIn)) {
      if (docs + s.docs > policy.maxSegmentDocs) break;
      pick.push(s);
      docs += s.docs;
    }
    if (pick.length >= 2) return pick;
  }
  return [];
}

/** Reads the given segments, merges them in Node and swaps them for the merged one; false when a source changed. */
async function mergeOnce(redis: Redis, scripts: Scripts, keys: Keys, sources: readonly SegmentInfo[]): Promise<boolean> {
  const replies = await sendTogether(redis, sources, (s) => redis.hgetallBuffer(keys.segment(s.id)));
  const parts = replies.map((v, i): SegmentSource => segmentSource(v, sources[i]?.gen === 0));
  const merged = await mergeSegmentsAsync(parts);
  const docs = sources.reduce((n, s) => n + s.docs, 0);
  // the merged buckets go in under a new id, a batch per call (no call blocks Redis for long), unregistered: no
  // search reads them until the swap below registers them. The id is listed as being written first, so that when
  // this process dies before the swap, the next merger sweeps away what it wrote.
  const id = String(await redis.incr(keys.segSeq));
  const key = keys.segment(id);
  await redis.hset(keys.segmentsWriting, id, String(Date.now()));
  try {
    // a fresh id, but ids restart when a namespace empties: a write chunk's segment may have gone from under it
    await redis.del(key);
    for (let i = 0; i < merged.fields.length; i += 2 * MERGE_WRITE_BUCKETS) {
      // 0: swept (this merge outlived its lease); the swap below then gives up
      if ((await scripts.segmentPart(keys.segmentsWriting, keys.prefix, id, merged.fields.slice(i, i + 2 * MERGE_WRITE_BUCKETS))) === 0) break;
    }
    const head: string[] = [keys.prefix, id, String(sources.length)];
    for (const s of sources) head.push(s.id, s.entry);
    head.push(String(docs), String(merged.buckets), String(merged.nums.length));
    // one flat array (ioredis flattens it): spreading many thousands of arguments would overflow the stack
    return (await scripts.merge(keys.segments, head.concat(merged.nums.map(String)))) === 1;
  } catch (err) {
    // not registered: nothing reads it; take it away (best effort: the connection may be what failed, and then the
    // next merger's sweep does it)
    await redis
      .multi()
      .del(key)
      .hdel(keys.segmentsWriting, id)
      .exec()
      .catch(() => undefined);
    throw err;
  }
}

/**
 * Merges segments while the policy asks for it, under a short lease so that indexer replicas do not merge the same
 * segments at once (the merge script's generation check keeps a lost race harmless). Returns what it did.
 */
export async function compactSegments(redis: Redis, scripts: Scripts, keys: Keys, policy: MergePolicy, all = false): Promise<CompactReport> {
  const report: CompactReport = { merges: 0, conflicts: 0, swept: 0, segments: 0 };
  let segments = await listSegments(redis, keys);
  let plan = planMerge(segments, policy, all);
  if (plan.length === 0 && (await redis.exists(keys.segmentsWriting)) === 0) {
    report.segments = segments.length;
    return report;
  }
  const token = randomBytes(8).toString("hex");
  if ((await redis.set(keys.mergeLease, token, "PX", 60_000, "NX")) !== "OK") {
    report.segments = segments.length;
    return report;
  }
  try {
    // whatever is listed as being written now is no live merger's: this one holds the lease
    report.swept = await scripts.sweep(keys.segmentsWriting, keys.prefix);
    // bounded: every merge removes at least one segment; a conflict is retried a few times at most
    for (let round = 0, most = segments.length; plan.length > 0 && round < most && report.conflicts < 5; round++) {
      if (await mergeOnce(redis, scripts, keys, plan)) report.merges++;
      else report.conflicts++;
      segments = await listSegments(redis, keys);
      plan = planMerge(segments, policy, all);
      await redis.pexpire(keys.mergeLease, 60_000);
    }
  } finally {
    await scripts.release(keys.mergeLease, token);
  }
  report.segments = segments.length;
  return report;
}
