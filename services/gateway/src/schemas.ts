import { z } from "zod";
import { ARTICLE_ID_PATTERN, SEARCH_TAGS_BOUND, SOURCE_HOST_PATTERN, searchQuerySchemaWith, sourceHostSlug } from "@inkstream/contracts";

/** GET /v1/search query parameters: the shared search parameters, tags as one comma-separated value, facets as text. */
export const searchQuerySchema = searchQuerySchemaWith({
  tags: z
    .string()
    .max(SEARCH_TAGS_BOUND.maxChars, SEARCH_TAGS_BOUND.message)
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
    .optional()
    .describe("comma-separated tags, all required (lang:de,org:nato)"),
  facets: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
});

export const articleIdParam = z.string().regex(ARTICLE_ID_PATTERN, "20 hex digits");
const httpUrl = z.url({ protocol: /^https?$/, error: "an http or https URL" }).max(8192);
export const articleByUrlQuerySchema = z.strictObject({ url: httpUrl.describe("article URL, normalised before the lookup (tracking parameters, fragment and parameter order do not matter)") });
export const tagsQuerySchema = z.strictObject({
  prefix: z.string().max(200).default(""),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
const sourceHost = z
  .string()
  .max(253)
  .regex(SOURCE_HOST_PATTERN, "a host name, without scheme, port or path")
  // the key the indexer counts a source under (lower case, without www.)
  .transform(sourceHostSlug)
  .pipe(z.string().min(1, "a host name"));
export const sourceHealthQuerySchema = z.strictObject({
  source: sourceHost.optional().describe("one source: its host, www. and letter case ignored; else the sources seen most recently"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const fieldShares = z.object({ articles: z.number().int(), fields: z.record(z.string(), z.number()) });
export const sourceHealthResultSchema = z.object({
  sources: z.array(
    z.object({
      source: z.string(),
      lastSeen: z.string(),
      recent: fieldShares,
      baseline: fieldShares,
      alerts: z.array(z.object({ field: z.string(), recent: z.number(), baseline: z.number() })),
    }),
  ),
});
export const similarQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) });
export const failuresQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0).describe("stream sequence to list after"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export const failureIdParam = z.coerce.number().int().positive();
export const eventsQuerySchema = z.strictObject({
  since: z.coerce.number().int().min(0).optional().describe("stream sequence to resume after (as Last-Event-ID)"),
});

/** POST /v1/ingest body. */
export const ingestBodySchema = z.strictObject({
  urls: z.array(httpUrl).min(1),
  wait: z.boolean().default(false).describe("answer once every URL has its final outcome"),
  timeoutSeconds: z.number().int().min(1).max(3600).optional().describe("how long to wait (capped by the server)"),
  force: z.boolean().default(false).describe("fetch again although fetched recently"),
});

const facet = z.object({ value: z.string(), count: z.number().int() });
export const searchResultSchema = z.object({
  hits: z.array(
    z.object({
      id: z.string(),
      score: z.number().optional(),
      title: z.string(),
      url: z.string(),
      language: z.string(),
      publishedAt: z.string().optional(),
      snippet: z.string().describe("HTML-escaped text around the query terms, terms in <mark>"),
    }),
  ),
  total: z.number().int(),
  exact: z.boolean(),
  nextCursor: z.string().optional(),
  facets: z.object({ tags: z.array(facet), languages: z.array(facet), sources: z.array(facet), basis: z.number().int() }).optional(),
});
export const tagsResultSchema = z.object({ tags: z.array(z.object({ tag: z.string(), count: z.number().int() })) });
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional().describe("the request path; absent when the request was refused before its path was read"),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
