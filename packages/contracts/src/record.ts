import { z } from "zod";
import { authorSchema, enrichmentSchema, imageSchema, schemaVersion, sourcedDate } from "./article.ts";

/** The stored article: what `inkstream get` prints and downstream services read from Redis. */
export const articleRecordSchema = z.object({
  schemaVersion,
  id: z.string(),
  url: z.string(),
  finalUrl: z.string(),
  canonicalUrl: z.string().optional(),
  title: z.string(),
  description: z.string().optional(),
  siteName: z.string().optional(),
  text: z.string(),
  markdown: z.string(),
  /** ISO 639-1 code from the enricher, "und" when unknown */
  language: z.string(),
  languageConfidence: z.number(),
  declaredLanguage: z.string().optional(),
  /** ISO 8601 with the page's own offset when known */
  publishedAt: z.string().optional(),
  publishedAtSource: z.string().optional(),
  modifiedAt: z.string().optional(),
  dates: z.object({ published: sourcedDate.optional(), modified: sourcedDate.optional() }),
  authors: z.array(authorSchema),
  section: z.string().optional(),
  breadcrumbs: z.array(z.string()),
  publisherTags: z.array(z.string()),
  image: imageSchema.optional(),
  isAccessibleForFree: z.boolean().optional(),
  isArticle: z.boolean(),
  articleScore: z.number(),
  tags: z.array(z.string()),
  entities: enrichmentSchema.shape.entities,
  keywords: enrichmentSchema.shape.keywords,
  topics: enrichmentSchema.shape.topics,
  summary: z.array(z.string()),
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
