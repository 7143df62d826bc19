import { createHash } from "node:crypto";
import { SCHEMA_VERSION } from "@inkstream/contracts";
import type { Redis } from "ioredis";
import type { ArticleStore, RecordInput } from "@inkstream/store";

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
  return num === null ? null : redis.zscore(store.keys.term(term), num);
}

/** Whether an article carries a tag in the tag index. */
export async function tagged(redis: Redis, store: ArticleStore, tag: string, id: string): Promise<boolean> {
  return (await redis.zscore(store.keys.tagByTime(tag), id)) !== null;
}
