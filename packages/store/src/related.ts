import type { Redis } from "ioredis";
import type { Keys } from "./keys.ts";
import { sendTogether } from "./send-together.ts";
import type { ArticleStore } from "./store.ts";

export interface SimilarArticle {
  id: string;
  title: string;
  url: string;
  publishedAt?: string;
  reason: "near_duplicate" | "shared_entities";
  /** the entity tags both carry (shared_entities) */
  shared?: string[];
  score: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

const ENTITY_TAG = /^(person|org|place|event):/;
const PER_ENTITY = 200;

/**
 * Near-duplicates (the article's cluster) first, then articles sharing its entities, rarer entities weighing
 * more; each entity contributes its 200 most recent articles, so the work stays bounded.
 */
export async function similarArticles(store: ArticleStore, id: string, limit: number): Promise<SimilarArticle[]> {
  const { redis, keys } = store;
  const record = await store.get(id);
  if (!record) return [];
  const dups = record.clusterId ? (await redis.srandmember(keys.cluster(record.clusterId), 50)).filter((m) => m !== id).sort() : [];
  const entityTags = record.tags.filter((t) => ENTITY_TAG.test(t)).slice(0, 10);
  const perTag = await sendTogether(redis, entityTags, (t) => Promise.all([redis.zcard(keys.tagByTime(t)), redis.zrevrange(keys.tagByTime(t), 0, PER_ENTITY - 1)]));
  const scores = new Map<string, { score: number; shared: string[] }>();
  entityTags.forEach((tag, i) => {
    const [card, ids] = perTag[i] ?? [0, []];
    const weight = 1 / Math.log(2 + card);
    for (const other of ids) {
      if (other === id || dups.includes(other)) continue;
      const s = scores.get(other) ?? { score: 0, shared: [] };
      s.score += weight;
      s.shared.push(tag);
      scores.set(other, s);
    }
  });
  const ranked = [...scores].sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1));
  const picks: { id: string; reason: SimilarArticle["reason"]; score: number; shared?: string[] }[] = [
    ...dups.map((d) => ({ id: d, reason: "near_duplicate" as const, score: 1 })),
    ...ranked.map(([other, s]) => ({ id: other, reason: "shared_entities" as const, score: Math.round(s.score * 1e4) / 1e4, shared: s.shared })),
  ].slice(0, limit);
  const rows = await sendTogether(redis, picks, (p) => redis.hmget(keys.record(p.id), "title", "url", "publishedAt"));
  return picks.flatMap((p, i) => {
    const [title, url, publishedAt] = rows[i] ?? [];
    if (title == null || url == null) return [];
    return [{ ...p, title, url, ...(publishedAt ? { publishedAt } : {}) }];
  });
}

/** Tags in use that start with `prefix`, most used first (among the first 200 in lexical order). */
export async function tagsByPrefix(redis: Redis, keys: Keys, prefix: string, limit: number): Promise<TagCount[]> {
  const names = await redis.zrangebylex(keys.tagNames, Buffer.from(`[${prefix}`), Buffer.concat([Buffer.from(`[${prefix}`), Buffer.from([0xff])]), "LIMIT", 0, 200);
  const counts = await sendTogether(redis, names, (n) => redis.zcard(keys.tagByTime(n)));
  return names
    .map((tag, i) => ({ tag, count: counts[i] ?? 0 }))
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1))
    .slice(0, limit);
}
