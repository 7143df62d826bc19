import { createHash } from "node:crypto";
import { SCHEMA_VERSION } from "@inkstream/contracts";
import type { Redis } from "ioredis";
import { POSTING_BYTES, decodePostings, decodeSegment, segmentSource, type ArticleStore, type RecordInput } from "@inkstream/store";

/** A 64-bit SimHash of word 3-shingles (md5 bits), enough to make near-duplicates near in tests. */
export function testSimhash(text: string): string {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const counts = new Array<number>(64).fill(0);
  for (let i = 0; i + 3 <= words.length; i++) {
    const h = createHash("md5").update(words.slice(i, i + 3).join(" ")).digest();
    for (let b = 0; b < 64; b++) counts[b] = (counts[b] ?? 0) + (((h[b >> 3] ?? 0) >> (b & 7)) & 1 ? 1 : -1);
  }
  let hex = "";
  for (let nib = 0; nib < 16; nib++) {
    let v = 0;
    for (let k = 0; k < 4; k++) v = (v << 1) | ((counts[nib * 4 + k] ?? 0) > 0 ? 1 : 0);
    hex += v.toString(16);
  }
  return hex;
}

/** A stored-record input with sensible defaults; the content hash follows title and text. */
export function article(id: string, o: Partial<RecordInput> & { title: string; text: string }): RecordInput {
  const url = o.url ?? `https://news.example/${id}`;
  const words = o.text.split(/\s+/).filter(Boolean).length;
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    url,
    finalUrl: url,
    markdown: o.text,
    language: "de",
    languageConfidence: 0.9,
    dates: {},
    authors: [],
    breadcrumbs: [],
    publisherTags: [],
    isArticle: true,
    articleScore: 0.9,
    tags: [],
    entities: [],
    keywords: [],
    topics: [],
    summary: [],
    stats: { words, sentences: 1, paragraphs: 1, readingTimeMinutes: 1 },
    contentHash: createHash("sha256").update(`${o.title}\n${o.text}\n${JSON.stringify(o.tags ?? [])}\n${o.publishedAt ?? ""}`).digest("hex"),
    simhash: testSimhash(o.text),
    encoding: "utf-8",
    fetchedAt: "2024-03-14T09:41:12.000Z",
    ...o,
  };
}

/** Every key of a namespace with its type and full contents, for before/after comparisons. */
export async function snapshot(redis: Redis, namespace: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `{${namespace}}:*`, "COUNT", 500);
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === "hash") out[key] = await redis.hgetall(key);
      else if (type === "set") out[key] = (await redis.smembers(key)).sort();
      else if (type === "zset") out[key] = await redis.zrange(key, "0", "-1", "WITHSCORES");
      else out[key] = type;
    }
  } while (cursor !== "0");
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** An article's posting (its stored impact) in a term's list, or null: postings are keyed by the article's doc number. */
export async function posting(redis: Redis, store: ArticleStore, term: string, id: string): Promise<string | null> {
  const num = await redis.hget(store.keys.indexed(id), "n");
  if (num === null) return null;
  const hits = (await fullText(redis, store))[term]?.filter(([n]) => n === id) ?? [];
  if (hits.length > 1) throw new Error(`${id} has ${hits.length} postings for ${term}`);
  return hits[0] ? String(hits[0][1]) : null;
}

/** Postings of a term over all segments. */
export async function postingCount(redis: Redis, store: ArticleStore, term: string): Promise<number> {
  return (await fullText(redis, store))[term]?.length ?? 0;
}

/**
 * The full-text index as a search sees it, whatever the segments: term -> [article id, impact] sorted. Every
 * posting must name a live doc (one in the doc table); a posting of a deleted or older version throws.
 */
export async function fullText(redis: Redis, store: ArticleStore): Promise<Record<string, [string, number][]>> {
  const out: Record<string, [string, number][]> = {};
  for (const seg of await redis.hkeys(store.keys.segments)) {
    const { buckets } = segmentSource(await redis.hgetallBuffer(store.keys.segment(seg)), true);
    for (const [term, packed] of decodeSegment(buckets)) {
      for (const { num, impact } of decodePostings(packed)) {
        const doc = await redis.hget(store.keys.docs, String(num));
        if (doc === null) throw new Error(`segment ${seg} holds a posting of doc ${num}, which is not live`);
        (out[term] ??= []).push([doc.split("\n")[0] ?? "", impact]);
      }
    }
  }
  for (const list of Object.values(out)) list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Loses a term's postings from every segment (as a damaged or partly restored index would). */
export async function dropTerm(redis: Redis, store: ArticleStore, term: string): Promise<void> {
  await rewriteSegments(redis, store, (t) => t !== term);
}

/**
 * Takes out (as an update or delete does: zeroed in place) every posting `keep` rejects, in every segment (test
 * set-ups that fake damage or old layouts). Article counts and generations follow; a segment left empty goes.
 */
export async function rewriteSegments(redis: Redis, store: ArticleStore, keep: (term: string, num: number) => boolean): Promise<void> {
  for (const [seg, entry] of Object.entries(await redis.hgetall(store.keys.segments))) {
    const key = store.keys.segment(seg);
    const hash = await redis.hgetallBuffer(key);
    const live = new Set<number>();
    // the lists are views into the bucket values: zeroing a posting changes the value written back
    for (const [term, packed] of decodeSegment(segmentSource(hash, true).buckets)) {
      for (let i = 0; i < packed.length; i += POSTING_BYTES) {
        const num = packed.readUInt32BE(i);
        if (num !== 0 && keep(term, num)) live.add(num);
        else packed.fill(0, i, i + POSTING_BYTES);
      }
    }
    if (live.size === 0) {
      await redis.del(key);
      await redis.hdel(store.keys.segments, seg);
      if ((await redis.exists(store.keys.segments)) === 0) await redis.del(store.keys.segSeq);
      continue;
    }
    // bucket values as zeroed above; the doc numbers (fields n0, n1, …) zeroed where their doc is gone
    for (const [field, value] of Object.entries(hash)) {
      if (field.startsWith("n")) for (let i = 0; i + 4 <= value.length; i += 4) if (!live.has(value.readUInt32BE(i))) value.fill(0, i, i + 4);
      await redis.hset(key, field, value);
    }
    const [, gen, n] = entry.split(":").map(Number);
    await redis.hset(store.keys.segments, seg, `${live.size}:${(gen ?? 0) + 1}:${n ?? 1}`);
  }
}

/** The keys that say where postings are rather than what they are (segment ids move on every write and merge). */
export function withoutSegments(snap: Record<string, unknown>, store: ArticleStore): Record<string, unknown> {
  const p = store.keys.prefix;
  return Object.fromEntries(Object.entries(snap).filter(([k]) => !k.startsWith(`${p}seg`) && k !== store.keys.docSegment));
}

/** Whether an article carries a tag in the tag index. */
export async function tagged(redis: Redis, store: ArticleStore, tag: string, id: string): Promise<boolean> {
  return (await redis.zscore(store.keys.tagByTime(tag), id)) !== null;
}
