import { z } from "zod";
import { enrichmentSchema, parsedArticleSchema, schemaVersion, sourcedDate } from "./article.ts";

/** The stored article: what `inkstream get` prints and downstream services read from Redis. */
/** The parsed fields a record keeps as they are. */
const keptFromParsed = parsedArticleSchema.pick({
  title: true,
  description: true,
  siteName: true,
  canonicalUrl: true,
  text: true,
  markdown: true,
  declaredLanguage: true,
  authors: true,
  section: true,
  breadcrumbs: true,
  publisherTags: true,
  image: true,
  isAccessibleForFree: true,
  isArticle: true,
  articleScore: true,
}).shape;

/** The stored article: what `inkstream get` prints and downstream services read from Redis. */
export const articleRecordSchema = z.object({
  schemaVersion,
  id: z.string(),
  url: z.string(),
  finalUrl: z.string(),
  ...keptFromParsed,
  /** ISO 639-1 code from the enricher, "und" when unknown */
  language: z.string(),
  languageConfidence: z.number(),
  /** ISO 8601 with the page's own offset when known */
  publishedAt: z.string().optional(),
  publishedAtSource: z.string().optional(),
  modifiedAt: z.string().optional(),
  dates: z.object({ published: sourcedDate.optional(), modified: sourcedDate.optional() }),
  tags: z.array(z.string()),
  entities: enrichmentSchema.shape.entities,
  keywords: enrichmentSchema.shape.keywords,
  topics: enrichmentSchema.shape.topics,
  summary: enrichmentSchema.shape.summary,
  stats: enrichmentSchema.shape.stats,
  /** near-duplicates: the earliest stored copy of the same story, and the cluster they share */
  duplicateOf: z.string().optional(),
  clusterId: z.string().optional(),
  clusterSize: z.number().int().positive().optional(),
  contentHash: z.string(),
  simhash: z.string(),
  encoding: z.string(),
  fetchedAt: z.iso.datetime({ offset: true }),
  version: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;
