import { normaliseUrl, type ArticleRecord } from "@inkstream/contracts";
import { encodeRecord } from "./record-codec.ts";
import { DEFAULT_RANKING, termImpacts, type RankingOptions } from "./text/impacts.ts";

/** What the indexer hands over; version, timestamps and near-duplicate links are the store's to set. */
export type RecordInput = Omit<ArticleRecord, "version" | "createdAt" | "updatedAt" | "duplicateOf" | "clusterId" | "clusterSize">;

export interface IndexOptions {
  ranking: RankingOptions;
  /** SimHashes within this many bits are the same story */
  maxDistance: number;
  /** articles with fewer words take no part in near-duplicate linking (their SimHash says little) */
  minWordsForDuplicates: number;
  /** members a script visits when a cluster's root goes */
  maxCluster: number;
}

export const DEFAULT_INDEX_OPTIONS: IndexOptions = { ranking: DEFAULT_RANKING, maxDistance: 3, minWordsForDuplicates: 40, maxCluster: 1000 };

const STORE_FIELDS = new Set(["version", "createdAt", "updatedAt", "duplicateOf", "clusterId", "clusterSize"]);

/** The record's hash fields as the flat name, value list upsert.lua takes after its JSON argument. */
export function recordFields(record: RecordInput): string[] {
  const flat = encodeRecord({ ...record, version: 1, createdAt: "", updatedAt: "" });
  const out: string[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) if (!STORE_FIELDS.has(flat[i] as string)) out.push(flat[i] as string, flat[i + 1] as string);
  return out;
}

/** The JSON argument of upsert.lua: every index membership of one article. */
export function indexData(record: RecordInput, opts: IndexOptions): string {
  const impacts = termImpacts(record.title, record.text, record.language, opts.ranking);
  const published = record.publishedAt ? Date.parse(record.publishedAt) : NaN;
  const urls = [...new Set([record.url, record.finalUrl, record.canonicalUrl].filter((u): u is string => !!u).map(safeNormalise))];
  const sim = /^[0-9a-f]{16}$/.test(record.simhash) && record.stats.words >= opts.minWordsForDuplicates ? record.simhash : "";
  return JSON.stringify({
    tags: [...new Set(record.tags)],
    terms: impacts.map(([t]) => t),
    weights: impacts.map(([, w]) => w),
    urls,
    ...(Number.isFinite(published) ? { published } : {}),
    sim,
    maxDist: opts.maxDistance,
    maxCluster: opts.maxCluster,
  });
}

export function safeNormalise(url: string): string {
  try {
    return normaliseUrl(url);
  } catch {
    return url;
  }
}
