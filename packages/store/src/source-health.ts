// Extraction health per source: how often each field came out of a site's pages, day by day, so an operator sees
// a site whose layout changed (authors gone, dates gone, text suddenly short) before a reader does. Counted by
// the indexer for every new or changed record; a replay that changes nothing counts nothing.
import type { Redis } from "ioredis";
import { sourceSlug } from "@inkstream/contracts";
import type { RecordInput } from "./index-data.ts";
import type { Keys } from "./keys.ts";
import { sendTogether } from "./send-together.ts";

/** The fields whose presence is counted, and what "present" means for each. */
export const HEALTH_FIELDS = {
  title: (r: RecordInput) => r.title.trim().length > 0,
  authors: (r: RecordInput) => r.authors.length > 0,
  publishedAt: (r: RecordInput) => r.publishedAt !== undefined,
  description: (r: RecordInput) => !!r.description,
  section: (r: RecordInput) => !!r.section,
  image: (r: RecordInput) => r.image !== undefined,
  /** a body worth the name: 150 words or more */
  text: (r: RecordInput) => r.stats.words >= 150,
  isArticle: (r: RecordInput) => r.isArticle,
} as const;
export type HealthField = keyof typeof HEALTH_FIELDS;
const FIELD_NAMES = Object.keys(HEALTH_FIELDS) as HealthField[];

/** day buckets live this long (the baseline reaches back at most this far) */
const KEEP_DAYS = 35;
const DAY_MS = 86_400_000;
/** a day bucket's time to live (s), renewed by every count into it */
export const HEALTH_KEEP_S = KEEP_DAYS * 86_400;

export interface HealthOptions {
  /** the clock (tests move it) */
  now?: Date;
  /** days (today included) that count as recent */
  recentDays?: number;
  /** days before the recent ones that make the baseline */
  baselineDays?: number;
  /** a field is flagged when its recent share is this much below its baseline share… */
  drop?: number;
  /** …and both periods have at least this many articles */
  minArticles?: number;
  /** sources listed at most (most recently seen first) */
  limit?: number;
}

export interface FieldShares {
  articles: number;
  /** share of the period's articles that had each field, 0–1 */
  fields: Record<HealthField, number>;
}

export interface SourceHealth {
  source: string;
  lastSeen: string;
  recent: FieldShares;
  baseline: FieldShares;
  /** fields whose share fell by `drop` or more: likely a layout change the extractor no longer reads */
  alerts: { field: HealthField; recent: number; baseline: number }[];
}

/** The stamp (YYYYMMDD, UTC) of the day bucket a count at this time goes into. */
export const healthDay = (ms: number) => new Date(ms).toISOString().slice(0, 10).replaceAll("-", "");

/**
 * What a record adds to its source's extraction health: the source ('' for none) and the fields it has
 * (space-separated), as the write script counts them for each new or changed record (observeSource's counts).
 */
export function healthCounts(record: RecordInput): { source: string; fields: string } {
  const source = sourceSlug(record.finalUrl || record.url);
  return { source, fields: source ? FIELD_NAMES.filter((f) => HEALTH_FIELDS[f](record)).join(" ") : "" };
}
const healthKey = (keys: Keys, source: string, dayStamp: string) => `${keys.prefix}health:${source}:${dayStamp}`;
const sourcesKey = (keys: Keys) => `${keys.prefix}health:sources`;

/** Counts one new or changed record into its source's bucket for the day (what the write script counts per chunk). */
export async function observeSource(redis: Redis, keys: Keys, record: RecordInput, at: Date = new Date()): Promise<void> {
  const { source, fields } = healthCounts(record);
  if (!source) return;
  const key = healthKey(keys, source, healthDay(at.getTime()));
  const pipe = redis.multi();
  pipe.hincrby(key, "articles", 1);
  for (const f of fields.split(" ")) if (f) pipe.hincrby(key, f, 1);
  pipe.expire(key, HEALTH_KEEP_S);
  pipe.zadd(sourcesKey(keys), at.getTime(), source);
  await pipe.exec();
}

/** Field shares per source for the recent days against the days before, with the fields that fell. */
export async function sourceHealth(redis: Redis, keys: Keys, source: string | undefined, opts: HealthOptions = {}): Promise<SourceHealth[]> {
  const now = (opts.now ?? new Date()).getTime();
  const recentDays = opts.recentDays ?? 1;
  const baselineDays = Math.min(opts.baselineDays ?? 7, KEEP_DAYS - recentDays);
  const drop = opts.drop ?? 0.3;
  const minArticles = opts.minArticles ?? 10;
  const sources = source ? [source] : await redis.zrevrange(sourcesKey(keys), 0, (opts.limit ?? 50) - 1);
  const out: SourceHealth[] = [];
  for (const s of sources) {
    const seen = await redis.zscore(sourcesKey(keys), s);
    if (seen === null) continue;
    const period = async (from: number, days: number): Promise<FieldShares> => {
      const dayKeys = Array.from({ length: days }, (_, d) => healthKey(keys, s, healthDay(now - (from + d) * DAY_MS)));
      const hashes = await sendTogether(redis, dayKeys, (key) => redis.hgetall(key));
      const sums = new Map<string, number>();
      for (const h of hashes) for (const [k, v] of Object.entries(h)) sums.set(k, (sums.get(k) ?? 0) + Number(v));
      const articles = sums.get("articles") ?? 0;
      const fields = Object.fromEntries(FIELD_NAMES.map((f) => [f, articles > 0 ? Math.round(((sums.get(f) ?? 0) / articles) * 1000) / 1000 : 0])) as Record<HealthField, number>;
      return { articles, fields };
    };
    const recent = await period(0, recentDays);
    const baseline = await period(recentDays, baselineDays);
    const comparable = recent.articles >= minArticles && baseline.articles >= minArticles;
    const alerts = comparable
      ? FIELD_NAMES.filter((f) => baseline.fields[f] - recent.fields[f] >= drop).map((f) => ({ field: f, recent: recent.fields[f], baseline: baseline.fields[f] }))
      : [];
    out.push({ source: s, lastSeen: new Date(Number(seen)).toISOString(), recent, baseline, alerts });
  }
  return out;
}
