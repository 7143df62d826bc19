import { normaliseUrl, type ArticleRecord } from "@inkstream/contracts";
import { packBlock } from "./arg-block.ts";
import type { Keys } from "./keys.ts";
import { markdownDelta } from "./markdown-delta.ts";
import { MARKDOWN_DELTA, encodeRecord } from "./record-codec.ts";
import { healthCounts } from "./source-health.ts";
import { DEFAULT_RANKING, indexTerms, type RankingOptions } from "./text/impacts.ts";
import { forwardEntry } from "./text/postings.ts";
import type { TermList } from "./text/term-list.ts";

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
  /** segments of one size tier merged into one (docs/redis-schema.md, "Full text") */
  mergeFanIn: number;
  /** no merge makes a segment with more articles than this */
  maxSegmentDocs: number;
  /**
   * count each created or updated record into its source's extraction health in the same write (as observeSource
   * would; an unchanged or re-indexed one counts nothing): what the indexer does
   */
  sourceHealth: boolean;
}

export const DEFAULT_INDEX_OPTIONS: IndexOptions = { ranking: DEFAULT_RANKING, maxDistance: 3, minWordsForDuplicates: 40, maxCluster: 1000, mergeFanIn: 10, maxSegmentDocs: 250_000, sourceHealth: false };

const STORE_FIELDS = new Set(["version", "createdAt", "updatedAt", "duplicateOf", "clusterId", "clusterSize"]);

/** The record's hash fields as a flat name, value list (the store's own fields left out; Markdown as a delta when that saves). */
export function recordFields(record: RecordInput): string[] {
  const delta = markdownDelta(record.text, record.markdown);
  const flat = encodeRecord({ ...record, version: 1, createdAt: "", updatedAt: "" });
  if (delta !== undefined) {
    const i = flat.indexOf("markdown");
    if (i % 2 === 0) flat.splice(i, 2, MARKDOWN_DELTA, delta);
  }
  const out: string[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) if (!STORE_FIELDS.has(flat[i] as string)) out.push(flat[i] as string, flat[i + 1] as string);
  return out;
}

/** tags one record may carry (the write script passes each as an argument; a real article has tens) */
export const MAX_TAGS = 1000;

/** A record the store refuses as it is (too many tags): the caller's data, not a failure of Redis; retrying cannot help. */
export class RecordInputError extends Error {
  override readonly name = "RecordInputError";
}

/** One article made ready for the write script: the Node side of an upsert (analysis and every index argument). */
export interface PreparedArticle {
  id: string;
  mode: "upsert" | "reindex";
  contentHash: string;
  /** indexed terms with integer impacts, title terms first */
  terms: TermList;
  /**
   * the article's argument block of upsert.lua, packed (arg-block.ts); the mode (A[3]), the observed hash (A[5])
   * and the doc number (A[6]) are passed beside it per attempt
   */
  block: Buffer;
}

/**
 * An article's argument block of upsert.lua (see the script's header): every index membership is computed here,
 * in Node, so the script only writes. `reindex` passes no record fields (the record stays).
 */
export function prepareArticle(keys: Keys, record: RecordInput, mode: "upsert" | "reindex", opts: IndexOptions): PreparedArticle {
  const terms = indexTerms(record.title, record.text, record.language, opts.ranking);
  const published = record.publishedAt ? Date.parse(record.publishedAt) : NaN;
  const urls = [...new Set([record.url, record.finalUrl, record.canonicalUrl].filter((u): u is string => !!u).map(safeNormalise))];
  const sim = /^[0-9a-f]{16}$/.test(record.simhash) && record.stats.words >= opts.minWordsForDuplicates ? record.simhash : "";
  const tags = [...new Set(record.tags)];
  if (tags.length > MAX_TAGS) throw new RecordInputError(`article ${record.id} has ${tags.length} distinct tags; the store keeps at most ${MAX_TAGS}`);
  const health = mode === "upsert" && opts.sourceHealth ? healthCounts(record) : { source: "", fields: "" };
  const block = packBlock([
    keys.record(record.id),
    record.id,
    mode,
    record.contentHash,
    "",
    "",
    Number.isFinite(published) ? String(published) : "",
    sim,
    String(tags.length),
    String(urls.length),
    forwardEntry(terms),
    JSON.stringify(tags),
    JSON.stringify(urls),
    tags.filter((t) => !t.includes("\n")).join("\n"),
    tags.some((t) => t.includes("\n")) ? "!" : "",
    health.source,
    health.fields,
    ...tags,
    ...urls,
    ...(mode === "upsert" ? recordFields(record) : []),
  ]);
  return { id: record.id, mode, contentHash: record.contentHash, terms, block };
}

export function safeNormalise(url: string): string {
  try {
    return normaliseUrl(url);
  } catch {
    return url;
  }
}
