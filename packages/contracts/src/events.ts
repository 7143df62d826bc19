import { z } from "zod";
import { SCHEMA_VERSION, enrichmentSchema, parsedArticleSchema, schemaVersion } from "./article.ts";
import { FAILURE_REASONS, STAGES } from "./reasons.ts";
import type { EventKey } from "./subjects.ts";

const articleId = z.string().regex(/^[0-9a-f]{20}$/, "20 hex digits (articleIdFor)");
const isoTime = z.iso.datetime({ offset: true });

/** Hints from where the URL came from (a feed entry), used by the parser when the page is silent. */
export const hintsSchema = z.object({
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  categories: z.array(z.string()).optional(),
});

export const ingestRequestedSchema = z.object({
  schemaVersion,
  url: z.string().min(1).max(8192),
  source: z.string().max(200).optional(),
  force: z.boolean().optional(),
  priority: z.number().int().min(0).max(9).optional(),
  hints: hintsSchema.optional(),
});

/** The raw page lives in the object store (claim-check); the event carries its reference. */
export const pageRefSchema = z.object({ bucket: z.string(), name: z.string(), size: z.number().int().nonnegative() });

export const articleFetchedSchema = z.object({
  schemaVersion,
  articleId,
  url: z.string(),
  finalUrl: z.string(),
  fetchedAt: isoTime,
  status: z.number().int(),
  contentType: z.string(),
  encoding: z.string(),
  encodingSource: z.string(),
  page: pageRefSchema,
  hints: hintsSchema.optional(),
});

const articleRef = { schemaVersion, articleId, url: z.string(), finalUrl: z.string(), fetchedAt: isoTime, encoding: z.string() };

/** The reference every stage after the fetcher carries over from the event before it. */
export function carriedRef(e: { articleId: string; url: string; finalUrl: string; fetchedAt: string; encoding: string }) {
  return { schemaVersion: SCHEMA_VERSION, articleId: e.articleId, url: e.url, finalUrl: e.finalUrl, fetchedAt: e.fetchedAt, encoding: e.encoding };
}

export const articleParsedSchema = z.object({ ...articleRef, article: parsedArticleSchema });

export const articleEnrichedSchema = z.object({ ...articleRef, article: parsedArticleSchema, enrichment: enrichmentSchema });

export const CHANGES = ["created", "updated", "unchanged"] as const;

/** The public event: an article record was written (or confirmed unchanged). Read the whole record from Redis. */
export const articleIndexedSchema = z.object({
  schemaVersion,
  articleId,
  url: z.string(),
  change: z.enum(CHANGES),
  version: z.number().int().positive(),
  indexedAt: isoTime,
  title: z.string(),
  language: z.string(),
  publishedAt: z.string().optional(),
  tags: z.array(z.string()),
  /** the Redis key of the record */
  recordKey: z.string(),
  /** near-duplicates: the earliest copy of the same story, when this is not it */
  duplicateOf: articleId.optional(),
  clusterId: z.string().optional(),
  clusterSize: z.number().int().positive().optional(),
});

export const SKIP_REASONS = ["recently_fetched", "not_modified"] as const;

/** The fetcher did not fetch (recently fetched, unless forced) or the server said 304: nothing new to parse. */
export const articleSkippedSchema = z.object({
  schemaVersion,
  articleId,
  url: z.string(),
  reason: z.enum(SKIP_REASONS),
  message: z.string(),
  lastFetchedAt: isoTime.optional(),
  skippedAt: isoTime,
});

export const articleFailedSchema = z.object({
  schemaVersion,
  stage: z.enum(STAGES),
  reason: z.enum(FAILURE_REASONS),
  message: z.string(),
  retryable: z.boolean(),
  articleId: articleId.optional(),
  url: z.string().optional(),
  deliveryCount: z.number().int().nonnegative(),
  failedAt: isoTime,
  /** where the message that failed came from, so operators can find and replay it */
  original: z.object({
    type: z.string(),
    subject: z.string(),
    streamSequence: z.number().int().optional(),
    eventId: z.string().optional(),
  }),
  /** zod issues when the message itself was invalid */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** The schema of every event, by key. */
export const EVENT_SCHEMAS = {
  ingestRequested: ingestRequestedSchema,
  articleFetched: articleFetchedSchema,
  articleParsed: articleParsedSchema,
  articleEnriched: articleEnrichedSchema,
  articleIndexed: articleIndexedSchema,
  articleSkipped: articleSkippedSchema,
  articleFailed: articleFailedSchema,
} as const satisfies Record<EventKey, z.ZodType>;

export type EventPayloads = { [K in EventKey]: z.infer<(typeof EVENT_SCHEMAS)[K]> };
export type IngestRequested = EventPayloads["ingestRequested"];
export type ArticleFetched = EventPayloads["articleFetched"];
export type ArticleParsed = EventPayloads["articleParsed"];
export type ArticleEnriched = EventPayloads["articleEnriched"];
export type ArticleIndexed = EventPayloads["articleIndexed"];
export type ArticleFailed = EventPayloads["articleFailed"];
export type ArticleSkipped = EventPayloads["articleSkipped"];
