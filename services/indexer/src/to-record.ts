import { createHash } from "node:crypto";
import { SCHEMA_VERSION, sectionSlug, sourceSlug, type ArticleEnriched } from "@inkstream/contracts";
import type { RecordInput } from "@inkstream/store";

/** The stored record of an enriched article (version and timestamps are set by the store). */
export function toRecord(event: ArticleEnriched): RecordInput {
  const a = event.article;
  const e = event.enrichment;
    // the enricher's tags annotator may be switched off: source and section tags are always there
  const tags = [...new Set([...e.tags, `source:${sourceSlug(event.finalUrl)}`, ...(a.section ? [`section:${sectionSlug(a.section)}`] : [])])].filter((t) => !t.endsWith(":"));
  const content = {
    title: a.title,
    text: a.text,
    authors: a.authors,
    publishedAt: a.publishedAt?.value,
    modifiedAt: a.modifiedAt?.value,
    tags,
    description: a.description,
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    id: event.articleId,
    url: event.url,
    finalUrl: event.finalUrl,
    ...(a.canonicalUrl ? { canonicalUrl: a.canonicalUrl } : {}),
    title: a.title,
    ...(a.description ? { description: a.description } : {}),
    ...(a.siteName ? { siteName: a.siteName } : {}),
    text: a.text,
    markdown: a.markdown,
    language: e.language.code,
    languageConfidence: e.language.confidence,
    ...(a.declaredLanguage ? { declaredLanguage: a.declaredLanguage } : {}),
    ...(a.publishedAt ? { publishedAt: a.publishedAt.value, publishedAtSource: a.publishedAt.source } : {}),
    ...(a.modifiedAt ? { modifiedAt: a.modifiedAt.value } : {}),
    dates: { ...(a.publishedAt ? { published: a.publishedAt } : {}), ...(a.modifiedAt ? { modified: a.modifiedAt } : {}) },
    authors: a.authors,
    ...(a.section ? { section: a.section } : {}),
    breadcrumbs: a.breadcrumbs,
    publisherTags: a.publisherTags,
    ...(a.image ? { image: a.image } : {}),
    ...(a.isAccessibleForFree !== undefined ? { isAccessibleForFree: a.isAccessibleForFree } : {}),
    isArticle: a.isArticle,
    articleScore: a.articleScore,
    tags,
    entities: e.entities,
    keywords: e.keywords,
    topics: e.topics,
    summary: e.summary,
    stats: e.stats,
    // what decides "unchanged": the content a reader sees, not when we fetched it
    contentHash: createHash("sha256").update(JSON.stringify(content)).digest("hex"),
    simhash: e.fingerprints.simhash,
    encoding: event.encoding,
    fetchedAt: event.fetchedAt,
  };
}
