import { z } from "zod";

export const SCHEMA_VERSION = 1 as const;
export const schemaVersion = z.literal(SCHEMA_VERSION);

export const provenanceSchema = z.string().min(1).max(32);
export const sourcedString = z.object({ value: z.string(), source: provenanceSchema });
export const sourcedDate = sourcedString.extend({ raw: z.string() });

export const authorSchema = z.object({ name: z.string().min(1), kind: z.enum(["person", "organization"]) });
export const imageSchema = z.object({
  url: z.string(),
  alt: z.string().optional(),
  caption: z.string().optional(),
  credit: z.string().optional(),
});

/** What the parser read from a page. */
export const parsedArticleSchema = z.object({
  title: z.string(),
  titleSource: provenanceSchema.optional(),
  text: z.string(),
  markdown: z.string(),
  description: z.string().optional(),
  siteName: z.string().optional(),
  canonicalUrl: z.string().optional(),
  declaredLanguage: z.string().optional(),
  authors: z.array(authorSchema),
  publishedAt: sourcedDate.optional(),
  modifiedAt: sourcedDate.optional(),
  section: z.string().optional(),
  breadcrumbs: z.array(z.string()),
  publisherTags: z.array(z.string()),
  image: imageSchema.optional(),
  isAccessibleForFree: z.boolean().optional(),
  isArticle: z.boolean(),
  articleScore: z.number().min(0).max(1),
});
export type ParsedArticle = z.infer<typeof parsedArticleSchema>;

export const entityTypeSchema = z.enum(["person", "organization", "location", "event", "other"]);
export const entitySchema = z.object({
  type: entityTypeSchema,
  name: z.string(),
  slug: z.string(),
  count: z.number().int().nonnegative(),
  firstOffset: z.number().int().nonnegative(),
  surfaceForms: z.array(z.string()),
  aliases: z.array(z.string()),
});

/** What the enricher added. */
export const enrichmentSchema = z.object({
  language: z.object({ code: z.string(), confidence: z.number().min(0).max(1), mixed: z.boolean().optional() }),
  entities: z.array(entitySchema),
  keywords: z.array(z.object({ term: z.string(), stem: z.string(), score: z.number() })),
  topics: z.array(z.object({ id: z.string(), label: z.string(), score: z.number() })),
  summary: z.array(z.string()),
  stats: z.object({
    words: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    paragraphs: z.number().int().nonnegative(),
    readingTimeMinutes: z.number().nonnegative(),
  }),
  fingerprints: z.object({ contentHash: z.string(), simhash: z.string().regex(/^[0-9a-f]{16}$/) }),
  tags: z.array(z.string()),
});
export type Enrichment = z.infer<typeof enrichmentSchema>;
